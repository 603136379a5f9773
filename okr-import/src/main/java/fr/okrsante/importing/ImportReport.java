package fr.okrsante.importing;

import fr.okrsante.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * The result of an import: the new plan, what happened to each row or record, and what the
 * importer assumed about the source (its encoding, separator, decimal mark, date order, header row,
 * the meaning of each column).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportReport {

  private final Plan plan;
  private final List<ImportOutcome> outcomes;
  private final List<String> assumptions;
  private final long omittedProblems;

  ImportReport(Plan plan, List<ImportOutcome> outcomes, List<String> assumptions, long omittedProblems) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.outcomes = outcomes instanceof CheckInOutcomes made ? made : List.copyOf(outcomes);
    this.assumptions = List.copyOf(assumptions);
    this.omittedProblems = omittedProblems;
  }

  /**
   * Returns the plan with what was applied.
   *
   * @return the new plan; the plan given when nothing was applied
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns every outcome, in source order.
   *
   * @return the outcomes
   */
  public List<ImportOutcome> getOutcomes() {
    return outcomes;
  }

  /**
   * Returns the outcomes of one kind.
   *
   * @param kind the kind
   * @return those outcomes, in source order
   */
  public List<ImportOutcome> get(ImportOutcome.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return outcomes.stream().filter(o -> o.getKind() == kind).toList();
  }

  /**
   * Returns how many outcomes of one kind there are.
   *
   * @param kind the kind
   * @return the count
   */
  public long count(ImportOutcome.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return (outcomes instanceof CheckInOutcomes made ? made.count(kind) : outcomes.stream().filter(o -> o.getKind() == kind).count())
        + (kind == ImportOutcome.Kind.REFUSED ? omittedProblems : 0);
  }

  /**
   * Returns what the importer assumed or detected about the source, one sentence each (e.g.
   * {@code "encoding: UTF-8 with a byte-order mark"}, {@code "separator: ';' (detected)"},
   * {@code "decimal mark: comma"}, {@code "dates: day first (31/03/2026)"}).
   *
   * @return the assumptions, in the order they were made
   */
  public List<String> getAssumptions() {
    return assumptions;
  }

  /**
   * Returns how many refused rows are counted but not listed, beyond the importer's limit on
   * listed problems.
   *
   * @return the number of refusals not in {@link #getOutcomes()}
   */
  public long getOmittedProblems() {
    return omittedProblems;
  }

  /**
   * Tells whether nothing was refused.
   *
   * @return true if every row or record was applied, skipped or updated
   */
  public boolean isComplete() {
    return omittedProblems == 0 && (outcomes instanceof CheckInOutcomes
        || outcomes.stream().noneMatch(o -> o.getKind() == ImportOutcome.Kind.REFUSED));
  }

  /**
   * Returns the counts, as
   * {@code ImportReport{applied=3, skipped=1, refused=1, withheld=0, updated=0, vanished=0}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ImportReport{applied=" + count(ImportOutcome.Kind.APPLIED) + ", skipped=" + count(ImportOutcome.Kind.SKIPPED)
        + ", refused=" + count(ImportOutcome.Kind.REFUSED) + ", withheld=" + count(ImportOutcome.Kind.WITHHELD)
        + ", updated=" + count(ImportOutcome.Kind.UPDATED) + ", vanished=" + count(ImportOutcome.Kind.VANISHED) + "}";
  }
}
