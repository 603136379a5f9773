package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.fhir.ImportReport;
import fr.okrsante.fhir.MeasureReportImport;
import fr.okrsante.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FHIR benchmark's library and baseline read the same reports, and every report is applied (no timing). */
class FhirBenchmarkTest {

  @Test
  void library_applies_every_report_the_baseline_reads() throws Exception {
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY, 2);
    List<String> ids = FhirBenchmark.rateKeyResults(plan, 20);
    MeasureReportImport.Builder builder = MeasureReportImport.builder();
    ids.forEach(id -> builder.map(FhirBenchmark.MEASURES + id, id));
    byte[] bundle = FhirBenchmark.bundle(ids);
    ImportReport report = builder.build().apply(plan, bundle);
    assertThat(FhirBenchmark.applied(report)).as("%s", report.getOutcomes()).isEqualTo(20);
    assertThat(report.isComplete()).isTrue();
    FhirBenchmark.FlatBundle flat = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(bundle, FhirBenchmark.FlatBundle.class);
    assertThat(flat.entry).hasSize(20);
    assertThat(flat.entry.get(0).resource.group.get(0).population).hasSize(3);
  }
}
