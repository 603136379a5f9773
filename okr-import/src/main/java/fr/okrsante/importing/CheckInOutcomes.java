package fr.okrsante.importing;

import fr.okrsante.plan.KeyResultCheckIn;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The outcomes of a sheet's check-in rows, all applied or skipped, in row order: each outcome is
 * made when first read, then the same instance is returned, as a sheet of 400,000 rows has as many
 * outcomes and most are only counted.
 *
 * <p>This list is unmodifiable and thread-safe.
 */
final class CheckInOutcomes extends AbstractList<ImportOutcome> implements RandomAccess {

  private final String sheet;
  private final List<KeyResultCheckIn> checkIns;
  private final long[] rows;
  private final BitSet applied;
  private final int appliedCount;
  private final AtomicReferenceArray<ImportOutcome> made;

  /**
   * @param sheet the sheet or file name
   * @param checkIns the rows' check-ins, in row order (kept, not copied: the caller gives it up)
   * @param rows the rows' numbers, at the check-ins' positions (the array may be longer)
   * @param applied the positions of the check-ins applied; the others were skipped
   */
  CheckInOutcomes(String sheet, List<KeyResultCheckIn> checkIns, long[] rows, BitSet applied) {
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
    if (rows.length < checkIns.size() || applied.length() > checkIns.size()) {
      throw new IllegalArgumentException("rows and applied positions must fit the " + checkIns.size() + " check-ins");
    }
    this.rows = rows;
    this.applied = applied;
    this.appliedCount = applied.cardinality();
    this.made = new AtomicReferenceArray<>(checkIns.size());
  }

  @Override
  public ImportOutcome get(int index) {
    Objects.checkIndex(index, checkIns.size());
    ImportOutcome outcome = made.getAcquire(index);
    if (outcome == null) {
      KeyResultCheckIn item = checkIns.get(index);
      outcome = new ImportOutcome(applied.get(index) ? ImportOutcome.Kind.APPLIED : ImportOutcome.Kind.SKIPPED, sheet,
          rows[index], item.getKeyResultId(), item.getCheckIn());
      ImportOutcome first = made.compareAndExchange(index, null, outcome);
      if (first != null) {
        outcome = first;
      }
    }
    return outcome;
  }

  @Override
  public int size() {
    return checkIns.size();
  }

  /** How many outcomes of this kind, without making them. */
  long count(ImportOutcome.Kind kind) {
    return switch (kind) {
      case APPLIED -> appliedCount;
      case SKIPPED -> checkIns.size() - appliedCount;
      default -> 0;
    };
  }
}
