package fr.okrsante.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.plan.Plan;
import org.junit.jupiter.api.Tag;

/**
 * Any bytes given to the FHIR import give an {@link ImportReport} or an {@link OkrJsonException}:
 * never another exception, a stack overflow or a hang. A report that was read changes the plan
 * only by the check-ins it lists as applied, and importing it again applies nothing.
 *
 * <p>In a normal build this replays the committed corpus
 * ({@code src/test/resources/fr/okrsante/fhir/MeasureReportFuzzTestInputs/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} ({@code .ci/run} does).
 */
@Tag("fuzz")
class MeasureReportFuzzTest {

  private static final MeasureReportImport FHIR = MeasureReportImport.builder().build();
  private static final Plan PLAN = Fixtures.plan();

  @FuzzTest(maxDuration = "60s")
  void reading_any_bytes_gives_a_report_or_an_okr_json_exception(byte[] document) {
    ImportReport report;
    try {
      report = FHIR.apply(PLAN, document);
    } catch (OkrJsonException refused) {
      assertThat(refused.getProblems()).isNotEmpty();
      return;
    }
    int applied = report.get(ImportOutcome.Kind.APPLIED).size();
    int before = PLAN.getObjectives().get(0).getKeyResults().stream().mapToInt(k -> k.getCheckIns().size()).sum();
    int after = report.getPlan().getObjectives().get(0).getKeyResults().stream().mapToInt(k -> k.getCheckIns().size()).sum();
    assertThat(after - before).isEqualTo(applied);
    ImportReport again = FHIR.apply(report.getPlan(), document);
    assertThat(again.get(ImportOutcome.Kind.APPLIED)).isEmpty();
    assertThat(again.getPlan()).isSameAs(report.getPlan());
  }
}
