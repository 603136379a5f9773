package fr.okrsante.visibility;

import static fr.okrsante.visibility.HealthScenarios.CARDIO_MEMBER;
import static fr.okrsante.visibility.HealthScenarios.DIRECTION;
import static fr.okrsante.visibility.HealthScenarios.DRH_GRANTED;
import static fr.okrsante.visibility.HealthScenarios.JUNE;
import static fr.okrsante.visibility.HealthScenarios.MSP_PARTNER;
import static fr.okrsante.visibility.HealthScenarios.NOBODY;
import static fr.okrsante.visibility.HealthScenarios.URGENCES_LEAD;
import static fr.okrsante.visibility.HealthScenarios.URGENCES_NURSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sees and edits what in a hospital and CPTS plan; each viewer sees exactly what they should. */
class VisibilityScenariosTest {

  private static final Plan PLAN = HealthScenarios.plan();

  private static List<String> visibleIds(Viewer viewer) {
    return Access.of(PLAN, viewer).view().getObjectives().stream().map(Objective::getId).toList();
  }

  @Test
  void the_direction_overseeing_the_establishment_sees_all_of_it_and_public_partner_work() {
    assertThat(visibleIds(DIRECTION)).containsExactly(
        "cardio-parcours", "cpts-acces", "etab-cpom", "etab-securite", "urg-attente", "urg-qvct");
  }

  @Test
  void a_service_manager_sees_the_private_objective_of_the_service_but_not_the_direction_s() {
    assertThat(visibleIds(URGENCES_LEAD)).containsExactly(
        "cardio-parcours", "cpts-acces", "etab-securite", "urg-attente", "urg-qvct");
  }

  @Test
  void a_nurse_of_the_service_sees_unit_objectives_but_not_the_private_one() {
    assertThat(visibleIds(URGENCES_NURSE)).containsExactly(
        "cardio-parcours", "cpts-acces", "etab-securite", "urg-attente");
  }

  @Test
  void a_member_of_another_service_sees_organisation_and_public_objectives_only() {
    assertThat(visibleIds(CARDIO_MEMBER)).containsExactly("cardio-parcours", "cpts-acces", "etab-securite");
  }

  @Test
  void a_partner_structure_of_the_cpts_sees_public_territory_and_hospital_objectives_not_the_cpts_internal_ones() {
    // Issue 12: a partner is its own organisation; the CPTS's ORGANISATION objectives stay with its members.
    assertThat(visibleIds(MSP_PARTNER)).containsExactly("cpts-acces", "etab-securite", "msp-snp");
  }

  @Test
  void a_person_granted_a_private_objective_sees_it_without_being_in_the_unit() {
    assertThat(visibleIds(DRH_GRANTED)).containsExactly("cardio-parcours", "cpts-acces", "etab-securite", "urg-qvct");
  }

  @Test
  void a_viewer_without_membership_sees_public_objectives_only() {
    assertThat(visibleIds(NOBODY)).containsExactly("cpts-acces", "etab-securite");
  }

  @Test
  void a_unit_grant_reaches_the_sub_units_of_the_granted_unit() {
    Objective cpom = PLAN.objective("etab-cpom").orElseThrow().toBuilder().addGrantedUnitIds("chu.pole-med").build();
    Plan granted = PLAN.withObjective(cpom);
    assertThat(Access.of(granted, CARDIO_MEMBER).canView("etab-cpom")).isTrue();
    assertThat(Access.of(granted, DRH_GRANTED).canView("etab-cpom")).isFalse();
  }

