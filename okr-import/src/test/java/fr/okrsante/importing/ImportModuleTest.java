package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public surface and the run-time dependencies of okr-import cannot grow by accident. */
class ImportModuleTest {

  static ModuleDescriptor descriptor() throws IOException {
    Module module = SpreadsheetImport.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_exports_only_its_package() throws IOException {
    assertThat(descriptor().name()).isEqualTo("fr.okrsante.importing");
    assertThat(descriptor().exports()).extracting(Exports::source).containsExactly("fr.okrsante.importing");
    assertThat(descriptor().opens()).isEmpty();
  }

  @Test
  void module_needs_fastcsv_fastexcel_reader_jackson_and_nothing_that_speaks_to_the_network() throws IOException {
    Set<String> runtime = descriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "fr.okrsante.core", "fr.okrsante.jackson",
        "com.fasterxml.jackson.databind", "de.siegmar.fastcsv", "org.dhatim.fastexcel.reader", "org.slf4j");
    assertThat(runtime).doesNotContain("java.net.http");
  }

  @Test
  void public_types_are_the_documented_few() {
    assertThat(new Class<?>[] {SpreadsheetImport.class, CheckInColumn.class, AsanaImport.class, IssueImport.class,
        ImportReport.class, ImportOutcome.class, SourceFormatException.class})
        .allSatisfy(type -> assertThat(Modifier.isPublic(type.getModifiers())).isTrue());
    assertThat(new Class<?>[] {CsvRows.class, XlsxRows.class, SniffingReader.class, CellText.class, ApiPages.class,
        SheetRows.class}).allSatisfy(type -> assertThat(Modifier.isPublic(type.getModifiers())).isFalse());
  }
}
