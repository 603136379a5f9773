package fr.okrsante.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure the {@code okr} tool reports in one line, with its exit code, and never with a stack
 * trace (unless {@code --debug}).
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exit code: the plan is invalid. */
  public static final int INVALID_PLAN = 1;

  /** Exit code: the command line is wrong (unknown option, id or unit). */
  public static final int USAGE = 2;

  /** Exit code: the input cannot be read (missing file, not JSON, over a limit). */
  public static final int UNREADABLE = 3;

  /**
   * Exit code: the output cannot be written (standard output closed or full, a file that cannot be
   * created or replaced). An existing output file is then left as it was.
   */
  public static final int WRITE_FAILED = 4;

  /** The exit code of the tool. */
  private final int exitCode;

  /** The lines that say more than the message. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<String> details;

  /**
   * Creates the exception.
   *
   * @param exitCode the exit code
   * @param message what went wrong and how to fix it
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
    this.details = List.of();
  }

  /**
   * Creates the exception with its cause, shown with {@code --debug}.
   *
   * @param exitCode the exit code
   * @param message what went wrong and how to fix it
   * @param cause the cause
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.details = List.of();
  }

  /**
   * Creates the exception with its details, one per line (e.g. every problem of an invalid plan),
   * and its cause, shown with {@code --debug}.
   *
   * @param exitCode the exit code
   * @param message what went wrong and how to fix it, in one line
   * @param details the lines that say more, e.g. each problem with its position
   * @param cause the cause
   */
  public CliException(int exitCode, String message, List<String> details, @Nullable Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.details = List.copyOf(details);
  }

  /**
   * Returns the exit code.
   *
   * @return 1, 2, 3 or 4
   */
  public int getExitCode() {
    return exitCode;
  }

  /**
   * Returns the lines that say more than the message, e.g. every problem of an invalid plan with
   * its position.
   *
   * @return the details; empty when the message says it all
   */
  public List<String> getDetails() {
    return details;
  }
}
