package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Plan;
import fr.okrsante.review.Finding;
import fr.okrsante.review.PlanReview;
import fr.okrsante.review.ReviewReport;
import fr.okrsante.review.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five example plans pass the plan review with no warning, all year long, in both languages. */
class ExamplesReviewTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("hospital", (Supplier<Plan>) HospitalExample::plan),
        Arguments.of("medico-social", (Supplier<Plan>) MedicoSocialExample::plan),
        Arguments.of("territorial-network", (Supplier<Plan>) TerritorialNetworkExample::plan),
        Arguments.of("local-health-contract", (Supplier<Plan>) LocalHealthContractExample::plan),
        Arguments.of("youth-prevention", (Supplier<Plan>) YouthPreventionExample::plan));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_plan_has_no_warning_at_any_month_end(String name, Supplier<Plan> example) {
    Plan plan = example.get();
    for (int month = 1; month <= 12; month++) {
      LocalDate asOf = LocalDate.of(2026, month, 1).plusMonths(1).minusDays(1);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        ReviewReport report = PlanReview.standard().review(plan, asOf, locale);
        List<Finding> warnings = report.getFindings().stream().filter(f -> f.getSeverity() == Severity.WARNING).toList();
        assertThat(warnings).as("%s as of %s", name, asOf).isEmpty();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void hospital_example_s_100_percent_adverse_event_analysis_target_is_advised_against_not_warned() {
    ReviewReport report = PlanReview.standard().review(HospitalExample.plan(), LocalDate.of(2026, 6, 30));
    assertThat(report.getFindings()).filteredOn(f -> f.getRuleId().equals("perfect-rate-target")).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.ADVICE);
          assertThat(f.getIds()).containsExactly("kr-eig", "securite-soins");
          assertThat(f.getMessage()).contains("vise 100 %");
        });
  }
}
