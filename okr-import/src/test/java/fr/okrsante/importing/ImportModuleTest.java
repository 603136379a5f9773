package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.ModuleSurface;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public surface and the run-time dependencies of okr-import cannot grow by accident. */
class ImportModuleTest {

  @Test
  void module_exports_only_its_package() throws IOException {
    ModuleSurface module = ModuleSurface.of(SpreadsheetImport.class);
    assertThat(module.name()).isEqualTo("fr.okrsante.importing");
    assertThat(module.exportedPackages()).containsExactly("fr.okrsante.importing");
    assertThat(module.openPackages()).isEmpty();
  }

  @Test
  void module_needs_fastcsv_fastexcel_reader_jackson_and_nothing_that_speaks_to_the_network() throws IOException {
    Set<String> runtime = ModuleSurface.of(SpreadsheetImport.class).runtimeRequires();
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
