package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.RestrictedLink;
import fr.okrsante.visibility.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ViewDocumentTest {

  private final OkrJson json = OkrJson.standard();

  /** A public objective of the emergency unit, served by a private objective of the HR unit. */
  static Plan plan() {
    OrgUnit chu = OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION);
    OrgUnit urg = OrgUnit.of("chu.urg", "Urgences", UnitKind.SERVICE, "chu");
    OrgUnit rh = OrgUnit.of("chu.rh", "Ressources humaines", UnitKind.SERVICE, "chu");
    Cycle year = Cycle.of("y2026", "2026", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    Objective open = Objective.builder().id("o-open").title("Urgences plus sûres").ownerUnitId("chu.urg")
        .cycleId("y2026").visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("kr-wait").title("Attente 240 → 192 min")
            .metric(MoveToTarget.of("240", Target.absolute("192")))
            .addCheckIns(CheckIn.of(LocalDate.parse("2026-03-31"), new BigDecimal("216"))).build())
        .build();
    Objective secret = Objective.builder().id("o-secret").title("Plan social confidentiel").ownerUnitId("chu.rh")
        .cycleId("y2026").visibility(Visibility.PRIVATE).description("Réorganisation des équipes de nuit")
        .addKeyResults(KeyResult.builder().id("kr-secret").title("Postes supprimés")
            .metric(MoveToTarget.of("0", Target.absolute("12")))
            .addCheckIns(CheckIn.builder().observedOn(LocalDate.parse("2026-03-31")).value(new BigDecimal("7.25"))
                .note("Négociation en cours").build()).build())
        .build();
    return Plan.builder().title("Plan CHU").addUnits(chu, urg, rh).addCycles(year).addObjectives(open, secret)
        .addLink(AlignmentLink.of("o-secret", "o-open")).build();
  }

  static PlanView nurseView(HiddenContributions policy) {
    return Access.of(plan(), Viewer.of("p-nurse", Membership.member("chu.urg"))).view(policy);
  }

  @Test
  void a_view_document_holds_the_visible_plan_and_an_anonymous_marker_only() {
    PlanView view = nurseView(HiddenContributions.COUNTED_REDACTED);
    String text = json.toJson(view.evaluate(LocalDate.parse("2026-07-02")));
    assertThat(text).startsWith("{\"schemaVersion\":1,\"kind\":\"view\",\"policy\":\"counted_redacted\",\"plan\":{\"schemaVersion\":1,")
        .contains("\"restrictedLinks\":[{\"objectiveId\":\"o-open\",\"hiddenSide\":\"child\",\"contributes\":true}]")
        .contains("\"restrictedSources\":{}")
        .contains("\"evaluation\":{\"schemaVersion\":1,\"kind\":\"evaluation\",\"asOf\":\"2026-07-02\"")
        .doesNotContain("o-secret", "kr-secret", "confidentiel", "Postes", "Négociation", "7.25", "nuit", "p-nurse");
    DocumentSchemas.assertValidView(text, "the nurse's view");
    ViewDocument read = json.readView(text);
    assertThat(read.policy()).isEqualTo(HiddenContributions.COUNTED_REDACTED);
    assertThat(read.plan()).isEqualTo(view.toPlan());
    assertThat(read.restrictedLinks()).containsExactly(RestrictedLink.of("o-open", RestrictedLink.HiddenSide.CHILD, true));
    assertThat(read.restrictedContributionCount("o-open")).isEqualTo(1);
    // counted but redacted: the parent's progress is the whole plan's, (0.5 + 7.25/12) / 2
    assertThat(read.evaluation().orElseThrow().objective("o-open").getProgress().getAsDouble())
        .isCloseTo((0.5 + 7.25 / 12) / 2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(json.toJson(read)).isEqualTo(text);
  }

  /** {@link #plan()} with a public objective whose key result is the sum of the private key result, at 777.12. */
  static Plan planWithComputed() {
    Plan plan = plan();
    Objective secret = plan.objective("o-secret").orElseThrow();
    Objective hidden = secret.toBuilder().keyResults(java.util.List.of(KeyResult.builder().from(secret.getKeyResults().get(0))
        .checkIns(java.util.List.of(CheckIn.of(LocalDate.parse("2026-03-31"), new BigDecimal("777.12")))).build())).build();
    Objective board = Objective.builder().id("o-board").title("Tableau de bord").ownerUnitId("chu.urg").cycleId("y2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("kr-total").title("Total calculé")
            .metric(fr.okrsante.plan.ComputedMetric.builder().aggregation(fr.okrsante.plan.Aggregation.SUM)
                .addSourceIds("kr-secret").baseline(BigDecimal.ZERO).target(Target.absolute("1000")).build())
            .build())
        .build();
    return plan.withObjective(hidden).withObjective(board);
  }

  @Test
  void a_view_document_marks_a_computed_key_result_with_hidden_sources_restricted_without_its_value() {
    PlanView view = Access.of(planWithComputed(), Viewer.of("p-nurse", Membership.member("chu.urg")))
        .view(HiddenContributions.COUNTED_REDACTED);
    String text = json.toJson(view.evaluate(LocalDate.parse("2026-07-02")));
    assertThat(text).doesNotContain("777.12").doesNotContain("777,12")
        .contains("{\"keyResultId\":\"kr-total\",\"progress\":0.77712,");
    assertThat(text.substring(text.indexOf("{\"keyResultId\":\"kr-total\""))).startsWith(
        "{\"keyResultId\":\"kr-total\"").contains("\"valueRestricted\":true");
    DocumentSchemas.assertValidView(text, "the nurse's view with a restricted computed key result");
    ViewDocument read = json.readView(text);
    KeyResultProgress total = read.evaluation().orElseThrow().keyResult("kr-total");
    assertThat(total.isValueRestricted()).isTrue();
    assertThat(total.getCurrentValue()).isEmpty();
    assertThat(json.toJson(read)).isEqualTo(text);
  }

  @Test
  void a_document_with_a_restricted_value_and_a_current_value_is_refused() {
    PlanView view = Access.of(planWithComputed(), Viewer.of("p-nurse", Membership.member("chu.urg")))
        .view(HiddenContributions.COUNTED_REDACTED);
    String text = json.toJson(view.evaluate(LocalDate.parse("2026-07-02")))
        .replace("\"valueRestricted\":true", "\"currentValue\":777.12,\"valueRestricted\":true");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readView(text))
        .isInstanceOf(OkrJsonException.class).hasMessageContaining("valueRestricted");
  }

  @Test
  void an_evaluation_document_of_a_view_holds_no_value_of_a_hidden_source() {
    PlanView view = Access.of(planWithComputed(), Viewer.of("p-nurse", Membership.member("chu.urg")))
        .view(HiddenContributions.COUNTED_REDACTED);
    String text = json.toJson(EvaluationDocument.of(view.evaluate(LocalDate.parse("2026-07-02"))));
    assertThat(text).doesNotContain("777.12").contains("\"valueRestricted\":true");
    DocumentSchemas.assertValidEvaluation(text, "the nurse's evaluation");
  }

  @Test
  void a_left_out_view_has_no_marker_and_figures_of_what_the_viewer_sees() {
    PlanView view = nurseView(HiddenContributions.LEFT_OUT);
    String text = json.toJson(view.evaluate(LocalDate.parse("2026-07-02")));
    assertThat(text).contains("\"policy\":\"left_out\"").contains("\"restrictedLinks\":[]");
    ViewDocument read = json.readView(text);
    assertThat(read.restrictedLinks()).isEmpty();
    assertThat(read.evaluation().orElseThrow().objective("o-open").getProgress()).hasValue(0.5);
    DocumentSchemas.assertValidView(text, "left out");
  }

  @Test
  void a_view_without_evaluation_leaves_it_out() {
    String text = json.toJson(nurseView(HiddenContributions.COUNTED_REDACTED));
    assertThat(text).doesNotContain("\"evaluation\"");
    assertThat(json.readView(text).evaluation()).isEmpty();
    DocumentSchemas.assertValidView(text, "without evaluation");
  }
}
