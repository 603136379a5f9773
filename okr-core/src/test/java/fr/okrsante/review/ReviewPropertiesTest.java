package fr.okrsante.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import fr.okrsante.testing.RandomPlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Seeded random valid plans: no rule throws, and the review's invariants hold. */
class ReviewPropertiesTest {

  private static final LocalDate[] DATES = {LocalDate.of(1999, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
      LocalDate.of(2026, 12, 31), LocalDate.of(2031, 7, 14)};

  @TestFactory
  Stream<DynamicTest> no_rule_throws_on_a_random_valid_plan() {
    return LongStream.range(0, 600).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = seed % 3 == 0 ? RandomPlans.territorial(seed) : RandomPlans.valid(seed);
      if (seed % 4 == 1) {
        // codes to cover, some served by the random objectives' references and some not
        Plan.Builder withCodes = plan.toBuilder().addRequiredFrameworkRefs(
            fr.okrsante.plan.FrameworkRef.of(fr.okrsante.plan.FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Éthique"));
        java.util.Map<String, fr.okrsante.plan.FrameworkRef> served = new java.util.TreeMap<>();
        plan.getObjectives().forEach(o -> o.getFrameworkRefs().forEach(r -> served.putIfAbsent(r.getScheme() + ":" + r.getCode(), r)));
        served.remove("HAS_CERTIFICATION:1.1-01");
        served.values().stream().limit(2).forEach(withCodes::addRequiredFrameworkRefs);
        plan = withCodes.build();
      }
      LocalDate asOf = DATES[(int) (seed % DATES.length)];
      Locale locale = seed % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
      PlanReview review = PlanReview.builder().locale(locale).build();
      for (ReviewRule rule : review.getRules()) {
        List<Finding> findings = rule.check(new ReviewContext(plan, asOf, locale,
            fr.okrsante.visibility.HiddenContributions.COUNTED_REDACTED));
        assertThat(findings).as("seed %d, rule %s", seed, rule.getId()).allSatisfy(f -> {
          assertThat(f.getRuleId()).isEqualTo(rule.getId());
          assertThat(f.getSeverity()).isEqualTo(rule.getSeverity());
          assertThat(f.getMessage()).doesNotContain("{").isNotBlank();
          assertThat(f.getSuggestion()).doesNotContain("{").isNotBlank();
        });
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> suppressing_every_finding_by_its_first_id_leaves_none_active() {
    return LongStream.range(0, 150).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = RandomPlans.valid(seed);
      LocalDate asOf = DATES[(int) (seed % DATES.length)];
      ReviewReport first = PlanReview.standard().review(plan, asOf);
      Random random = new Random(seed);
      Plan.Builder suppressed = plan.toBuilder();
      for (Finding f : first.getFindings()) {
        String target = f.getIds().isEmpty() || random.nextBoolean() ? f.getPath().toString() : f.getIds().get(0);
        suppressed.addSuppressions(Suppression.of(f.getRuleId(), target, "revu en comité", "p-" + seed));
      }
      ReviewReport second = PlanReview.standard().review(suppressed.build(), asOf);
      assertThat(second.getFindings()).as("seed %d", seed).isEmpty();
      assertThat(second.getSuppressed()).as("seed %d", seed).hasSize(first.getFindings().size());
      assertThat(second.getUnusedSuppressions()).as("seed %d", seed).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> the_same_plan_gives_the_same_findings() {
    return LongStream.range(0, 50).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = RandomPlans.valid(seed);
      assertThat(PlanReview.standard().review(plan, DATES[2]).getFindings())
          .isEqualTo(PlanReview.standard().review(RandomPlans.valid(seed), DATES[2]).getFindings());
    }));
  }
}
