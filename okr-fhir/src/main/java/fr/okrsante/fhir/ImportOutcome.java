package fr.okrsante.fhir;

import fr.okrsante.json.JsonProblem;
import fr.okrsante.plan.CheckIn;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an import did with one report (or one group of a report): applied, skipped, refused,
 * withheld, or a warning about it — with where in the document it stands.
 *
 * <p>Messages name elements, codes, counts and units; never a person, and never text copied from a
 * report that was refused as patient-level data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportOutcome {

  /** What happened. */
  public enum Kind {
    /** A check-in was appended to the key result. */
    APPLIED,
    /** The key result already had a check-in with this source reference: nothing changed. */
    SKIPPED,
    /** The report (or group) gives no check-in; the message says why. */
    REFUSED,
    /** The report was valid but nothing was applied, because the import is all or nothing and another report was refused. */
    WITHHELD,
    /** The report was read; something about it deserves attention (an inverted score, a disagreeing notation, an ignored stratifier). */
    WARNING
  }

  private final Kind kind;
  private final JsonProblem location;
  private final @Nullable String keyResultId;
  private final @Nullable String sourceRef;
  private final @Nullable CheckIn checkIn;

  ImportOutcome(Kind kind, JsonProblem location, @Nullable String keyResultId, @Nullable String sourceRef,
      @Nullable CheckIn checkIn) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.location = Objects.requireNonNull(location, "location");
    this.keyResultId = keyResultId;
    this.sourceRef = sourceRef;
    this.checkIn = checkIn;
  }

  ImportOutcome as(Kind other, String message) {
    return new ImportOutcome(other, JsonProblem.of(location.getPointer(), location.getLine(), location.getColumn(), message),
        keyResultId, sourceRef, checkIn);
  }

  /**
   * Returns what happened.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the JSON pointer of the report or element concerned.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String getPointer() {
    return location.getPointer();
  }

  /**
   * Returns the line where the element concerned starts.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int getLine() {
    return location.getLine();
  }

  /**
   * Returns the column where the element concerned starts.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int getColumn() {
    return location.getColumn();
  }

  /**
   * Returns what happened and why, in one line.
   *
   * @return the message
   */
  public String getMessage() {
    return location.getMessage();
  }

  /**
   * Returns the key result the report was matched to.
   *
   * @return the key result id; empty when the report was refused before it was matched
   */
  public Optional<String> getKeyResultId() {
    return Optional.ofNullable(keyResultId);
  }

  /**
   * Returns the source reference of the report (the key of idempotent import).
   *
   * @return the source reference; empty when the report was refused before it was known
   */
  public Optional<String> getSourceRef() {
    return Optional.ofNullable(sourceRef);
  }

  /**
   * Returns the check-in made from the report.
   *
   * @return the check-in of an applied, skipped or withheld report; empty otherwise
   */
  public Optional<CheckIn> getCheckIn() {
    return Optional.ofNullable(checkIn);
  }

  /**
   * Returns {@code KIND pointer (line:column) message}, e.g.
   * {@code REFUSED /entry/2/resource (41:7) type 'individual' …}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind + " " + (location.getPointer().isEmpty() ? "/" : location.getPointer()) + " (" + location.getLine() + ":"
        + location.getColumn() + ") " + location.getMessage();
  }
}
