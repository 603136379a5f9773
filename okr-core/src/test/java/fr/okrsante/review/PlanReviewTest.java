package fr.okrsante.review;

import static fr.okrsante.review.Plans.JUNE;
import static fr.okrsante.review.Plans.hospital;
import static fr.okrsante.review.Plans.keyResult;
import static fr.okrsante.review.Plans.objective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review as a whole: suppressions, rules switched off or added, languages, grouping. */
class PlanReviewTest {

  /** A plan with one activity key result ("Organiser des ateliers") and one malformed HAS code. */
  private static Plan.Builder weak() {
    KeyResult workshops = keyResult("kr-ateliers", "Organiser au moins cinq ateliers").build();
    KeyResult participation = keyResult("kr-part", "Augmenter la participation au dépistage").build();
    Objective objective = objective("prevention", "Renforcer la participation des jeunes", workshops, participation)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1-1.01", "")).build();
    return hospital().addObjectives(objective);
  }

  private static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::getRuleId).toList();
  }

  @Test
  void review_reports_findings_of_every_rule_in_rule_order() {
    ReviewReport report = PlanReview.standard().review(weak().build(), JUNE);
    assertThat(ruleIds(report.getFindings())).containsExactly("kr-is-activity", "framework-code-format");
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.ADVICE)).isEqualTo(1);
    assertThat(report.reaches(Severity.WARNING)).isTrue();
    assertThat(report.getSuppressed()).isEmpty();
  }

  @Test
  void suppression_by_id_moves_the_finding_to_the_suppressed_list_with_its_reason() {
    Suppression accepted = Suppression.of("kr-is-activity", "kr-ateliers", "Les ateliers sont le résultat financé par l'ARS",
        "p-qualite");
    ReviewReport report = PlanReview.standard().review(weak().addSuppressions(accepted).build(), JUNE);
    assertThat(ruleIds(report.getFindings())).containsExactly("framework-code-format");
    assertThat(report.getSuppressed()).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("kr-is-activity");
      assertThat(f.getSuppression()).contains(accepted);
    });
    assertThat(report.getUnusedSuppressions()).isEmpty();
  }

  @Test
  void suppression_by_path_covers_the_path_and_what_lies_below_it() {
    Plan exact = weak().addSuppressions(Suppression.of("framework-code-format",
        "objectives[prevention].frameworkRefs[HAS_CERTIFICATION:1-1.01]", "code local", "p-1")).build();
    Plan above = weak().addSuppressions(Suppression.of("framework-code-format", "objectives[prevention]", "code local", "p-1"))
        .build();
    Plan prefixOnly = weak().addSuppressions(Suppression.of("framework-code-format", "objectives[prev", "typo", "p-1")).build();
    assertThat(ruleIds(PlanReview.standard().review(exact, JUNE).getSuppressed())).containsExactly("framework-code-format");
    assertThat(ruleIds(PlanReview.standard().review(above, JUNE).getSuppressed())).containsExactly("framework-code-format");
    ReviewReport notCovered = PlanReview.standard().review(prefixOnly, JUNE);
    assertThat(notCovered.getSuppressed()).isEmpty();
    assertThat(notCovered.getUnusedSuppressions()).hasSize(1);
  }

  @Test
  void suppression_of_another_rule_does_not_cover_a_finding() {
    Suppression other = Suppression.of("unit-missing", "kr-ateliers", "les ateliers se comptent", "p-1");
    ReviewReport report = PlanReview.standard().review(weak().addSuppressions(other).build(), JUNE);
    assertThat(ruleIds(report.getFindings())).containsExactly("kr-is-activity", "framework-code-format");
    assertThat(report.getUnusedSuppressions()).containsExactly(other);
  }

  @Test
  void suppressed_warnings_no_longer_reach_the_failing_level() {
    Plan plan = weak().addSuppressions(Suppression.of("framework-code-format", "prevention", "code du CPOM", "p-1")).build();
    ReviewReport report = PlanReview.standard().review(plan, JUNE);
    assertThat(report.reaches(Severity.WARNING)).isFalse();
    assertThat(report.reaches(Severity.ADVICE)).isTrue();
  }

  @Test
  void disabled_rules_do_not_run_and_unknown_ids_are_refused() {
    ReviewReport report = PlanReview.builder().disable("kr-is-activity").build().review(weak().build(), JUNE);
    assertThat(ruleIds(report.getFindings())).containsExactly("framework-code-format");
    assertThatThrownBy(() -> PlanReview.builder().disable("kr-is-activty"))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessageStartingWith("no rule 'kr-is-activty' to switch off: the rules are objective-without-key-result, ")
        .satisfies(e -> assertThat(((UnknownRuleException) e).getRuleId()).isEqualTo("kr-is-activty"));
  }

  /** A host rule: every key result title must name its indicator in brackets. */
  private static final class IndicatorInTitle implements ReviewRule {
    @Override
    public String getId() {
      return "host.indicator-in-title";
    }

    @Override
    public Severity getSeverity() {
      return Severity.WARNING;
    }

    @Override
    public List<Finding> check(ReviewContext context) {
      List<Finding> findings = new ArrayList<>();
      for (Objective o : context.getPlan().getObjectives()) {
        for (KeyResult k : o.getKeyResults()) {
          if (!k.getTitle().contains("[")) {
            boolean fr = context.getLocale().getLanguage().equals("fr");
            findings.add(context.finding(this, ReviewContext.pathOf(o, k), List.of(k.getId()),
                fr ? "pas d'indicateur" : "no indicator", fr ? "ajoutez-le" : "add it"));
          }
        }
      }
      return findings;
    }
  }

  @Test
  void host_rules_run_after_the_built_in_ones_in_the_review_language() {
    ReviewReport report = PlanReview.builder().addRules(new IndicatorInTitle()).locale(Locale.ENGLISH).build()
        .review(weak().build(), JUNE);
    assertThat(ruleIds(report.getFindings())).containsExactly("kr-is-activity", "framework-code-format",
        "host.indicator-in-title", "host.indicator-in-title");
    assertThat(report.getFindings().get(2).getMessage()).isEqualTo("no indicator");
    assertThatThrownBy(() -> PlanReview.builder().addRules(new IndicatorInTitle(), new IndicatorInTitle()))
        .isInstanceOf(UnknownRuleException.class).hasMessageContaining("two added rules have the id 'host.indicator-in-title'");
  }

  @Test
  void a_host_rule_with_a_built_in_id_replaces_it() {
    PlanReview strict = PlanReview.builder().addRules(new TooManyKeyResults(1)).build();
    assertThat(strict.getRules()).hasSize(PlanReview.builtInRules().size());
    assertThat(ruleIds(strict.review(weak().build(), JUNE).getFindings())).contains("too-many-key-results");
  }

  @Test
  void messages_are_in_the_review_language_french_by_default() {
    Plan plan = weak().build();
    Finding fr = PlanReview.standard().review(plan, JUNE).getFindings().get(0);
    Finding en = PlanReview.standard().review(plan, JUNE, Locale.UK).getFindings().get(0);
    Finding other = PlanReview.builder().locale(Locale.GERMAN).build().review(plan, JUNE).getFindings().get(0);
    assertThat(fr.getMessage()).isEqualTo("« Organiser au moins cinq ateliers » commence par « organiser » et compte le "
        + "travail fait : c’est une activité, pas un résultat.");
    assertThat(en.getMessage()).isEqualTo("“Organiser au moins cinq ateliers” starts with “organiser” and counts work done: "
        + "an activity, not a result.");
    assertThat(other.getMessage()).isEqualTo(en.getMessage());
    assertThat(PlanReview.standard().review(plan, JUNE, Locale.CANADA_FRENCH).getLocale()).isEqualTo(Locale.FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void every_built_in_rule_has_a_message_and_a_suggestion_in_both_languages(String language) {
    ResourceBundle bundle = ResourceBundle.getBundle("fr.okrsante.review.messages", Locale.forLanguageTag(language),
        PlanReview.class.getModule());
    Set<String> expected = new TreeSet<>();
    for (ReviewRule rule : PlanReview.builtInRules()) {
      expected.add(rule.getId() + ".message");
      expected.add(rule.getId() + ".suggestion");
    }
    for (fr.okrsante.plan.Status status : fr.okrsante.plan.Status.values()) {
      expected.add("status." + status.name());
    }
    assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(expected);
    for (String key : expected) {
      assertThat(bundle.getString(key)).as(key).doesNotContain("'").isNotBlank();
    }
  }

  @Test
  void built_in_rule_ids_are_unique_and_well_formed() {
    List<String> ids = PlanReview.builtInRules().stream().map(ReviewRule::getId).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(20).allMatch(id -> id.matches(Suppression.RULE_ID_PATTERN));
  }

  @Test
  void findings_are_grouped_by_objective_with_plan_wide_ones_first() {
    Plan.Builder builder = weak();
    for (int i = 1; i <= 5; i++) {
      builder.addObjectives(objective("o" + i, "Objectif " + i, keyResult("kr-" + i, "Réduire " + i).build()).build());
    }
    ReviewReport report = PlanReview.standard().review(builder.build(), JUNE);
    assertThat(report.byObjective().keySet()).containsExactly("", "prevention");
    assertThat(report.byObjective().get("")).extracting(Finding::getPath)
        .containsExactly(ProblemPath.of("units").element("chu"));
  }

  @Test
  void link_findings_belong_to_the_child_objective() {
    Plan plan = hospital().addObjectives(objective("o-2026", "A", keyResult("k1", "Réduire a").build()).build(),
        objective("o-2027", "B", keyResult("k2", "Réduire b").build()).cycleId("2027").build())
        .addLink("o-2026", "o-2027").build();
    ReviewReport report = PlanReview.standard().review(plan, JUNE);
    assertThat(report.byObjective()).containsOnlyKeys("o-2026");
  }

  @Test
  void codes_to_cover_come_from_the_plan_s_required_codes() {
    ReviewReport report = PlanReview.standard().review(weak()
        .addRequiredFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "")).build(), JUNE);
    assertThat(ruleIds(report.getFindings())).contains("framework-codes-uncovered");
    assertThat(report.toString()).isEqualTo("ReviewReport[2026-06-30, 1 warnings, 2 advice, 0 suppressed, 0 unused suppressions]");
  }

  @Test
  void findings_follow_the_plan_s_declared_language_when_the_host_gives_none() {
    Plan english = weak().language(Locale.ENGLISH).build();
    ReviewReport report = PlanReview.standard().review(english, JUNE);
    assertThat(report.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(report.getFindings().get(0).getMessage()).startsWith("“Organiser au moins cinq ateliers” starts with");
    assertThat(PlanReview.standard().review(weak().language("fr-CA").build(), JUNE).getLocale()).isEqualTo(Locale.FRENCH);
    assertThat(PlanReview.standard().getLocale()).isEmpty();
  }

  @Test
  void a_language_given_by_the_host_overrides_the_plan_s() {
    Plan english = weak().language(Locale.ENGLISH).build();
    Finding fromBuilder = PlanReview.builder().locale(Locale.FRENCH).build().review(english, JUNE).getFindings().get(0);
    Finding fromCall = PlanReview.standard().review(english, JUNE, Locale.FRENCH).getFindings().get(0);
    assertThat(fromBuilder.getMessage()).startsWith("« Organiser au moins cinq ateliers » commence par");
    assertThat(fromCall).isEqualTo(fromBuilder);
    assertThat(PlanReview.builder().locale(Locale.ENGLISH).build().getLocale()).contains(Locale.ENGLISH);
  }
}
