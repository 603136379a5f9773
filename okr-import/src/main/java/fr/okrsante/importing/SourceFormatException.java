package fr.okrsante.importing;

import java.util.Objects;

/**
 * A source that cannot be read as a whole: not a CSV file or workbook, an encoding that is
 * neither UTF-8 nor Windows-1252, a reading limit passed, no header row, a saved page that is not
 * an API response. Nothing was applied.
 *
 * <p>The message names the source, where in it the problem is, and what was expected.
 */
public final class SourceFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file, sheet or saved page. */
  private final String source;
  /** The 1-based row of the problem, 0 for the whole source. */
  private final long row;

  SourceFormatException(String source, long row, String message) {
    super(Objects.requireNonNull(source, "source") + (row > 0 ? ":" + row : "") + ": " + message);
    this.source = source;
    this.row = row;
  }

  SourceFormatException(String source, long row, String message, Throwable cause) {
    this(source, row, message);
    initCause(cause);
  }

  /**
   * Returns the source: the file, sheet or saved page.
   *
   * @return the source name
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the row (line, or record position) of the problem.
   *
   * @return the 1-based row; 0 for the whole source
   */
  public long getRow() {
    return row;
  }
}
