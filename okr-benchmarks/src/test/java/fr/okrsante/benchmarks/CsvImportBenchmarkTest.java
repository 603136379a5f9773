package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.importing.ImportReport;
import fr.okrsante.importing.SpreadsheetImport;
import fr.okrsante.plan.Plan;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The CSV benchmark's file is one the library imports whole (no timing). */
class CsvImportBenchmarkTest {

  @Test
  void library_applies_every_row_of_the_benchmark_file() {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY, 2);
    byte[] csv = CsvImportBenchmark.csv(plan, 500);

    ImportReport report = SpreadsheetImport.builder().build().importCsv(plan, new ByteArrayInputStream(csv), "bench.csv");

    assertThat(report.isComplete()).as("%s", report.getOutcomes()).isTrue();
    assertThat(CsvImportBenchmark.applied(report)).isEqualTo(500);
  }
}
