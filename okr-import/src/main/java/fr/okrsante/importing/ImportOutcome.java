package fr.okrsante.importing;

import fr.okrsante.plan.CheckIn;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an import did with one row, or one record of a saved API page: applied, skipped, refused,
 * withheld, updated, or found missing — with where it stands (sheet or file, row, column).
 *
 * <p>Messages name ids, columns, values and what was expected; never a note or an author id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportOutcome {

  /** What happened. */
  public enum Kind {
    /** A check-in was appended, or an objective, key result, initiative, cycle or link added. */
    APPLIED,
    /** Already imported (same source reference, or same state): nothing changed. */
    SKIPPED,
    /** The row or record gives nothing; the message says what was expected. */
    REFUSED,
    /** The row was valid but not applied, because the import is all or nothing and another row was refused. */
    WITHHELD,
    /** Something imported before changed (an initiative's state, an objective's status): updated in place. */
    UPDATED,
    /** An id imported before no longer appears in the source: reported, never deleted. */
    VANISHED
  }

  private final Kind kind;
  private final String sheet;
  private final long row;
  private final String column;
  /** The message; for a check-in row applied or skipped, made from the check-in when first read. */
  private @Nullable String message;
  private final @Nullable String keyResultId;
  /** The source reference; null for a check-in row's, read from its check-in. */
  private final @Nullable String sourceRef;
  private final @Nullable CheckIn checkIn;

  ImportOutcome(Kind kind, String sheet, long row, String column, String message, @Nullable String keyResultId,
      @Nullable String sourceRef, @Nullable CheckIn checkIn) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = Objects.requireNonNull(column, "column");
    this.message = Objects.requireNonNull(message, "message");
    this.keyResultId = keyResultId;
    this.sourceRef = sourceRef;
    this.checkIn = checkIn;
  }

  /**
   * A sheet row's check-in, applied ({@link Kind#APPLIED}) or already there ({@link Kind#SKIPPED}):
   * its message is written when first read, as a sheet of 400,000 rows has as many outcomes and
   * most are only counted.
   */
  ImportOutcome(Kind kind, String sheet, long row, String keyResultId, CheckIn checkIn) {
    if (kind != Kind.APPLIED && kind != Kind.SKIPPED) {
      throw new IllegalArgumentException("a check-in row's outcome is APPLIED or SKIPPED, not " + kind);
    }
    this.kind = kind;
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = "";
    this.message = null;
    this.keyResultId = Objects.requireNonNull(keyResultId, "keyResultId");
    this.sourceRef = null; // read from the check-in when asked: most outcomes are only counted
    this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
  }

  ImportOutcome as(Kind other, String newMessage) {
    return new ImportOutcome(other, sheet, row, column, newMessage, keyResultId, sourceRef, checkIn);
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
   * Returns the sheet (of a workbook), the file (of a CSV or a saved page) the outcome concerns.
   *
   * @return the sheet or file name
   */
  public String getSheet() {
    return sheet;
  }

  /**
   * Returns the row: the 1-based line of a CSV file or row of a sheet, or the 1-based position of
   * a record in a saved page's {@code data}.
   *
   * @return the row, 0 for the whole sheet or file
   */
  public long getRow() {
    return row;
  }

  /**
   * Returns the column concerned: a sheet's column letter and header ({@code C (Valeur)}), or a
   * record's field name.
   *
   * @return the column; empty for the whole row
   */
  public String getColumn() {
    return column;
  }

  /**
   * Returns what happened and, for a refusal, what was expected, in one line.
   *
   * @return the message
   */
  public String getMessage() {
    String text = message;
    if (text == null) {
      // Same text from the same final fields in every thread: a race only writes it twice.
      CheckIn c = Objects.requireNonNull(checkIn, "checkIn");
      text = kind == Kind.APPLIED
          ? "check-in " + describe(c) + " observed on " + c.getObservedOn() + " added to key result '" + keyResultId + "'"
          : "already imported into key result '" + keyResultId + "': nothing changed";
      message = text;
    }
    return text;
  }

  /** {@code 78.5}, or {@code 45/100 = 45.0 %} for a rate. */
  static String describe(CheckIn checkIn) {
    return checkIn.isRate()
        ? checkIn.getNumerator().orElseThrow().toPlainString() + "/" + checkIn.getDenominator().orElseThrow().toPlainString()
            + " = " + checkIn.getValue().toPlainString() + " %"
        : checkIn.getValue().toPlainString();
  }

  /**
   * Returns the key result concerned.
   *
   * @return the key result id; empty when the row was refused before it was matched
   */
  public Optional<String> getKeyResultId() {
    return Optional.ofNullable(keyResultId);
  }

  /**
   * Returns the source reference of the check-in (the key of idempotent import).
   *
   * @return the source reference; empty when there is no check-in
   */
  public Optional<String> getSourceRef() {
    return sourceRef != null || checkIn == null ? Optional.ofNullable(sourceRef) : checkIn.getSourceRef();
  }

  /**
   * Returns the check-in made from the row.
   *
   * @return the check-in of an applied, skipped or withheld row; empty otherwise
   */
  public Optional<CheckIn> getCheckIn() {
    return Optional.ofNullable(checkIn);
  }

  /**
   * Returns the location, as {@code sheet:row:column}, e.g. {@code indicateurs.csv:12:C (Valeur)}.
   *
   * @return the location
   */
  public String getLocation() {
    return sheet + (row > 0 ? ":" + row : "") + (column.isEmpty() ? "" : ":" + column);
  }

  /**
   * Returns {@code KIND location message}, e.g.
   * {@code REFUSED indicateurs.csv:12:C (Valeur) is 'n/a': expected a number such as 78,5 or 78.5}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind + " " + getLocation() + " " + getMessage();
  }
}
