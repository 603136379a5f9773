package fr.okrsante.review;

import static fr.okrsante.review.Plans.JUNE;
import static fr.okrsante.review.Plans.check;
import static fr.okrsante.review.Plans.hospital;
import static fr.okrsante.review.Plans.keyResult;
import static fr.okrsante.review.Plans.objective;
import static fr.okrsante.review.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.HiddenContributions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each built-in rule, with hand-written plans that it must and must not report, in French and English. */
class BuiltInRulesTest {

  private static final ProblemPath SAFETY = ProblemPath.of("objectives").element("securite");

  private static KeyResult kr(String id) {
    return keyResult(id, "Atteindre " + id).build();
  }

  // ---------------------------------------------------------------- shape

  @ParameterizedTest
  @ValueSource(strings = {"Renforcer la culture de la sécurité des soins", "Strengthen the patient safety culture"})
  void objective_without_key_result_is_reported(String title) {
    List<Finding> findings = check(new ObjectiveWithoutKeyResult(), plan(objective("securite", title).build()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(SAFETY);
      assertThat(f.getIds()).containsExactly("securite");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getMessage()).contains(title);
    });
  }

  @Test
  void objective_measured_by_a_contributing_child_is_not_reported() {
    Plan plan = hospital().addObjectives(objective("securite", "Renforcer la sécurité des soins").build(),
        objective("cardio", "Sécuriser le circuit du médicament", kr("kr-1")).build())
        .addLink("cardio", "securite").build();
    assertThat(check(new ObjectiveWithoutKeyResult(), plan)).isEmpty();
  }

  @Test
  void objective_with_only_an_informing_child_is_reported() {
    Plan plan = hospital().addObjectives(objective("securite", "Strengthen safety").build(),
        objective("cardio", "Secure the medication circuit", kr("kr-1")).build())
        .addLink(AlignmentLink.of("cardio", "securite", 1, LinkMode.INFORMS)).build();
    assertThat(check(new ObjectiveWithoutKeyResult(), plan)).extracting(Finding::getIds).containsExactly(List.of("securite"));
  }

  @Test
  void cancelled_or_closed_objectives_are_left_alone() {
    Plan plan = plan(objective("securite", "Renforcer la sécurité").lifecycle(fr.okrsante.plan.Lifecycle.CLOSED).build());
    assertThat(check(new ObjectiveWithoutKeyResult(), plan)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Améliorer l'expérience patient", "Improve the patient experience"})
  void six_key_results_are_too_many_and_five_are_not(String title) {
    Objective six = objective("exp", title, kr("a"), kr("b"), kr("c"), kr("d"), kr("e"), kr("f")).build();
    Objective five = objective("exp", title, kr("a"), kr("b"), kr("c"), kr("d"), kr("e")).build();
    assertThat(check(new TooManyKeyResults(5), plan(six))).singleElement()
        .satisfies(f -> assertThat(f.getPath()).isEqualTo(ProblemPath.of("objectives").element("exp").property("keyResults")));
    assertThat(check(new TooManyKeyResults(5), plan(five))).isEmpty();
    assertThat(check(new TooManyKeyResults(3), plan(five))).hasSize(1);
  }

  @Test
  void six_objectives_of_one_unit_in_one_cycle_are_too_many() {
    Plan.Builder six = hospital();
    for (int i = 1; i <= 6; i++) {
      six.addObjectives(objective("o" + i, "Objectif " + i, kr("kr-" + i)).build());
    }
    List<Finding> findings = check(new TooManyObjectives(5), six.build());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(ProblemPath.of("units").element("chu"));
      assertThat(f.getIds()).containsExactly("chu", "2026", "o1", "o2", "o3", "o4", "o5", "o6");
      assertThat(f.getMessage()).isEqualTo("Centre hospitalier a 6 objectifs en cours sur 2026 (plus de 5) : l’effort se disperse.");
    });
  }

  @Test
  void objectives_spread_over_units_or_cycles_are_not_too_many() {
    Plan.Builder builder = hospital();
    for (int i = 1; i <= 6; i++) {
      builder.addObjectives(objective("o" + i, "Objective " + i, kr("kr-" + i)).cycleId(i <= 3 ? "2026" : "2027").build());
    }
    assertThat(check(new TooManyObjectives(5), builder.build())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ouvrir une filière courte", "Open a fast track"})
  void objective_with_only_milestones_is_reported_and_one_outcome_is_enough(String title) {
    KeyResult milestone = KeyResult.builder().id("m1").title("Filière ouverte").metric(Milestone.doneOrNot()).build();
    KeyResult delay = keyResult("delai", "Réduire le délai médian", MoveToTarget.of("240", Target.reduceBy(20)))
        .unit(MeasureUnit.MINUTES).build();
    assertThat(check(new OnlyMilestones(), plan(objective("filiere", title, milestone).build()))).hasSize(1);
    assertThat(check(new OnlyMilestones(), plan(objective("filiere", title, milestone, delay).build()))).isEmpty();
  }

  // ---------------------------------------------------------------- key results

  @ParameterizedTest
  @ValueSource(strings = {"Former le personnel aux procédures", "Organiser au moins cinq ateliers", "Mettre en place 2 activités",
      "KR1 : Déployer le dossier de liaison", "Réaliser des réunions de coordination", "Train the staff",
      "Organize five workshops", "Roll out the discharge checklist", "Hold meetings with the GPs", "FORMATION des équipes"})
  void activity_counted_as_work_is_reported(String title) {
    // the message quotes the activity as the title writes it
    KeyResult activity = keyResult("kr-a", title).build();
    List<Finding> findings = check(new KeyResultIsActivity(), plan(objective("o", "Objectif", activity).build()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(ProblemPath.of("objectives").element("o").property("keyResults").element("kr-a")
          .property("title"));
      assertThat(f.getIds()).containsExactly("kr-a", "o");
      assertThat(f.getSeverity()).isEqualTo(Severity.ADVICE);
      assertThat(f.getMessage()).contains("« " + KeyResultIsActivity.activityOf(title).orElseThrow() + " »");
    });
  }

  @Test
  void activity_is_quoted_as_written_after_any_numbering() {
    assertThat(KeyResultIsActivity.activityOf("KR1 : Réaliser des réunions de coordination")).contains("réaliser des réunions");
    assertThat(KeyResultIsActivity.activityOf("Mise en œuvre du DPI")).contains("mise en œuvre");
    assertThat(KeyResultIsActivity.activityOf("Hold meetings with GPs")).contains("hold meetings");
    assertThat(KeyResultIsActivity.activityOf("Réduire les délais")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Former 90 % du personnel aux procédures", "Train 90 % of the staff"})
  void activity_verb_measured_as_a_rate_is_an_outcome(String title) {
    KeyResult rate = keyResult("kr-a", title, Rate.ofPercent("40", "90")).build();
    assertThat(check(new KeyResultIsActivity(), plan(objective("o", "Objectif", rate).build()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Réduire de 20 % les délais aux urgences", "Formaliser trois parcours", "Reduce waiting times",
      "Formulaire de sortie utilisé", "Trainees retained after a year"})
  void result_titles_are_not_activities(String title) {
    KeyResult result = keyResult("kr-a", title).build();
    assertThat(check(new KeyResultIsActivity(), plan(objective("o", "Objectif", result).build()))).isEmpty();
  }

  @Test
  void activity_milestone_is_reported() {
    KeyResult milestone = KeyResult.builder().id("m").title("Mise en place du comité").metric(Milestone.doneOrNot()).build();
    assertThat(check(new KeyResultIsActivity(), plan(objective("o", "Objectif", milestone).build()))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Augmenter la participation au dépistage", "Increase screening participation"})
  void unknown_baseline_without_a_final_check_in_is_reported(String title) {
    KeyResult noBaseline = KeyResult.builder().id("kr-d").title(title).unitLabel("personnes")
        .metric(MoveToTarget.unknownBaseline(Target.increaseBy(20))).build();
    assertThat(check(new MissingBaseline(), plan(objective("o", "Objectif", noBaseline).build()))).singleElement()
        .satisfies(f -> assertThat(f.getPath().toString()).isEqualTo("objectives[o].keyResults[kr-d].metric.baseline"));
  }

  @Test
  void unknown_baseline_in_the_first_quarter_of_the_period_is_not_reported_yet() {
    KeyResult noBaseline = KeyResult.builder().id("kr-d").title("Augmenter la participation").unitLabel("personnes")
        .metric(MoveToTarget.unknownBaseline(Target.increaseBy(20))).build();
    Plan plan = plan(objective("o", "Objectif", noBaseline).build());
    assertThat(check(new MissingBaseline(), plan, LocalDate.of(2026, 3, 31), Locale.FRENCH)).isEmpty();
    assertThat(check(new MissingBaseline(), plan, LocalDate.of(2026, 4, 3), Locale.FRENCH)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Établir la valeur de référence du dépistage", "Establish the baseline of screening"})
  void find_a_baseline_key_result_is_not_reported(String title) {
    KeyResult finding = KeyResult.builder().id("kr-d").title(title)
        .metric(MoveToTarget.unknownBaseline(Target.increaseBy(20))).build();
    assertThat(check(new MissingBaseline(), plan(objective("o", "Objectif", finding).build()))).isEmpty();
  }

  @Test
  void unknown_baseline_set_by_a_final_check_in_is_not_reported() {
    KeyResult set = keyResult("kr-d", "Porter à 80 % la part des jeunes qui recommandent l'atelier",
        Rate.unknownBaseline(Target.absolute("80"))).build();
    KeyResult unset = KeyResult.builder().id("kr-e").title("Porter à 80 % la part des jeunes")
        .metric(Rate.unknownBaseline(Target.absolute("80"))).build();
    assertThat(check(new MissingBaseline(), plan(objective("o", "Objectif", set, unset).build())))
        .extracting(f -> f.getIds().get(0)).containsExactly("kr-e");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Augmenter de 20 % le taux de vaccination", "Increase the vaccination rate by 20 %"})
  void relative_rate_target_above_100_is_reported(String title) {
    KeyResult over = KeyResult.builder().id("kr-v").title(title)
        .metric(Rate.builder().baseline(new BigDecimal("90")).target(Target.increaseBy(20)).build()).build();
    assertThat(check(new PercentTargetOutOfRange(), plan(objective("o", "Objectif", over).build()))).singleElement()
        .satisfies(f -> assertThat(f.getMessage()).contains("108"));
  }

  @Test
  void percent_targets_within_0_and_100_are_not_reported_and_counts_above_100_are_fine() {
    KeyResult rate = keyResult("kr-r", "Atteindre 100 % des analyses d'EIG", Rate.ofPercent("60", "100")).build();
    KeyResult count = keyResult("kr-c", "Passer de 4 à 120 créneaux", MoveToTarget.of("4", Target.absolute("120"))).build();
    KeyResult guardrail = keyResult("kr-g", "Keep satisfaction at 85 % or more", Guardrail.atOrAbove(new BigDecimal("85")))
        .unit(MeasureUnit.PERCENT).build();
    assertThat(check(new PercentTargetOutOfRange(), plan(objective("o", "Objectif", rate, count, guardrail).build()))).isEmpty();
  }

  @Test
  void percent_move_to_target_or_guardrail_above_100_is_reported() {
    KeyResult move = keyResult("kr-m", "Porter la couverture à 120 %", MoveToTarget.of("60", Target.absolute("120")))
        .unit(MeasureUnit.PERCENT).build();
    KeyResult band = keyResult("kr-g", "Keep occupancy within 85 and 105 %",
        Guardrail.within(new BigDecimal("85"), new BigDecimal("105"))).unit(MeasureUnit.PERCENT).build();
    assertThat(check(new PercentTargetOutOfRange(), plan(objective("o", "Objectif", move, band).build())))
        .extracting(f -> f.getIds().get(0)).containsExactly("kr-m", "kr-g");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100 % des analyses d'EIG réalisées sous 30 jours", "100 % of serious adverse events analysed within 30 days"})
  void rate_raised_to_100_percent_is_a_perfection_target(String title) {
    KeyResult all = keyResult("kr-eig", title, Rate.ofPercent("60", "100")).build();
    Objective objective = objective("securite", "Renforcer la sécurité des soins", all).build();
    assertThat(check(new PerfectRateTarget(), plan(objective))).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(SAFETY.property("keyResults").element("kr-eig").property("metric").property("target"));
      assertThat(f.getIds()).containsExactly("kr-eig", "securite");
      assertThat(f.getSeverity()).isEqualTo(Severity.ADVICE);
      assertThat(f.getMessage()).startsWith("« " + title + " » vise 100 % : un seul cas sur des centaines");
    });
    assertThat(check(new PerfectRateTarget(), plan(objective), JUNE, Locale.ENGLISH)).singleElement()
        .satisfies(f -> assertThat(f.getMessage()).isEqualTo("“" + title + "” aims at 100 %: a single case out of hundreds — "
            + "one patient not reached, one analysis late — and it is never achieved, however good the practice."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zéro chute avec fracture chez les résidents", "No fall with a fracture among residents"})
  void rate_lowered_to_0_percent_absolute_relative_or_from_an_unknown_baseline_is_a_perfection_target(String title) {
    KeyResult absolute = keyResult("kr-a", title, Rate.ofPercent("5", "0")).build();
    KeyResult relative = keyResult("kr-r", title, Rate.ofPercent(new BigDecimal("4"), Target.reduceBy(100))).build();
    KeyResult unknown = keyResult("kr-u", "Établir puis atteindre 100 % de patients rappelés", Rate.unknownBaseline(Target.absolute("100"))).build();
    List<Finding> findings = check(new PerfectRateTarget(), plan(objective("o", "Objectif", absolute, relative, unknown).build()),
        JUNE, Locale.ENGLISH);
    assertThat(findings).extracting(f -> f.getIds().get(0)).containsExactly("kr-a", "kr-r", "kr-u");
    assertThat(findings.get(0).getMessage()).startsWith("“" + title + "” aims at 0 %: a single case — one fall");
    assertThat(findings.get(2).getMessage()).contains("aims at 100 %");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Atteindre 95 % des analyses d'EIG sous 30 jours", "Reach 95 % of adverse events analysed in 30 days"})
  void reachable_rate_targets_percent_moves_and_closed_objectives_are_not_perfection_targets(String title) {
    KeyResult ninetyFive = keyResult("kr-95", title, Rate.ofPercent("60", "95")).build();
    KeyResult lowered = keyResult("kr-low", title, Rate.ofPercent("10", "2")).build();
    KeyResult relativeUnknown = keyResult("kr-rel", title, Rate.unknownBaseline(Target.reduceBy(100))).build();
    KeyResult percentMove = keyResult("kr-move", title, MoveToTarget.of("60", Target.absolute("100")))
        .unit(MeasureUnit.PERCENT).build();
    assertThat(check(new PerfectRateTarget(),
        plan(objective("o", "Objectif", ninetyFive, lowered, relativeUnknown, percentMove).build()))).isEmpty();
    Objective closed = objective("c", "Objectif clos", keyResult("kr-c", title, Rate.ofPercent("60", "100")).build())
        .lifecycle(fr.okrsante.plan.Lifecycle.CLOSED).build();
    assertThat(check(new PerfectRateTarget(), plan(closed))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Passer de 4 à 20 créneaux par semaine", "Go from 4 to 20 slots a week"})
  void plain_count_without_label_is_reported_and_a_label_or_unit_is_enough(String title) {
    KeyResult bare = keyResult("kr-c", title, MoveToTarget.of("4", Target.absolute("20"))).build();
    KeyResult labelled = keyResult("kr-l", title, MoveToTarget.of("4", Target.absolute("20"))).unitLabel("créneaux").build();
    KeyResult days = keyResult("kr-j", title, MoveToTarget.of("40", Target.absolute("20"))).unit(MeasureUnit.DAYS).build();
    assertThat(check(new UnitMissing(), plan(objective("o", "Objectif", bare, labelled, days).build())))
        .extracting(f -> f.getPath().toString()).containsExactly("objectives[o].keyResults[kr-c].unitLabel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Réduire les délais", "Reduce delays"})
  void key_result_due_after_its_cycle_is_reported(String title) {
    KeyResult late = keyResult("kr-late", title).dueDate(LocalDate.of(2027, 3, 31)).build();
    KeyResult within = keyResult("kr-ok", title).dueDate(LocalDate.of(2026, 9, 30)).build();
    List<Finding> findings = check(new DueDateOutsideCycle(), plan(objective("o", "Objectif", late, within).build()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPath().toString()).isEqualTo("objectives[o].keyResults[kr-late].dueDate");
      assertThat(f.getIds()).containsExactly("kr-late", "o", "2026");
    });
  }

  @Test
  void key_result_starting_before_its_cycle_is_reported() {
    KeyResult early = keyResult("kr-early", "Réduire les délais").startDate(LocalDate.of(2025, 10, 1)).build();
    assertThat(check(new DueDateOutsideCycle(), plan(objective("o", "Objectif", early).build()))).singleElement()
        .satisfies(f -> assertThat(f.getPath().toString()).endsWith("startDate"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Atteindre un taux de satisfaction des résidents supérieur à 85 %", "Reach a satisfaction rate above 85 %",
      "Augmenter la satisfaction"})
  void guardrail_whose_title_says_reach_is_reported(String title) {
    KeyResult guardrail = keyResult("kr-s", title, Guardrail.atOrAbove(new BigDecimal("85"))).unit(MeasureUnit.PERCENT).build();
    assertThat(check(new MetricContradictsTitle(), plan(objective("o", "Objectif", guardrail).build()))).singleElement()
        .satisfies(f -> assertThat(f.getMessage()).contains("seuil"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Maintenir la satisfaction à 85 % ou plus", "Keep satisfaction at 85 % or more"})
  void guardrail_whose_title_says_keep_is_not_reported_and_the_reverse_is(String title) {
    KeyResult guardrail = keyResult("kr-s", title, Guardrail.atOrAbove(new BigDecimal("85"))).unit(MeasureUnit.PERCENT).build();
    KeyResult move = keyResult("kr-m", title, Rate.ofPercent("80", "85")).build();
    assertThat(check(new MetricContradictsTitle(), plan(objective("o", "Objectif", guardrail, move).build()),
        JUNE, Locale.ENGLISH)).singleElement().satisfies(f -> {
          assertThat(f.getIds()).containsExactly("kr-m", "o");
          assertThat(f.getMessage()).contains("move from a baseline to a target");
        });
  }

  // ---------------------------------------------------------------- steering

  @ParameterizedTest
  @ValueSource(strings = {"Réaliser 100 % des analyses d'EIG sous 30 jours", "Analyse 100 % of serious adverse events within 30 days"})
  void monthly_key_result_last_checked_in_three_months_ago_is_stale(String title) {
    KeyResult stale = KeyResult.builder().id("kr-eig").title(title).metric(Rate.ofPercent("60", "100")).cadence(Period.ofMonths(1))
        .addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 3, 31), 8, 10)).build();
    List<Finding> findings = check(new StaleKeyResult(), plan(objective("o", "Objectif", stale).build()));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.getMessage()).contains("2026-03-31").contains("P1M"));
  }

  @Test
  void fresh_or_finished_or_cadence_free_key_results_are_not_stale() {
    KeyResult fresh = KeyResult.builder().id("kr-f").title("Délai").metric(Rate.ofPercent("60", "100")).cadence(Period.ofMonths(1))
        .addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 6, 15), 8, 10)).build();
    KeyResult free = KeyResult.builder().id("kr-n").title("Délai").metric(Rate.ofPercent("60", "100"))
        .addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 1, 15), 8, 10)).build();
    KeyResult over = KeyResult.builder().id("kr-o").title("Délai").metric(Rate.ofPercent("60", "100")).cadence(Period.ofMonths(1))
        .dueDate(LocalDate.of(2026, 4, 30)).addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 1, 15), 8, 10)).build();
    assertThat(check(new StaleKeyResult(), plan(objective("o", "Objectif", fresh, free, over).build()))).isEmpty();
  }

  @Test
  void check_ins_after_the_review_date_do_not_make_a_key_result_fresh() {
    KeyResult later = KeyResult.builder().id("kr-l").title("Délai").metric(Rate.ofPercent("60", "100")).cadence(Period.ofMonths(1))
        .addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 2, 1), 8, 10), CheckIn.ofRate(LocalDate.of(2026, 7, 1), 9, 10)).build();
    assertThat(check(new StaleKeyResult(), plan(objective("o", "Objectif", later).build()))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Réduire l'absentéisme", "Reduce absenteeism"})
  void committed_objective_without_lead_is_reported_aspirational_is_not(String title) {
    Objective noLead = Objective.builder().id("o").title(title).ownerUnitId("chu").cycleId("2026").addKeyResults(kr("k")).build();
    Objective aspirational = Objective.builder().from(noLead).id("a").kind(ObjectiveKind.ASPIRATIONAL)
        .keyResults(List.of(kr("k-a"))).build();
    Objective led = Objective.builder().from(noLead).id("l").addOwnerPersonIds("p-1").keyResults(List.of(kr("k-l"))).build();
    assertThat(check(new CommittedWithoutLead(), hospital().addObjectives(noLead, aspirational, led).build()))
        .extracting(f -> f.getIds().get(0)).containsExactly("o");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Impliquer 80 % des structures", "Involve 80 % of practices"})
  void key_result_never_checked_in_after_half_way_is_reported(String title) {
    KeyResult never = KeyResult.builder().id("kr-n").title(title).metric(Rate.ofPercent("40", "80")).build();
    Plan plan = plan(objective("o", "Objectif", never).build());
    assertThat(check(new NeverCheckedIn(), plan, LocalDate.of(2026, 7, 3), Locale.FRENCH)).hasSize(1);
    assertThat(check(new NeverCheckedIn(), plan, LocalDate.of(2026, 6, 1), Locale.FRENCH)).isEmpty();
  }

  @Test
  void key_results_taking_progress_from_initiatives_need_no_check_in() {
    KeyResult fromInitiatives = KeyResult.builder().id("kr-i").title("Filière ouverte").metric(Milestone.fromInitiatives()).build();
    Plan plan = hospital().addObjectives(objective("o", "Objectif", fromInitiatives).build())
        .addInitiatives(fr.okrsante.plan.Initiative.builder().id("i-1").title("Box dédié").addKeyResultIds("kr-i").build())
        .build();
    assertThat(check(new NeverCheckedIn(), plan, LocalDate.of(2026, 11, 1), Locale.FRENCH)).isEmpty();
  }

  @Test
  void status_override_older_than_30_days_is_reported_and_a_recent_one_is_not() {
    StatusOverride old = StatusOverride.of(Status.ON_TRACK, "p-1", Instant.parse("2026-05-01T10:00:00Z"), "DPI migration");
    StatusOverride recent = StatusOverride.of(Status.ON_TRACK, "p-1", Instant.parse("2026-06-15T10:00:00Z"), "DPI migration");
    Objective objective = objective("o", "Objectif", keyResult("kr-old", "Reduce delays").statusOverride(old).build(),
        keyResult("kr-new", "Reduce delays").statusOverride(recent).build()).statusOverride(old).build();
    assertThat(check(new OldStatusOverride(), plan(objective)).get(0).getMessage())
        .isEqualTo("Le statut de « Objectif » est forcé (« en bonne voie ») depuis le 2026-05-01, il y a plus de 30 jours.");
    assertThat(check(new OldStatusOverride(), plan(objective), JUNE, Locale.ENGLISH))
        .extracting(f -> f.getPath().toString())
        .containsExactly("objectives[o].statusOverride", "objectives[o].keyResults[kr-old].statusOverride");
  }

  // ---------------------------------------------------------------- alignment and visibility

  @ParameterizedTest
  @ValueSource(strings = {"Sécuriser le circuit du médicament", "Secure the medication circuit"})
  void objective_of_a_service_serving_nothing_is_an_orphan(String title) {
    Objective service = objective("cardio", title, kr("k1")).ownerUnitId("chu.cardio").build();
    Objective top = objective("securite", "Renforcer la sécurité", kr("k2")).build();
    assertThat(check(new OrphanObjective(), hospital().addObjectives(service, top).build()))
        .extracting(Finding::getIds).containsExactly(List.of("cardio", "chu.cardio"));
    assertThat(check(new OrphanObjective(), hospital().addObjectives(service, top).addLink("cardio", "securite").build())).isEmpty();
  }

  @Test
  void link_to_an_objective_of_a_later_cycle_is_reported() {
    Objective y2026 = objective("o-2026", "Réduire les délais 2026", kr("k1")).build();
    Objective y2027 = objective("o-2027", "Réduire les délais 2027", kr("k2")).cycleId("2027").build();
    Objective other2026 = objective("p-2026", "Renforcer la sécurité", kr("k3")).build();
    Plan plan = hospital().addObjectives(y2026, y2027, other2026).addLink("o-2026", "o-2027").addLink("p-2026", "o-2026")
        .build();
    assertThat(check(new LinkToLaterCycle(), plan)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(ProblemPath.of("links").element("o-2026→o-2027"));
      assertThat(f.getIds()).containsExactly("o-2026", "o-2027");
    });
  }

  @Test
  void private_objective_contributing_to_a_public_one_is_reported_under_counted_redacted_only() {
    Objective publicOne = objective("securite", "Renforcer la sécurité des soins", kr("k1")).visibility(Visibility.PUBLIC).build();
    Objective privateOne = objective("qvct", "Réduire l'absentéisme", kr("k2")).visibility(Visibility.PRIVATE).build();
    Plan plan = hospital().addObjectives(publicOne, privateOne).addLink("qvct", "securite").build();
    assertThat(check(new PrivateFeedsPublic(), plan)).singleElement().satisfies(f -> {
      assertThat(f.getMessage()).contains("seule contribution restreinte");
      assertThat(f.getPath()).isEqualTo(ProblemPath.of("links").element("qvct→securite"));
      assertThat(f.getIds()).containsExactly("qvct", "securite");
    });
    List<Finding> leftOut = new PrivateFeedsPublic().check(new ReviewContext(plan, JUNE, Locale.ENGLISH,
        HiddenContributions.LEFT_OUT));
    assertThat(leftOut).isEmpty();
    Plan informs = hospital().addObjectives(publicOne, privateOne)
        .addLink(AlignmentLink.of("qvct", "securite", 1, LinkMode.INFORMS)).build();
    assertThat(check(new PrivateFeedsPublic(), informs)).isEmpty();
  }

  // ---------------------------------------------------------------- health frameworks

  @ParameterizedTest
  @ValueSource(strings = {"1-1.01", "critère 2.4", "2.4-4", "1.1-001"})
  void malformed_has_certification_codes_are_reported(String code) {
    Objective objective = objective("o", "Renforcer la sécurité", kr("k"))
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, code, "")).build();
    assertThat(check(new FrameworkCodeFormat(), plan(objective))).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo(ProblemPath.of("objectives").element("o").property("frameworkRefs")
          .element("HAS_CERTIFICATION:" + code, java.util.Set.of()));
      assertThat(f.getSuggestion()).contains("1.1-01");
    });
  }

  @Test
  void well_formed_codes_of_each_scheme_are_not_reported() {
    Objective objective = objective("o", "Strengthen safety", kr("k")).addFrameworkRefs(
        FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", ""), FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4", ""),
        FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "3.2.1", ""), FrameworkRef.of(FrameworkScheme.IQSS, "e-Satis-MCO", ""),
        FrameworkRef.of(FrameworkScheme.NHS_OUTCOMES, "3.7.ii", ""), FrameworkRef.of(FrameworkScheme.NHS_OUTCOMES, "1a.i", ""),
        FrameworkRef.of(FrameworkScheme.CPOM, "axe 3 — n'importe quoi", "")).build();
    assertThat(check(new FrameworkCodeFormat(), plan(objective))).isEmpty();
  }

  @Test
  void malformed_essms_iqss_and_nhs_codes_are_reported() {
    Objective objective = objective("o", "Objectif", kr("k")).addFrameworkRefs(
        FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "3-2", ""), FrameworkRef.of(FrameworkScheme.IQSS, "48h satisfaction", ""),
        FrameworkRef.of(FrameworkScheme.NHS_OUTCOMES, "domain 3", "")).build();
    assertThat(check(new FrameworkCodeFormat(), plan(objective))).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Renforcer la sécurité des soins", "Strengthen patient safety"})
  void required_codes_that_no_live_objective_references_are_reported_one_by_one(String title) {
    Objective covering = objective("o", title, kr("k"))
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "")).build();
    Objective closed = objective("c", "Ancien objectif", kr("k2")).lifecycle(fr.okrsante.plan.Lifecycle.CLOSED)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "")).build();
    Plan plan = hospital().addObjectives(covering, closed).addRequiredFrameworkRefs(
        FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Engagement du patient"),
        FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", ""),
        FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "3.1-02", "")).build();
    List<Finding> findings = check(new FrameworkCodesUncovered(), plan, JUNE, Locale.ENGLISH);
    assertThat(findings).extracting(f -> f.getPath().toString()).containsExactly(
        "requiredFrameworkRefs[HAS_CERTIFICATION:1.1-01]", "requiredFrameworkRefs[HAS_CERTIFICATION:3.1-02]");
    assertThat(findings.get(0).getIds()).containsExactly("1.1-01");
    assertThat(findings.get(0).getSeverity()).isEqualTo(Severity.ADVICE);
    assertThat(findings.get(0).getMessage())
        .isEqualTo("The plan must cover HAS certification code 1.1-01 (Engagement du patient), and no live objective refers to it.");
    assertThat(check(new FrameworkCodesUncovered(), plan).get(1).getMessage())
        .isEqualTo("Le plan doit couvrir le code HAS certification 3.1-02, et aucun objectif en cours n’y fait référence.");
  }

  @Test
  void plan_without_required_codes_or_with_every_one_covered_is_not_reported() {
    Objective covering = objective("o", "Renforcer la sécurité", kr("k"))
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "")).build();
    assertThat(check(new FrameworkCodesUncovered(), plan(covering))).isEmpty();
    Plan covered = hospital().addObjectives(covering)
        .addRequiredFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "")).build();
    assertThat(check(new FrameworkCodesUncovered(), covered)).isEmpty();
    Plan otherScheme = hospital().addObjectives(covering)
        .addRequiredFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "2.4-04", "")).build();
    assertThat(check(new FrameworkCodesUncovered(), otherScheme)).hasSize(1);
  }
}
