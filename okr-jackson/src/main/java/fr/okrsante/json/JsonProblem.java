package fr.okrsante.json;

import java.util.Objects;

/**
 * One problem found while reading a JSON document: where it is (a JSON pointer, and the line and
 * column in the text) and what is wrong.
 *
 * <p>The pointer ({@code /objectives/3/keyResults/1/metric/target}, RFC 6901) names the element
 * by position in the document as it was read, not by id, so that tools can jump to it; the
 * message, taken from the domain's validation where the problem is a broken rule, names the
 * element's id where it helps. The line and column are 1-based; they are those of the first token
 * of the nearest element of the document that could be located (for a property that the document
 * leaves out, the object that misses it), and 0 when none could (a problem about the stream
 * itself). As Jackson reports them, columns count chars when the document is read from text and
 * bytes when it is read from bytes or a stream (a non-ASCII character then takes 2 to 4 columns).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem {

  /** What kind of problem it is: whether the input is a readable JSON document at all. */
  public enum Kind {
    /** The input is not one well-formed JSON document: malformed, empty, cut off, or followed by more content. */
    SYNTAX,
    /** The input is over a reading limit ({@link ReadLimits}, or Jackson's stream constraints). */
    LIMIT,
    /** Well-formed JSON that is not a valid document: unknown or missing property, wrong type, broken rule. */
    CONTENT
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private JsonProblem(Kind kind, String pointer, int line, int column, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a problem.
   *
   * @param pointer the JSON pointer of the offending element, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static JsonProblem of(String pointer, int line, int column, String message) {
    return new JsonProblem(Kind.CONTENT, pointer, line, column, message);
  }

  /**
   * Obtains a problem of a given kind.
   *
   * @param kind whether the input is unreadable JSON, over a limit, or a well-formed but invalid document
   * @param pointer the JSON pointer of the offending element, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static JsonProblem of(Kind kind, String pointer, int line, int column, String message) {
    return new JsonProblem(kind, pointer, line, column, message);
  }

  /**
   * Returns the kind of problem: a tool can tell "this is not a readable JSON document"
   * ({@link Kind#SYNTAX}, {@link Kind#LIMIT}) from "this document is invalid" ({@link Kind#CONTENT}).
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the offending element.
   *
   * @return the pointer, e.g. {@code /objectives/3/keyResults/1/metric/target}; {@code ""} for the document
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending element.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column of the offending element.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof JsonProblem other && kind == other.kind && pointer.equals(other.pointer) && line == other.line
        && column == other.column && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pointer, line, column, message);
  }

  /**
   * Returns {@code pointer (line L, column C): message}.
   *
   * @return the problem as one line of text, e.g.
   *     {@code /objectives/3/keyResults/1/metric/target (line 57, column 19): equals the baseline 240 …}
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "/" : pointer;
    return where + " (line " + line + ", column " + column + "): " + message;
  }
}
