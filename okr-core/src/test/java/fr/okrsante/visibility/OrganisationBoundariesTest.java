package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Visibility stops at organisation boundaries (DESIGN §5): a territorial plan whose root is a
 * CPTS, with a member hospital and its services, a member MSP and a partner laboratory.
 *
 * <pre>
 * cpts (NETWORK)
 *  ├─ cpts.bureau (TEAM: the CPTS's own working group)
 *  ├─ chu (ORGANISATION, member hospital)
 *  │   └─ chu.pole (POLE)
 *  │       ├─ chu.urgences (SERVICE)
 *  │       └─ chu.ehpad (ORGANISATION: an EHPAD run by the hospital, its own organisation)
 *  ├─ msp (ORGANISATION, member MSP)
 *  └─ labo (PARTNER)
 *      └─ labo.equipe (TEAM)
 * </pre>
 */
class OrganisationBoundariesTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  private static final Viewer CPTS_OVERSEER = Viewer.of("p-cpts-dir", Membership.overseer("cpts"));
  private static final Viewer CPTS_COORDINATOR = Viewer.of("p-cpts-coord", Membership.member("cpts.bureau"));
  private static final Viewer CHU_DIRECTION = Viewer.of("p-chu-dir", Membership.overseer("chu"));
  private static final Viewer URGENCES_NURSE = Viewer.of("p-ide", Membership.member("chu.urgences"));
  private static final Viewer EHPAD_MEMBER = Viewer.of("p-ehpad", Membership.member("chu.ehpad"));
  private static final Viewer MSP_MEMBER = Viewer.of("p-msp", Membership.member("msp"));
  private static final Viewer PARTNER_LEAD = Viewer.of("p-labo", Membership.lead("labo"));
  private static final Viewer PARTNER_TEAM = Viewer.of("p-labo-eq", Membership.member("labo.equipe"));

  private static final Plan PLAN = plan();

  static Plan plan() {
    return Plan.builder()
        .title("Plan territorial de la CPTS 2026")
        .addUnits(
            OrgUnit.of("cpts", "CPTS du Hainaut", UnitKind.NETWORK),
            OrgUnit.of("cpts.bureau", "Bureau de la CPTS", UnitKind.TEAM, "cpts"),
            OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION, "cpts"),
            OrgUnit.of("chu.pole", "Pôle médecine", UnitKind.POLE, "chu"),
            OrgUnit.of("chu.urgences", "Urgences", UnitKind.SERVICE, "chu.pole"),
            OrgUnit.of("chu.ehpad", "EHPAD du centre hospitalier", UnitKind.ORGANISATION, "chu.pole"),
            OrgUnit.of("msp", "MSP des Remparts", UnitKind.ORGANISATION, "cpts"),
            OrgUnit.of("labo", "Laboratoire partenaire", UnitKind.PARTNER, "cpts"),
            OrgUnit.of("labo.equipe", "Équipe de biologie", UnitKind.TEAM, "labo"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(
            objective("cpts-public", "cpts", Visibility.PUBLIC),
            objective("cpts-interne", "cpts", Visibility.ORGANISATION),
            objective("cpts-gouvernance", "cpts", Visibility.PRIVATE),
            objective("cpts-bureau", "cpts.bureau", Visibility.UNIT),
            objective("chu-public", "chu", Visibility.PUBLIC),
            objective("chu-interne", "chu", Visibility.ORGANISATION),
            objective("urg-unit", "chu.urgences", Visibility.UNIT),
            objective("urg-private", "chu.urgences", Visibility.PRIVATE),
            objective("urg-partage", "chu.urgences", Visibility.PRIVATE).toBuilder().addGrantedUnitIds("cpts.bureau").build(),
            objective("ehpad-interne", "chu.ehpad", Visibility.ORGANISATION),
            objective("msp-interne", "msp", Visibility.ORGANISATION),
            objective("labo-interne", "labo", Visibility.ORGANISATION),
            objective("labo-equipe", "labo.equipe", Visibility.UNIT))
        .build();
  }

  private static Objective objective(String id, String owner, Visibility visibility) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId(owner).cycleId("2026").visibility(visibility)
        .addKeyResults(KeyResult.builder().id(id + ".kr").title("Résultat de " + id)
            .metric(MoveToTarget.of("0", Target.absolute("10"))).build())
        .build();
  }

  private static List<String> visibleIds(Viewer viewer) {
    return Access.of(PLAN, viewer).view().getObjectives().stream().map(Objective::getId).toList();
  }

  @Test
  void the_network_overseer_sees_the_network_s_objectives_and_only_what_members_share() {
    assertThat(visibleIds(CPTS_OVERSEER)).containsExactly(
        "chu-public", "cpts-bureau", "cpts-gouvernance", "cpts-interne", "cpts-public");
  }

  @Test
  void the_network_overseer_does_not_see_a_member_hospital_s_organisation_objectives() {
    Access access = Access.of(PLAN, CPTS_OVERSEER);
    assertThat(access.canView("chu-interne")).isFalse();
    assertThat(access.canView("msp-interne")).isFalse();
    assertThat(access.canView("urg-private")).as("oversight does not cross into the hospital").isFalse();
    assertThat(access.canView("labo-interne")).isFalse();
  }

  @Test
  void a_grant_to_a_network_unit_still_crosses_the_boundary() {
    assertThat(Access.of(PLAN, CPTS_COORDINATOR).canView("urg-partage")).isTrue();
    assertThat(visibleIds(CPTS_COORDINATOR)).containsExactly(
        "chu-public", "cpts-bureau", "cpts-interne", "cpts-public", "urg-partage");
  }

  @Test
  void network_organisation_objectives_are_shared_with_member_structures() {
    assertThat(Access.of(PLAN, URGENCES_NURSE).canView("cpts-interne")).isTrue();
    assertThat(Access.of(PLAN, MSP_MEMBER).canView("cpts-interne")).isTrue();
    assertThat(Access.of(PLAN, EHPAD_MEMBER).canView("cpts-interne")).as("a member of a member").isTrue();
  }

  @Test
  void network_organisation_objectives_are_never_shared_with_partners() {
    assertThat(visibleIds(PARTNER_LEAD)).containsExactly("chu-public", "cpts-public", "labo-interne");
    assertThat(visibleIds(PARTNER_TEAM)).containsExactly("chu-public", "cpts-public", "labo-equipe", "labo-interne");
  }

  @Test
  void a_member_hospital_s_organisation_objectives_stay_inside_the_hospital() {
    assertThat(Access.of(PLAN, URGENCES_NURSE).canView("chu-interne")).isTrue();
    for (Viewer outside : List.of(CPTS_OVERSEER, CPTS_COORDINATOR, MSP_MEMBER, PARTNER_LEAD, EHPAD_MEMBER)) {
      assertThat(Access.of(PLAN, outside).canView("chu-interne")).as(outside.toString()).isFalse();
    }
  }

  @Test
  void a_member_structure_does_not_see_another_member_s_organisation_objectives() {
    assertThat(visibleIds(MSP_MEMBER)).containsExactly("chu-public", "cpts-interne", "cpts-public", "msp-interne");
  }

  @Test
  void the_hospital_direction_oversees_its_services_but_not_the_ehpad_it_runs() {
    assertThat(visibleIds(CHU_DIRECTION)).containsExactly(
        "chu-interne", "chu-public", "cpts-interne", "cpts-public", "urg-partage", "urg-private", "urg-unit");
  }

  @Test
  void a_nested_organisation_keeps_its_organisation_objectives_from_the_one_around_it() {
    assertThat(visibleIds(EHPAD_MEMBER)).containsExactly("chu-public", "cpts-interne", "cpts-public", "ehpad-interne");
    assertThat(Access.of(PLAN, URGENCES_NURSE).canView("ehpad-interne")).isFalse();
  }

  @Test
  void the_network_overseer_does_not_edit_a_member_s_public_objective() {
    Access access = Access.of(PLAN, CPTS_OVERSEER);
    assertThat(access.canView("chu-public")).isTrue();
    assertThat(access.canEdit("chu-public")).isFalse();
    assertThat(access.canEdit("cpts-bureau")).isTrue();
    assertThatThrownBy(() -> access.withCheckIn("chu-public.kr", CheckIn.of(JUNE, "3")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void the_hospital_direction_edits_its_services_objectives_and_not_the_ehpad_s() {
    Access access = Access.of(PLAN, CHU_DIRECTION);
    assertThat(access.canEdit("urg-private")).isTrue();
    assertThat(access.canEdit("chu-interne")).isTrue();
    assertThat(access.canEdit("ehpad-interne")).isFalse();
    assertThat(access.canEdit("cpts-interne")).as("sees it as a member structure, does not own it").isFalse();
  }

  @Test
  void the_view_of_a_partner_holds_no_text_of_the_network_s_internal_objectives() {
    ViewStrings strings = ViewStrings.of(Access.of(PLAN, PARTNER_LEAD).view());
    assertThat(String.join("\n", strings.strings())).doesNotContain("cpts-interne", "chu-interne", "cpts-gouvernance");
  }
}
