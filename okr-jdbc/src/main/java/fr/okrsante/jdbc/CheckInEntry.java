package fr.okrsante.jdbc;

import fr.okrsante.plan.CheckIn;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A check-in to append to a stored plan, with the key result it measures.
 *
 * <p>A check-in imported from another system carries the reference of the record it came from
 * ({@link CheckIn#getSourceRef()}: a FHIR {@code MeasureReport} id, a spreadsheet row, an Asana
 * task gid). The store keeps it in a column that is unique per plan and key result: appending the
 * same import twice stores it once.
 *
 * @param keyResultId the key result id
 * @param checkIn the check-in
 */
public record CheckInEntry(String keyResultId, CheckIn checkIn) {

  /**
   * Checks the entry.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   */
  public CheckInEntry {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
  }

  /**
   * Returns an entry.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in, with its source reference if it was imported
   * @return the entry
   */
  public static CheckInEntry of(String keyResultId, CheckIn checkIn) {
    return new CheckInEntry(keyResultId, checkIn);
  }

  /**
   * Returns an entry imported from a record: the check-in with that source reference.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @param sourceReference the record's reference
   * @return the entry
   * @throws fr.okrsante.plan.InvalidPlanException if the reference is not one okr-core accepts
   *     (1 to 1,000 characters, one line, no leading or trailing space)
   * @throws IllegalArgumentException if the check-in already has another source reference
   */
  public static CheckInEntry imported(String keyResultId, CheckIn checkIn, String sourceReference) {
    Objects.requireNonNull(sourceReference, "sourceReference");
    Optional<String> own = checkIn.getSourceRef();
    if (own.isPresent() && !own.get().equals(sourceReference)) {
      throw new IllegalArgumentException("the check-in already has the source reference '" + own.get()
          + "', not '" + sourceReference + "'");
    }
    return new CheckInEntry(keyResultId, CheckIn.builder().from(checkIn).sourceRef(sourceReference).build());
  }

  /**
   * Returns the source reference.
   *
   * @return the check-in's source reference; empty for a manual entry
   */
  public Optional<String> getSourceReference() {
    return checkIn.getSourceRef();
  }

  @Nullable String sourceReference() {
    return checkIn.getSourceRef().orElse(null);
  }
}
