package fr.okrsante.jdbc;

import fr.okrsante.plan.CheckIn;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A check-in to append to a stored plan: the key result it measures, the check-in, and the
 * reference of the record it was imported from, if any.
 *
 * <p>The source reference (for instance a FHIR {@code MeasureReport} id, a spreadsheet row, an
 * Asana task gid) is unique per plan and key result: appending the same import twice stores it
 * once.
 *
 * @param keyResultId the key result id
 * @param checkIn the check-in
 * @param sourceReference the reference of the imported record; {@code null} for a manual entry
 */
public record CheckInEntry(String keyResultId, CheckIn checkIn, @Nullable String sourceReference) {

  /** The longest source reference stored. */
  public static final int MAX_SOURCE_REFERENCE_LENGTH = 500;

  /**
   * Checks the entry.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @param sourceReference the reference of the imported record, or {@code null}
   * @throws IllegalArgumentException if the source reference is blank, longer than
   *     {@value #MAX_SOURCE_REFERENCE_LENGTH} characters or holds a control character
   */
  public CheckInEntry {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    if (sourceReference != null) {
      checkReference(sourceReference);
    }
  }

  /**
   * Returns a manual entry, or one carrying the check-in's own source reference when okr-core's
   * check-in has one.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @return the entry
   */
  public static CheckInEntry of(String keyResultId, CheckIn checkIn) {
    return new CheckInEntry(keyResultId, checkIn, CheckInRows.sourceReferenceOf(checkIn));
  }

  /**
   * Returns an entry imported from a record.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @param sourceReference the record's reference
   * @return the entry
   * @throws IllegalArgumentException if the reference is blank, too long or holds a control character
   */
  public static CheckInEntry imported(String keyResultId, CheckIn checkIn, String sourceReference) {
    return new CheckInEntry(keyResultId, checkIn, Objects.requireNonNull(sourceReference, "sourceReference"));
  }

  /**
   * Returns the source reference.
   *
   * @return the reference; empty for a manual entry
   */
  public Optional<String> getSourceReference() {
    return Optional.ofNullable(sourceReference);
  }

  private static void checkReference(String reference) {
    if (reference.isBlank()) {
      throw new IllegalArgumentException("source reference is blank: leave it out for a manual check-in");
    }
    if (reference.length() > MAX_SOURCE_REFERENCE_LENGTH) {
      throw new IllegalArgumentException("source reference is " + reference.length() + " characters long, over "
          + MAX_SOURCE_REFERENCE_LENGTH);
    }
    for (int i = 0; i < reference.length(); i++) {
      if (Character.isISOControl(reference.charAt(i))) {
        throw new IllegalArgumentException("source reference holds a control character at index " + i);
      }
    }
  }
}
