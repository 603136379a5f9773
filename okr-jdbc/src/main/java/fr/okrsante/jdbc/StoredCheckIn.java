package fr.okrsante.jdbc;

import fr.okrsante.plan.CheckIn;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A check-in as the store holds it: its number in the plan, the plan version that added it, when
 * the store wrote it, and the key result and source reference it was appended with.
 *
 * @param seq its number in the plan: 1, 2, 3… without gaps
 * @param version the plan version whose change appended it
 * @param keyResultId the key result it measures
 * @param checkIn the check-in (without author nor note once they are erased)
 * @param sourceReference the reference of the record it was imported from, or {@code null}
 * @param storedAt when the store wrote it (the store's clock, to the microsecond)
 * @param personalDataErased whether its author and note were erased on request
 */
public record StoredCheckIn(long seq, long version, String keyResultId, CheckIn checkIn,
    @Nullable String sourceReference, Instant storedAt, boolean personalDataErased) {

  /**
   * Checks the components.
   *
   * @param seq its number, 1 or more
   * @param version the plan version, 1 or more
   * @param keyResultId the key result it measures
   * @param checkIn the check-in
   * @param sourceReference the source reference, or {@code null}
   * @param storedAt when the store wrote it
   * @param personalDataErased whether its personal data were erased
   */
  public StoredCheckIn {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    Objects.requireNonNull(storedAt, "storedAt");
  }

  /**
   * Returns the source reference.
   *
   * @return the reference; empty for a manual check-in
   */
  public Optional<String> getSourceReference() {
    return Optional.ofNullable(sourceReference);
  }
}
