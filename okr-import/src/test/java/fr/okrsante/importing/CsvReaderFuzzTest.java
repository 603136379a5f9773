package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Tag;

/**
 * Any bytes given to the CSV import give an {@link ImportReport} or a {@link SourceFormatException}:
 * never another exception, a stack overflow or a hang. A report changes the plan only by the
 * check-ins it lists as applied, and importing the same bytes again applies nothing.
 *
 * <p>In a normal build this replays the committed corpus
 * ({@code src/test/resources/fr/okrsante/importing/CsvReaderFuzzTestInputs/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} ({@code .ci/run} does).
 */
@Tag("fuzz")
class CsvReaderFuzzTest {

  private static final SpreadsheetImport SHEETS = Fixtures.sheets().skipBadRows(true)
      .limits(1_000_000, 10_000, 64, 4_096).build();
  private static final Plan PLAN = Fixtures.plan();

  @FuzzTest(maxDuration = "60s")
  void reading_any_bytes_gives_a_report_or_a_source_format_exception(byte[] csv) {
    ImportReport report;
    try {
      report = SHEETS.importCsv(PLAN, new ByteArrayInputStream(csv), "fuzz.csv");
    } catch (SourceFormatException refused) {
      assertThat(refused.getMessage()).startsWith("fuzz.csv");
      return;
    }
    assertThat(checkIns(report.getPlan()) - checkIns(PLAN)).isEqualTo(report.count(ImportOutcome.Kind.APPLIED));
    ImportReport again = SHEETS.importCsv(report.getPlan(), new ByteArrayInputStream(csv), "fuzz.csv");
    assertThat(again.count(ImportOutcome.Kind.APPLIED)).isZero();
    assertThat(again.getPlan()).isSameAs(report.getPlan());
  }

  private static long checkIns(Plan plan) {
    long count = 0;
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult keyResult : objective.getKeyResults()) {
        count += keyResult.getCheckIns().size();
      }
    }
    return count;
  }
}
