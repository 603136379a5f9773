package fr.okrsante.cli;

import fr.okrsante.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads plan documents from files.
 *
 * <p>JSON plan documents are read by okr-jackson's {@code OkrJson}; until that module is part of
 * the build, this reader checks the file and reports that JSON reading is not available.
 */
final class PlanFiles implements PlanDocuments {

  @Override
  public Plan read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (permissions)");
    }
    throw new CliException(CliException.UNREADABLE,
        file + ": reading JSON plan documents needs the okr-jackson module, which this build does not include yet");
  }
}
