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

  /**
   * What exactly the problem is, within its {@linkplain Kind kind}: a tool decides on the code, never
   * on the message, whose words may change.
   */
  public enum Code {
    /** Not one well-formed JSON document: malformed, empty, cut off, followed by more content, or not text. */
    MALFORMED(Kind.SYNTAX),
    /**
     * An object repeats a property name. The parser refuses it, so it is a {@link Kind#SYNTAX} problem,
     * though the rest of the document may be well-formed JSON.
     */
    DUPLICATE_PROPERTY(Kind.SYNTAX),
    /** Over a reading limit ({@link ReadLimits}, or Jackson's stream constraints). */
    OVER_LIMIT(Kind.LIMIT),
    /**
     * The last problem of a list cut at {@link ReadLimits#getMaxProblems()}: reading stopped there, and
     * the document may hold more problems than those listed. It locates nothing.
     */
    PROBLEMS_CUT_OFF(Kind.LIMIT),
    /** Well-formed JSON that is not a valid document: unknown or missing property, wrong type, broken rule. */
    INVALID(Kind.CONTENT);

    private final Kind kind;

    Code(Kind kind) {
      this.kind = kind;
    }

    /**
     * Returns the kind of problem this code refines.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /** The general code of a kind, for problems made without one. */
    static Code of(Kind kind) {
      return switch (kind) {
        case SYNTAX -> MALFORMED;
        case LIMIT -> OVER_LIMIT;
        case CONTENT -> INVALID;
      };
    }
  }

  private final Code code;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private JsonProblem(Code code, String pointer, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
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
    return new JsonProblem(Code.INVALID, pointer, line, column, message);
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
    return new JsonProblem(Code.of(Objects.requireNonNull(kind, "kind")), pointer, line, column, message);
  }

  /**
   * Obtains a problem with a given code, whose kind is the code's.
   *
   * @param code what exactly is wrong, e.g. {@link Code#DUPLICATE_PROPERTY}
   * @param pointer the JSON pointer of the offending element, {@code ""} for the whole document
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static JsonProblem of(Code code, String pointer, int line, int column, String message) {
    return new JsonProblem(code, pointer, line, column, message);
  }

  /**
   * Returns the kind of problem: a tool can tell "this is not a readable JSON document"
   * ({@link Kind#SYNTAX}, {@link Kind#LIMIT}) from "this document is invalid" ({@link Kind#CONTENT}).
   *
   * @return the kind
   */
  public Kind getKind() {
    return code.kind();
  }

  /**
   * Returns what exactly the problem is, within its kind: a tool switches on the code rather than
   * reading the message.
   *
   * @return the code, e.g. {@link Code#DUPLICATE_PROPERTY}; {@link Code#MALFORMED}, {@link Code#OVER_LIMIT}
   *     or {@link Code#INVALID} for a problem made with a kind only
   */
  public Code getCode() {
    return code;
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
    return obj instanceof JsonProblem other && code == other.code && pointer.equals(other.pointer) && line == other.line
        && column == other.column && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, line, column, message);
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
