package fr.okrsante.cli;

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

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode the exit code
   * @param message what went wrong and how to fix it
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
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
  }

  /**
   * Returns the exit code.
   *
   * @return 1, 2 or 3
   */
  public int getExitCode() {
    return exitCode;
  }
}
