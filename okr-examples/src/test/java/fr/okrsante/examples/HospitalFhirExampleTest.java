package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.fhir.ImportOutcome.Kind;
import fr.okrsante.fhir.ImportReport;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FHIR example feeds the hospital plan's e-Satis and adverse-event key results with the figures computed by hand. */
class HospitalFhirExampleTest {

  private static CheckIn latest(ImportReport result, String keyResultId) {
    List<CheckIn> checkIns = result.getPlan().keyResult(keyResultId).orElseThrow().getCheckIns();
    return checkIns.get(checkIns.size() - 1);
  }

  @Test
  void december_reports_feed_the_esatis_and_adverse_event_key_results() {
    ImportReport result = HospitalFhirExample.importDecember();
    assertThat(result).hasToString("ImportReport{applied=2, skipped=1, refused=1, withheld=0, warnings=1}");
    CheckIn esatis = latest(result, "kr-satisfaction");
    assertThat(esatis.getValue()).isEqualTo(new BigDecimal("89.2"));
    assertThat(esatis.getObservedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(esatis.getRecordedAt()).isEqualTo(Instant.parse("2027-01-12T08:00:00Z"));
    assertThat(esatis.getSource()).isEqualTo(CheckInSource.IMPORT);
    CheckIn eig = latest(result, "kr-eig");
    assertThat(eig.getNumerator()).contains(BigDecimal.valueOf(37));
    assertThat(eig.getDenominator()).contains(BigDecimal.valueOf(39));
    assertThat(eig.getValue()).as("100 × 37 / 39 to the 6 decimals of the number domain").isEqualByComparingTo("94.871795");
    assertThat(result.get(Kind.REFUSED).get(0).getMessage()).contains("patient-level");
    assertThat(result.get(Kind.WARNING).get(0).getMessage()).contains("cadence P1M");
  }

  @Test
  void the_example_runs_and_prints_the_figures() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      HospitalFhirExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("kr-satisfaction: 89.2 observed on 2026-12-31", "kr-eig: 94.871795", "\"resourceType\" : \"Bundle\"")
        .doesNotContain("urgences-qvct");
  }
}