  @Test
  void the_private_qvct_objective_is_a_restricted_contribution_for_other_services() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view();
    assertThat(view.getLinks()).isEmpty();
    assertThat(view.restrictedContributionCount("etab-securite")).isEqualTo(2);
    assertThat(view.restrictedLinksOf("etab-securite")).containsExactly(
        RestrictedLink.of("etab-securite", RestrictedLink.HiddenSide.CHILD, true),
        RestrictedLink.of("etab-securite", RestrictedLink.HiddenSide.CHILD, true));
    assertThat(view.restrictedLinksOf("cpts-acces")).containsExactlyInAnyOrder(
        RestrictedLink.of("cpts-acces", RestrictedLink.HiddenSide.CHILD, true),
        RestrictedLink.of("cpts-acces", RestrictedLink.HiddenSide.CHILD, false));
    assertThat(view.restrictedContributionCount("cpts-acces")).as("msp-snp contributes, urg-attente informs").isEqualTo(1);
  }

  @Test
  void the_nurse_sees_one_restricted_contribution_beside_the_service_s_own() {
    PlanView view = Access.of(PLAN, URGENCES_NURSE).view();
    assertThat(view.getLinks()).containsExactly(
        AlignmentLink.of("urg-attente", "cpts-acces", 1, fr.okrsante.plan.LinkMode.INFORMS),
        AlignmentLink.of("urg-attente", "etab-securite"));
    assertThat(view.restrictedContributionCount("etab-securite")).isEqualTo(1);
  }

  @Test
  void left_out_leaves_no_marker_of_hidden_links() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view(HiddenContributions.LEFT_OUT);
    assertThat(view.getRestrictedLinks()).isEmpty();
    assertThat(view.restrictedContributionCount("etab-securite")).isZero();
  }

  @Test
  void the_view_shows_visible_objectives_exactly_as_in_the_plan() {
    PlanView view = Access.of(PLAN, URGENCES_LEAD).view();
    assertThat(view.objective("urg-qvct")).contains(PLAN.objective("urg-qvct").orElseThrow());
    assertThat(view.objective("etab-cpom")).isEmpty();
  }

  @Test
  void the_view_of_another_service_holds_no_text_of_the_private_qvct_objective() {
    PlanView view = Access.of(PLAN, CARDIO_MEMBER).view();
    String everything = String.join("\n", ViewStrings.of(view).strings());
    assertThat(everything).doesNotContain("urg-qvct", "absentéisme", "Trois arrêts", "QVCT-ABS-7", "p-cadre-urg",
        "8.75", "etab-cpom", "CPOM-FIN-3", "équilibre");
  }

  @Test
  void the_partner_sees_the_units_it_needs_and_not_the_hospital_s_services() {
    PlanView view = Access.of(PLAN, MSP_PARTNER).view();
    assertThat(view.getUnits()).extracting(OrgUnit::getId).containsExactly("chu", "cpts", "cpts.msp");
  }

  // ------------------------------------------------------------ rights

  @Test
  void the_service_manager_adds_a_check_in_to_the_private_objective() {
    Plan after = Access.of(PLAN, URGENCES_LEAD).withCheckIn("qvct.kr-absenteisme", CheckIn.of(JUNE.plusDays(1), "8.5"));
    assertThat(after.keyResult("qvct.kr-absenteisme").orElseThrow().getCheckIns()).hasSize(2);
  }

  @Test
  void a_member_of_another_service_cannot_add_a_check_in_and_the_plan_is_unchanged() {
    Access access = Access.of(PLAN, CARDIO_MEMBER);
    assertThatThrownBy(() -> access.withCheckIn("attente.kr-delai", CheckIn.of(JUNE, "200")))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.getActorId()).isEqualTo("p-ide-cardio");
          assertThat(e.getObjectId()).isEqualTo("attente.kr-delai");
          assertThat(e.getWrite()).isEqualTo(Write.ADD_CHECK_IN);
          assertThat(e.getMessage()).contains("p-ide-cardio", "attente.kr-delai");
        });
    assertThat(access.getPlan()).isEqualTo(HealthScenarios.plan());
  }

  @Test
  void a_nurse_edits_the_service_s_unit_objective_but_not_its_private_one() {
    Access access = Access.of(PLAN, URGENCES_NURSE);
    assertThat(access.canEdit("urg-attente")).isTrue();
    assertThat(access.canEdit("urg-qvct")).isFalse();
    assertThatThrownBy(() -> access.withCheckIn("qvct.kr-absenteisme", CheckIn.of(JUNE, "8")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_granted_person_sees_but_does_not_edit() {
    Access access = Access.of(PLAN, DRH_GRANTED);
    assertThat(access.canView("urg-qvct")).isTrue();
    assertThat(access.canEdit("urg-qvct")).isFalse();
  }

  @Test
  void the_direction_edits_everything_it_oversees_and_nothing_else() {
    Access access = Access.of(PLAN, DIRECTION);
    assertThat(access.canEdit("urg-qvct")).isTrue();
    assertThat(access.canEdit("etab-cpom")).isTrue();
    assertThat(access.canEdit("cpts-acces")).isFalse();
  }

  @Test
  void an_unknown_key_result_is_refused_like_a_hidden_one() {
    Access access = Access.of(PLAN, CARDIO_MEMBER);
    assertThatThrownBy(() -> access.withCheckIn("no-such-kr", CheckIn.of(JUNE, "1")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageNotContaining("unknown key result");
  }

  @Test
  void the_service_manager_links_to_a_visible_parent_but_not_to_a_hidden_one() {
    Access access = Access.of(PLAN, URGENCES_LEAD);
    Plan after = access.withLink(AlignmentLink.of("urg-qvct", "cardio-parcours"));
    assertThat(after.alignment().parents("urg-qvct")).containsExactly("cardio-parcours", "etab-securite");
    assertThatThrownBy(() -> access.withLink(AlignmentLink.of("urg-attente", "etab-cpom")))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getObjectId()).isEqualTo("etab-cpom"));
  }

  @Test
  void nobody_links_an_objective_they_cannot_edit() {
    assertThatThrownBy(() -> Access.of(PLAN, CARDIO_MEMBER).withLink(AlignmentLink.of("urg-attente", "cardio-parcours")))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getObjectId()).isEqualTo("urg-attente"));
  }

  @Test
  void a_manager_cannot_hand_an_objective_over_to_another_unit() {
    Objective moved = PLAN.objective("urg-attente").orElseThrow().toBuilder().ownerUnitId("chu.cardio").build();
    assertThatThrownBy(() -> Access.of(PLAN, URGENCES_LEAD).withObjective(moved))
        .isInstanceOf(AccessDeniedException.class);
    Plan after = Access.of(PLAN, DIRECTION).withObjective(moved);
    assertThat(after.objective("urg-attente").orElseThrow().getOwnerUnitId()).isEqualTo("chu.cardio");
  }

  @Test
  void a_manager_may_make_the_service_s_objective_public() {
    Objective opened = PLAN.objective("urg-qvct").orElseThrow().toBuilder().visibility(Visibility.PUBLIC).build();
    Plan after = Access.of(PLAN, URGENCES_LEAD).withObjective(opened);
    assertThat(Access.of(after, MSP_PARTNER).canView("urg-qvct")).isTrue();
  }

  @Test
  void a_service_member_adds_an_objective_for_the_service_but_not_for_another() {
    Objective mine = Objective.builder().id("urg-nouveau").title("Nouveau").ownerUnitId("chu.urgences").cycleId("2026").build();
    Objective theirs = mine.toBuilder().id("cardio-nouveau").ownerUnitId("chu.cardio").build();
    Access access = Access.of(PLAN, URGENCES_NURSE);
    assertThat(access.withObjective(mine).objective("urg-nouveau")).isPresent();
    assertThatThrownBy(() -> access.withObjective(theirs)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void decisions_on_an_unknown_objective_answer_as_for_a_hidden_one() {
    // Issue 12 §2: no existence oracle; an unknown id used to throw UnknownIdException.
    Access access = Access.of(PLAN, CARDIO_MEMBER);
    assertThat(access.canView("etab-cpom")).as("hidden").isFalse();
    assertThat(access.canView("nope")).as("unknown").isFalse();
    assertThat(access.canEdit("etab-cpom")).as("hidden").isFalse();
    assertThat(access.canEdit("nope")).as("unknown").isFalse();
  }

  @Test
  void key_result_and_initiative_decisions_on_an_unknown_id_answer_as_for_a_hidden_one() {
    Access access = Access.of(PLAN, CARDIO_MEMBER);
    assertThat(access.canViewKeyResult("qvct.kr-absenteisme")).as("hidden").isFalse();
    assertThat(access.canViewKeyResult("no-such-kr")).as("unknown").isFalse();
    assertThat(access.canViewInitiative("no-such-initiative")).as("unknown").isFalse();
  }

  @Test
  void a_write_on_a_hidden_objective_is_refused_exactly_as_one_on_an_unknown_objective() {
    Access access = Access.of(PLAN, CARDIO_MEMBER);
    Throwable hidden = org.assertj.core.api.Assertions.catchThrowable(
        () -> access.withCheckIn("cpom.kr-deficit", CheckIn.of(JUNE, "3")));
    Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(
        () -> access.withCheckIn("cpom.kr-inconnu", CheckIn.of(JUNE, "3")));
    assertThat(unknown).isExactlyInstanceOf(hidden.getClass());
    assertThat(unknown.getMessage()).isEqualTo(hidden.getMessage().replace("cpom.kr-deficit", "cpom.kr-inconnu"));
  }

  @Test
  void memberships_of_units_outside_the_plan_are_ignored() {
    Access access = Access.of(PLAN, Viewer.of("p-x", Membership.overseer("elsewhere")));
    assertThat(access.view().getObjectives()).extracting(Objective::getId).containsExactly("cpts-acces", "etab-securite");
  }

  @Test
  void a_viewer_s_text_leaves_out_the_person_id() {
    assertThat(URGENCES_LEAD.toString()).isEqualTo("Viewer[LEAD@chu.urgences]");
  }

  @Test
  void a_refused_link_does_not_name_the_hidden_objectives_of_the_cycle_it_would_close() {
    Plan plan = PLAN.withLink(AlignmentLink.of("cpts-acces", "urg-qvct"))
        .withLink(AlignmentLink.of("urg-qvct", "cardio-parcours"));
    Access access = Access.of(plan, CARDIO_MEMBER);
    assertThatThrownBy(() -> access.withLink(AlignmentLink.of("cardio-parcours", "cpts-acces")))
        .isInstanceOf(fr.okrsante.plan.InvalidPlanException.class)
        .hasMessageContaining("objectives you may not see")
        .hasMessageNotContaining("urg-qvct");
  }

  @Test
  void a_refused_objective_does_not_name_the_hidden_objective_whose_key_result_id_it_reuses() {
    Objective clash = Objective.builder().id("urg-nouveau").title("Nouveau").ownerUnitId("chu.urgences").cycleId("2026")
        .addKeyResults(PLAN.keyResult("qvct.kr-absenteisme").orElseThrow()).build();
    assertThatThrownBy(() -> Access.of(PLAN, URGENCES_NURSE).withObjective(clash))
        .isInstanceOf(fr.okrsante.plan.InvalidPlanException.class)
        .hasMessageContaining("objectives you may not see")
        .hasMessageNotContaining("urg-qvct");
  }

  @Test
  void a_refused_write_that_touches_nothing_hidden_keeps_its_problems() {
    assertThatThrownBy(() -> Access.of(PLAN, URGENCES_LEAD).withLink(AlignmentLink.of("urg-attente", "etab-securite")))
        .isInstanceOf(fr.okrsante.plan.InvalidPlanException.class)
        .hasMessageContaining("duplicate link");
  }

  @Test
  void a_member_of_the_establishment_does_not_see_the_unit_objectives_of_its_services() {
    assertThat(Access.of(PLAN, Viewer.of("p-x", Membership.member("chu"))).canView("urg-attente")).isFalse();
  }

  @Test
  void decisions_walk_a_deep_unit_tree_without_recursion() {
    Plan.Builder builder = Plan.builder().addUnits(OrgUnit.of("u-0", "Racine", fr.okrsante.plan.UnitKind.ORGANISATION))
        .addAllCycles(PLAN.getCycles());
    for (int depth = 1; depth <= 20_000; depth++) {
      builder.addUnits(OrgUnit.of("u-" + depth, "Niveau " + depth, fr.okrsante.plan.UnitKind.TEAM, "u-" + (depth - 1)));
    }
    Plan deep = builder.addObjectives(Objective.builder().id("o").title("Profond").ownerUnitId("u-20000").cycleId("2026")
        .visibility(Visibility.UNIT).build()).build();
    assertThat(Access.of(deep, Viewer.of("p-1", Membership.overseer("u-0"))).canEdit("o")).isTrue();
    assertThat(Access.of(deep, Viewer.of("p-2", Membership.member("u-0"))).canView("o")).isFalse();
    assertThat(Access.of(deep, Viewer.of("p-3", Membership.member("u-20000"))).canEdit("o")).isTrue();
  }

  // ------------------------------------------------------------ focus

  @Test
  void the_focus_on_a_service_holds_its_objectives_and_the_chain_they_serve() {
    UnitFocus focus = UnitFocus.of(PLAN, "chu.urgences");
    assertThat(focus.getOwnObjectives()).extracting(Objective::getId).containsExactly("urg-attente", "urg-qvct");
    assertThat(focus.getServedObjectives()).extracting(Objective::getId).containsExactly("cpts-acces", "etab-securite");
    assertThat(focus.getLinks()).hasSize(3);
  }

  @Test
  void the_focus_on_the_partner_leaves_out_the_hospital() {
    UnitFocus focus = UnitFocus.of(PLAN, "cpts.msp");
    assertThat(focus.getOwnObjectives()).extracting(Objective::getId).containsExactly("msp-snp");
    assertThat(focus.getServedObjectives()).extracting(Objective::getId).containsExactly("cpts-acces");
  }

  @Test
  void the_focus_as_a_plan_is_the_restriction_to_the_objectives_in_focus() {
    UnitFocus focus = UnitFocus.of(PLAN, "chu.urgences");
    Plan focused = focus.toPlan();
    assertThat(focused.getObjectives()).extracting(Objective::getId)
        .containsExactly("cpts-acces", "etab-securite", "urg-attente", "urg-qvct");
    assertThat(focused.getLinks()).isEqualTo(focus.getLinks());
    assertThat(focused.unit("chu.urgences")).isPresent();
    assertThat(focused).isEqualTo(PLAN.restrictedTo(
        java.util.List.of("cpts-acces", "etab-securite", "urg-attente", "urg-qvct"), java.util.List.of("chu.urgences")));
    assertThat(fr.okrsante.plan.Evaluator.standard().evaluate(focused, java.time.LocalDate.of(2026, 6, 30))
        .getObjectives()).hasSize(4);
  }
}
