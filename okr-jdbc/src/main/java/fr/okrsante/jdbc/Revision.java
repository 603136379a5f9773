package fr.okrsante.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One change of a stored plan's structure (objectives, key results, units, links…): its number,
 * the plan version it made, when and by whom.
 *
 * @param revision its number: 1, 2, 3… without gaps
 * @param version the plan version it made
 * @param storedAt when the store wrote it
 * @param authorId who made it, or {@code null} (not given, or erased on request)
 */
public record Revision(long revision, long version, Instant storedAt, @Nullable String authorId) {

  /**
   * Checks the components.
   *
   * @param revision its number
   * @param version the plan version it made
   * @param storedAt when the store wrote it
   * @param authorId who made it, or {@code null}
   */
  public Revision {
    Objects.requireNonNull(storedAt, "storedAt");
  }

  /**
   * Returns who made the change.
   *
   * @return the author id; empty if not given or erased
   */
  public Optional<String> getAuthorId() {
    return Optional.ofNullable(authorId);
  }
}
