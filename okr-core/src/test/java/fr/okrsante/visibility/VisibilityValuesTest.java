package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Objective;
import org.junit.jupiter.api.Test;

/** The small values of the visibility package: identity, order and wording. */
class VisibilityValuesTest {

  // ---------------------------------------------------------------- restricted links

  @Test
  void two_restricted_links_with_the_same_side_objective_and_mode_are_equal_with_the_same_hash() {
    RestrictedLink a = RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, true);
    RestrictedLink b = RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, true);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void restricted_links_differing_in_objective_side_or_mode_are_not_equal() {
    RestrictedLink a = RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, true);
    assertThat(a).isNotEqualTo(RestrictedLink.of("obj-b", RestrictedLink.HiddenSide.CHILD, true))
        .isNotEqualTo(RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.PARENT, true))
        .isNotEqualTo(RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, false))
        .isNotEqualTo("obj-a");
  }

  @Test
  void restricted_links_differing_in_objective_have_different_hashes() {
    assertThat(RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, true).hashCode())
        .isNotEqualTo(RestrictedLink.of("obj-b", RestrictedLink.HiddenSide.CHILD, true).hashCode());
  }

  @Test
  void a_restricted_link_describes_its_hidden_side_objective_and_mode() {
    assertThat(RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.CHILD, true))
        .hasToString("restricted CHILD of obj-a (contributes)");
    assertThat(RestrictedLink.of("obj-a", RestrictedLink.HiddenSide.PARENT, false))
        .hasToString("restricted PARENT of obj-a (informs)");
  }

  // ---------------------------------------------------------------- memberships

  @Test
  void memberships_order_by_unit_first() {
    assertThat(Membership.overseer("a").compareTo(Membership.member("b"))).isNegative();
    assertThat(Membership.member("b").compareTo(Membership.overseer("a"))).isPositive();
  }

  @Test
  void memberships_of_one_unit_order_by_role() {
    assertThat(Membership.member("a").compareTo(Membership.lead("a"))).isNegative();
    assertThat(Membership.overseer("a").compareTo(Membership.lead("a"))).isPositive();
    assertThat(Membership.member("a").compareTo(Membership.member("a"))).isZero();
  }

  @Test
  void two_memberships_with_the_same_unit_and_role_are_equal_with_the_same_hash() {
    assertThat(Membership.lead("chu")).isEqualTo(Membership.of("chu", Role.LEAD)).hasSameHashCodeAs(Membership.lead("chu"));
  }

  @Test
  void memberships_differing_in_unit_or_role_are_not_equal() {
    assertThat(Membership.lead("chu")).isNotEqualTo(Membership.member("chu")).isNotEqualTo(Membership.lead("cpts"))
        .isNotEqualTo("LEAD@chu");
  }

  @Test
  void memberships_differing_in_unit_have_different_hashes() {
    assertThat(Membership.lead("chu").hashCode()).isNotEqualTo(Membership.lead("cpts").hashCode());
  }

  // ---------------------------------------------------------------- viewers

  @Test
  void two_viewers_with_the_same_id_and_memberships_are_equal_with_the_same_hash() {
    Viewer a = Viewer.of("p-1", Membership.member("chu"), Membership.lead("cpts"));
    Viewer b = Viewer.of("p-1", Membership.lead("cpts"), Membership.member("chu"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void viewers_differing_in_id_or_memberships_are_not_equal() {
    Viewer a = Viewer.of("p-1", Membership.member("chu"));
    assertThat(a).isNotEqualTo(Viewer.of("p-2", Membership.member("chu")))
        .isNotEqualTo(Viewer.of("p-1", Membership.lead("chu")))
        .isNotEqualTo("p-1");
  }

  @Test
  void viewers_differing_in_id_have_different_hashes() {
    assertThat(Viewer.of("p-1").hashCode()).isNotEqualTo(Viewer.of("p-2").hashCode());
  }

  // ---------------------------------------------------------------- unit focus

  @Test
  void a_unit_focus_names_its_unit() {
    assertThat(UnitFocus.of(HealthScenarios.plan(), "chu.urgences").getUnitId()).isEqualTo("chu.urgences");
  }

  @Test
  void a_unit_focus_summarises_its_counts() {
    UnitFocus focus = UnitFocus.of(HealthScenarios.plan(), "chu.urgences");
    assertThat(focus.getOwnObjectives()).extracting(Objective::getId).containsExactly("urg-attente", "urg-qvct");
    assertThat(focus.getServedObjectives()).extracting(Objective::getId).containsExactly("cpts-acces", "etab-securite");
    assertThat(focus).hasToString("UnitFocus[chu.urgences, 2 own, 2 served]");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void a_refused_check_in_says_so() {
    assertThat(new AccessDeniedException("p-1", "kr-1", Write.ADD_CHECK_IN).getMessage())
        .startsWith("'p-1' may not add a check-in to key result 'kr-1': ");
  }

  @Test
  void a_refused_objective_change_says_so() {
    assertThat(new AccessDeniedException("p-1", "obj-1", Write.PUT_OBJECTIVE).getMessage())
        .startsWith("'p-1' may not add or change objective 'obj-1': ");
  }

  @Test
  void a_refused_new_link_says_so() {
    assertThat(new AccessDeniedException("p-1", "obj-1", Write.ADD_LINK).getMessage())
        .startsWith("'p-1' may not add a link involving objective 'obj-1': ");
  }

  @Test
  void a_refused_link_removal_says_so() {
    assertThat(new AccessDeniedException("p-1", "obj-1", Write.REMOVE_LINK).getMessage())
        .startsWith("'p-1' may not remove a link from objective 'obj-1': ");
  }
}
