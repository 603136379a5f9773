package fr.okrsante.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr validate FILE}: "valid", or every problem of a plan document on standard output, one
 * per line with its JSON pointer, line and column, and exit code 1.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a plan document: print every problem with its path, line and column, or \"valid\".")
final class ValidateCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan document (JSON).")
  @Nullable Path file;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Path document = Objects.requireNonNull(file, "file");
    try {
      okr.documents().read(document);
    } catch (CliException e) {
      if (e.getExitCode() != CliException.INVALID_PLAN || e.getDetails().isEmpty()) {
        throw e;
      }
      // the problems are what was asked for: standard output, so they can be piped
      PrintWriter out = okr.out();
      for (String problem : e.getDetails()) {
        out.println(document + ": " + problem);
      }
      out.flush();
      throw new CliException(CliException.INVALID_PLAN, e.getMessage(), e);
    }
    okr.out().println(document + ": valid");
  }
}
