package fr.okrsante.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code okr validate FILE}: every problem of a plan document with its path, or "valid". */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a plan document: print every problem with its path, or \"valid\".")
final class ValidateCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan document (JSON).")
  @Nullable Path file;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Path document = Objects.requireNonNull(file, "file");
    okr.documents().read(document);
    okr.out().println(document + ": valid");
  }
}
