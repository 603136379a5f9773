package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example runs, and its key figures are the ones computed by hand in the comments. */
class ExamplesTest {

  private static final double EPS = 1e-4;
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("hospital", (Consumer<String[]>) HospitalExample::main),
        Arguments.of("medico-social", (Consumer<String[]>) MedicoSocialExample::main),
        Arguments.of("territorial network", (Consumer<String[]>) TerritorialNetworkExample::main),
        Arguments.of("local health contract", (Consumer<String[]>) LocalHealthContractExample::main),
        Arguments.of("youth prevention", (Consumer<String[]>) YouthPreventionExample::main));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_runs_and_prints_a_dashboard(String name, Consumer<String[]> main) {
    PrintStream original = System.out;
    Locale locale = Locale.getDefault();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      Locale.setDefault(Locale.ENGLISH);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
      Locale.setDefault(locale);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(output).as(name).contains("OKR dashboard", "Alignment", "Per unit", "Framework coverage", "At risk");
    assertThat(output).as(name + ": views for several viewers").containsPattern("(?s)view for .*view for ");
    assertThat(output).as(name + ": its JSON written and read back").contains("read back equal");
  }

  @Test
  void hospital_figures_at_the_june_committee() {
    Evaluation june = Evaluation.of(HospitalExample.plan(), JUNE);
    // EIG analysed within 30 days, cumulative 16/20 = 80 %, from 60 to 100: (80 − 60) / 40
    assertThat(june.keyResult("kr-eig").getProgress().getAsDouble()).isCloseTo(0.5, within(EPS));
    // staff trained 1300/2000 = 65 %, from 40 to 90: 25 / 50
    assertThat(june.keyResult("kr-formation").getProgress().getAsDouble()).isCloseTo(0.5, within(EPS));
    // median waiting time "réduire de 20 %": 240 → 192; 216 observed: (216 − 240) / (192 − 240)
    assertThat(june.keyResult("kr-delai").getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("192"));
    assertThat(june.keyResult("kr-delai").getProgress().getAsDouble()).isCloseTo(0.5, within(EPS));
    // satisfaction ≥ 85 %: 181 days from 1 January to 30 June, below only in February (28 days)
    assertThat(june.keyResult("kr-satisfaction").getProgress().getAsDouble()).isCloseTo(153.0 / 181, within(EPS));
    // short track: two of its three initiatives done by June
    assertThat(june.keyResult("kr-filiere").getProgress().getAsDouble()).isCloseTo(2.0 / 3, within(EPS));
    // the pôle's objective: mean of its key result (0.5) and the service's objective (2/3)
    assertThat(june.objective("urgences-delais").getProgress().getAsDouble()).isCloseTo(7.0 / 12, within(EPS));
    // experience-patient: mean of the guardrail and the pôle's objective
    assertThat(june.objective("experience-patient").getProgress().getAsDouble())
        .isCloseTo((153.0 / 181 + 7.0 / 12) / 2, within(EPS));
    // securite-soins: weights 1, 2, 1 for its key results (0.5, 0.5, 1/3), 1 and 1 for cardiology
    // (38/50 = 76 % from 50 to 90: 0.65) and the restricted QVCT objective (9.5 → 7.5, 8.5: 0.5)
    assertThat(june.objective("securite-soins").getProgress().getAsDouble())
        .isCloseTo((0.5 + 2 * 0.5 + 1.0 / 3 + 0.65 + 0.5) / 6, within(EPS));
    // the short track's key result weighs 1 × 1/2 × 1/2 in the patient-experience objective
    assertThat(june.effectiveShare("kr-filiere", "experience-patient")).isCloseTo(0.25, within(EPS));
  }

  @Test
  void hospital_figures_at_year_end() {
    Evaluation december = Evaluation.of(HospitalExample.plan(), DECEMBER);
    assertThat(december.keyResult("kr-delai").getProgress().getAsDouble()).isCloseTo(46.0 / 48, within(EPS));
    // cardiology overshoots (92 % for a target of 90 %): raw 1.05, counted as 1, achieved
    assertThat(december.keyResult("kr-cardio-formation").getProgress().getAsDouble()).isCloseTo(1.05, within(EPS));
    assertThat(december.objective("cardio-risques").getStatus()).isEqualTo(Status.ACHIEVED);
    // 365 days, below 85 % in February (28) and August (31); exactly 85 % in July counts as met
    assertThat(december.keyResult("kr-satisfaction").getProgress().getAsDouble()).isCloseTo(306.0 / 365, within(EPS));
  }

  @Test
  void medico_social_key_results_follow_the_work_done() {
    Plan plan = MedicoSocialExample.plan();
    Evaluation june = Evaluation.of(plan, JUNE);
    Evaluation december = Evaluation.of(plan, DECEMBER);
    // one of two new activities done by June, both by December
    assertThat(june.keyResult("kr-nouvelles-activites").getProgress().getAsDouble()).isCloseTo(0.5, within(EPS));
    assertThat(december.keyResult("kr-nouvelles-activites").getStatus()).isEqualTo(Status.ACHIEVED);
    // weighted initiatives: memory workshop 1 + garden 2 done, music 1 in progress, outings cancelled (left out)
    assertThat(june.keyResult("kr-programme-stimulation").getProgress().getAsDouble()).isCloseTo(0.25, within(EPS));
    assertThat(december.keyResult("kr-programme-stimulation").getProgress().getAsDouble()).isCloseTo(0.75, within(EPS));
    // quarterly survey from 31 March: 82 until 29 June (91 days out of band) then ≥ 85: 185 of 276 days
    assertThat(december.keyResult("kr-satisfaction-residents").getProgress().getAsDouble())
        .isCloseTo(185.0 / 276, within(EPS));
    // 62/80 = 77.5 %, from 30 to 80: 47.5 / 50
    assertThat(december.keyResult("kr-prevention-chutes").getProgress().getAsDouble()).isCloseTo(0.95, within(EPS));
  }

  @Test
  void network_rate_is_pooled_from_member_structures() {
    Plan plan = TerritorialNetworkExample.plan();
    Evaluation june = Evaluation.of(plan, JUNE);
    // 60/200, 45/100 and 10/50 pool to 115/350 = 32.857 % (a mean of percentages would say 31.67 %)
    assertThat(june.keyResult("kr-plans-coordination").getCurrentValue().orElseThrow().doubleValue())
        .isCloseTo(100.0 * 115 / 350, within(EPS));
    assertThat(june.keyResult("kr-plans-coordination").getProgress().getAsDouble())
        .isCloseTo((100.0 * 115 / 350 - 20) / 30, within(EPS));
    // 175/350 = 50 % at year end: the target
    assertThat(Evaluation.of(plan, DECEMBER).keyResult("kr-plans-coordination").getStatus()).isEqualTo(Status.ACHIEVED);
    // two of three care pathways formalised by December
    assertThat(Evaluation.of(plan, DECEMBER).keyResult("kr-parcours-types").getProgress().getAsDouble())
        .isCloseTo(2.0 / 3, within(EPS));
    // one MSP objective serves the CPTS and the hospital
    assertThat(plan.alignment().parents("vallee-snp")).containsExactlyInAnyOrder("cpts-acces", "chvs-urgences");
    assertThat(june.effectiveShare("vallee-snp", "chvs-urgences")).isCloseTo(1.0, within(EPS));
  }

  @Test
  void local_health_contract_follows_a_phased_curve() {
    Evaluation june = Evaluation.of(LocalHealthContractExample.plan(), JUNE);
    // 3.1 km of 10 by June, when the phased curve expects 30 %: on track, where a straight line would say behind
    assertThat(june.keyResult("kr-itineraires").getProgress().getAsDouble()).isCloseTo(0.31, within(EPS));
    assertThat(june.keyResult("kr-itineraires").getExpectedProgress()).isCloseTo(0.3, within(EPS));
    assertThat(june.keyResult("kr-itineraires").getStatus()).isEqualTo(Status.ON_TRACK);
    assertThat(Evaluation.of(LocalHealthContractExample.plan(), DECEMBER).keyResult("kr-entreprises")
        .getProgress().getAsDouble()).isCloseTo(13.0 / 15, within(EPS));
  }

  @Test
  void youth_prevention_screening_rises_by_twenty_percent() {
    Plan plan = YouthPreventionExample.plan();
    Evaluation june = Evaluation.of(plan, JUNE);
    // +20 % of 1,250 participants: target 1,500; 1,375 in June is halfway
    assertThat(june.keyResult("kr-depistage").getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("1500"));
    assertThat(june.keyResult("kr-depistage").getProgress().getAsDouble()).isCloseTo(0.5, within(EPS));
    // three of five workshops done by June, four by December
    assertThat(june.keyResult("kr-ateliers").getProgress().getAsDouble()).isCloseTo(0.6, within(EPS));
    assertThat(Evaluation.of(plan, DECEMBER).keyResult("kr-ateliers").getProgress().getAsDouble()).isCloseTo(0.8, within(EPS));
    // the first survey (45/75 = 60 %) set the baseline; 88/125 = 70.4 % in June: 10.4 / 20
    assertThat(june.keyResult("kr-recommandation").getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("60"));
    assertThat(june.keyResult("kr-recommandation").getProgress().getAsDouble()).isCloseTo(0.52, within(EPS));
  }

  private static List<String> visibleIds(PlanView view) {
    return view.getObjectives().stream().map(Objective::getId).toList();
  }

  private static double progress(EvaluationView evaluation, String objectiveId) {
    return evaluation.objective(objectiveId).getProgress().getAsDouble();
  }

  @Test
  void hospital_qvct_objective_is_hidden_from_another_service_and_counted_in_the_same_progress() {
    Plan plan = HospitalExample.plan();
    PlanView direction = Access.of(plan, Viewer.of("p-direction", Membership.overseer("chvs"))).view();
    PlanView head = Access.of(plan, Viewer.of("p-cadre", Membership.lead("chvs.urgences"))).view();
    PlanView nurse = Access.of(plan, Viewer.of("p-ide", Membership.member("chvs.cardiologie"))).view();

    assertThat(visibleIds(direction)).contains("urgences-qvct").hasSize(6);
    assertThat(visibleIds(head)).as("the head of the service sees its private objective").contains("urgences-qvct");
    assertThat(visibleIds(nurse)).doesNotContain("urgences-qvct").hasSize(5);
    assertThat(nurse.toPlan().keyResult("kr-absenteisme")).isEmpty();
    assertThat(nurse.restrictedContributionCount("securite-soins")).isEqualTo(1);
    assertThat(direction.restrictedContributionCount("securite-soins")).isZero();
    // counted but redacted: the nurse sees the direction's figure, (0.5 + 1 + 1/3 + 0.65 + 0.5) / 6
    double expected = (0.5 + 2 * 0.5 + 1.0 / 3 + 0.65 + 0.5) / 6;
    assertThat(progress(nurse.evaluate(JUNE), "securite-soins")).isCloseTo(expected, within(EPS))
        .isEqualTo(progress(direction.evaluate(JUNE), "securite-soins"));
    // left out: computed on what the nurse sees, without the QVCT objective
    PlanView leftOut = Access.of(plan, Viewer.of("p-ide", Membership.member("chvs.cardiologie")))
        .view(HiddenContributions.LEFT_OUT);
    assertThat(progress(leftOut.evaluate(JUNE), "securite-soins"))
        .isCloseTo((0.5 + 2 * 0.5 + 1.0 / 3 + 0.65) / 5, within(EPS));
  }

  @Test
  void medico_social_families_see_the_public_objective_and_two_restricted_contributions() {
    Plan plan = MedicoSocialExample.plan();
    PlanView director = Access.of(plan, Viewer.of("p-direction", Membership.overseer("ehpad"))).view();
    PlanView careTeam = Access.of(plan, Viewer.of("p-as", Membership.member("ehpad.soins"))).view();
    PlanView families = Access.of(plan, Viewer.of("p-cvs")).view();
    assertThat(visibleIds(director)).containsExactly("animation-stimulation", "qualite-vie", "soins-chutes");
    assertThat(visibleIds(careTeam)).as("objectives visible to the organisation").isEqualTo(visibleIds(director));
    assertThat(visibleIds(families)).containsExactly("qualite-vie");
    assertThat(families.restrictedContributionCount("qualite-vie")).isEqualTo(2);
    assertThat(progress(families.evaluate(DECEMBER), "qualite-vie"))
        .isEqualTo(progress(director.evaluate(DECEMBER), "qualite-vie"));
  }

  @Test
  void network_members_see_their_own_objectives_and_the_network_ones_not_the_other_members() {
    Plan plan = TerritorialNetworkExample.plan();
    PlanView coordination = Access.of(plan, Viewer.of("p-coordination", Membership.overseer("cpts"))).view();
    PlanView vallee = Access.of(plan, Viewer.of("p-vallee", Membership.lead("cpts.msp-vallee"))).view();
    PlanView hospital = Access.of(plan, Viewer.of("p-chvs", Membership.lead("chvs"))).view();
    // Issue 12: the MSPs and the health centre are partners, each its own organisation; the
    // coordination's oversight stops at their boundary: it sees what they make public, not their
    // UNIT objectives, and the pooled territorial rate shows its progress but not its value.
    assertThat(visibleIds(coordination)).containsExactly("chvs-urgences", "cpts-acces", "cpts-parcours", "vallee-snp");
    assertThat(coordination.evaluate(DECEMBER).keyResult("kr-plans-coordination").isValueRestricted()).isTrue();
    assertThat(coordination.evaluate(DECEMBER).keyResult("kr-plans-coordination").getCurrentValue()).isEmpty();
    assertThat(coordination.evaluate(DECEMBER).keyResult("kr-plans-coordination").getProgress())
        .isEqualTo(Evaluation.of(plan, DECEMBER).keyResult("kr-plans-coordination").getProgress());
    assertThat(visibleIds(vallee)).containsExactly("chvs-urgences", "cpts-acces", "cpts-parcours", "vallee-diabete", "vallee-snp");
    assertThat(visibleIds(hospital)).containsExactly("chvs-urgences", "cpts-acces", "cpts-parcours", "vallee-snp");
    // the members' objectives inform the network's, they do not count in it: nothing restricted counts
    assertThat(hospital.restrictedContributionCount("cpts-parcours")).isZero();
    assertThat(hospital.restrictedLinksOf("cpts-parcours")).hasSize(3);
    assertThat(progress(hospital.evaluate(DECEMBER), "cpts-parcours"))
        .isEqualTo(progress(coordination.evaluate(DECEMBER), "cpts-parcours"));
  }

  @Test
  void local_health_contract_partner_sees_the_public_objectives_and_the_same_progress() {
    Plan plan = LocalHealthContractExample.plan();
    PlanView management = Access.of(plan, Viewer.of("p-dgs", Membership.overseer("agglo"))).view();
    PlanView health = Access.of(plan, Viewer.of("p-sante", Membership.member("agglo.sante"))).view();
    PlanView association = Access.of(plan, Viewer.of("p-velo", Membership.lead("velo-ecole"))).view();
    assertThat(visibleIds(health)).isEqualTo(visibleIds(management)).hasSize(3);
    assertThat(visibleIds(association)).containsExactly("cls-mobilites", "velo-savoir-rouler");
    assertThat(association.restrictedContributionCount("cls-mobilites")).isEqualTo(1);
    assertThat(progress(association.evaluate(DECEMBER), "cls-mobilites"))
        .isEqualTo(progress(management.evaluate(DECEMBER), "cls-mobilites"));
  }

  @Test
  void youth_prevention_partner_sees_everything_the_service_sees() {
    Plan plan = YouthPreventionExample.plan();
    PlanView service = Access.of(plan, Viewer.of("p-direction", Membership.overseer("dps"))).view();
    PlanView partner = Access.of(plan, Viewer.of("p-mda", Membership.member("mda"))).view();
    assertThat(visibleIds(partner)).isEqualTo(visibleIds(service)).containsExactly("jeunes-prevention", "mda-aller-vers");
    assertThat(partner.getRestrictedLinks()).isEmpty();
  }
}
