package fr.okrsante.visibility;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The visibility and edit rules of DESIGN §5 written the plainest way, unit chain by unit chain,
 * as an oracle for {@link Access}: organisations of units, sharing with member structures of a
 * network, and oversight that stops at organisation boundaries, each worked out from scratch.
 */
final class ReferenceRules {

  private ReferenceRules() {}

  /** The unit and every unit above it, the unit first. */
  static List<String> selfAndAbove(Plan plan, String unitId) {
    List<String> chain = new ArrayList<>();
    Optional<OrgUnit> unit = plan.unit(unitId);
    while (unit.isPresent()) {
      chain.add(unit.get().getId());
      unit = unit.get().getParentId().flatMap(plan::unit);
    }
    return chain;
  }

  /** Whether the viewer's unit {@code unitId} lies in the subtree of {@code top} (or is it). */
  static boolean inSubtree(Plan plan, String unitId, String top) {
    return selfAndAbove(plan, unitId).contains(top);
  }

  /** Whether a unit is an organisation of its own (DESIGN §5): an organisation, a network or a partner. */
  static boolean isOrganisation(Plan plan, String unitId) {
    UnitKind kind = plan.unit(unitId).orElseThrow().getKind();
    return kind == UnitKind.ORGANISATION || kind == UnitKind.NETWORK || kind == UnitKind.PARTNER;
  }

  /** The nearest unit at or above the unit that is an organisation of its own, or the root of its tree. */
  static String organisationOf(Plan plan, String unitId) {
    List<String> chain = selfAndAbove(plan, unitId);
    if (chain.isEmpty()) {
      return unitId;
    }
    for (String unit : chain) {
      if (isOrganisation(plan, unit)) {
        return unit;
      }
    }
    return chain.get(chain.size() - 1);
  }

  /**
   * Whether a member of {@code unitId} sees the {@code ORGANISATION} objectives of {@code organisation}:
   * it is the unit's organisation, or a network above the unit with no partner between them.
   */
  static boolean sharesOrganisation(Plan plan, String unitId, String organisation) {
    if (organisationOf(plan, unitId).equals(organisation)) {
      return true;
    }
    if (plan.unit(organisation).map(u -> u.getKind() != UnitKind.NETWORK).orElse(true)) {
      return false;
    }
    for (String unit : selfAndAbove(plan, unitId)) {
      if (unit.equals(organisation)) {
        return true;
      }
      if (plan.unit(unit).orElseThrow().getKind() == UnitKind.PARTNER) {
        return false;
      }
    }
    return false;
  }

  /** Whether an overseer of {@code overseen} oversees {@code owner}: at or above it, within its organisation. */
  static boolean oversees(Plan plan, String overseen, String owner) {
    return selfAndAbove(plan, owner).contains(overseen)
        && organisationOf(plan, owner).equals(organisationOf(plan, overseen));
  }

  static boolean canView(Plan plan, Viewer viewer, Objective objective) {
    Visibility visibility = objective.getVisibility();
    if (visibility == Visibility.PUBLIC || objective.getGrantedPersonIds().contains(viewer.getId())) {
      return true;
    }
    String owner = objective.getOwnerUnitId();
    String organisation = organisationOf(plan, owner);
    for (Membership m : viewer.getMemberships()) {
      if (plan.unit(m.getUnitId()).isEmpty()) {
        continue;
      }
      List<String> chain = selfAndAbove(plan, m.getUnitId());
      boolean oversees = m.getRole() == Role.OVERSEER && oversees(plan, m.getUnitId(), owner);
      boolean organisationMember = visibility == Visibility.ORGANISATION
          && sharesOrganisation(plan, m.getUnitId(), organisation);
      boolean unitMember = visibility == Visibility.UNIT && chain.contains(owner);
      boolean lead = visibility == Visibility.PRIVATE && m.getRole() == Role.LEAD && m.getUnitId().equals(owner);
      boolean granted = objective.getGrantedUnitIds().stream().anyMatch(chain::contains);
      if (oversees || organisationMember || unitMember || lead || granted) {
        return true;
      }
    }
    return false;
  }

  static boolean canEdit(Plan plan, Viewer viewer, Objective objective) {
    if (!canView(plan, viewer, objective)) {
      return false;
    }
    String owner = objective.getOwnerUnitId();
    for (Membership m : viewer.getMemberships()) {
      if (plan.unit(m.getUnitId()).isEmpty()) {
        continue;
      }
      boolean ownUnit = m.getRole() != Role.OVERSEER && m.getUnitId().equals(owner);
      boolean oversees = m.getRole() == Role.OVERSEER && oversees(plan, m.getUnitId(), owner);
      if (ownUnit || oversees) {
        return true;
      }
    }
    return false;
  }

  /** The units a view must show: the viewer's and the visible objectives' owner and granted units, and all above. */
  static Set<String> neededUnits(Plan plan, Viewer viewer, List<Objective> visible) {
    Set<String> units = new TreeSet<>();
    for (Membership m : viewer.getMemberships()) {
      units.addAll(selfAndAbove(plan, m.getUnitId()));
    }
    for (Objective objective : visible) {
      units.addAll(selfAndAbove(plan, objective.getOwnerUnitId()));
      for (String granted : objective.getGrantedUnitIds()) {
        units.addAll(selfAndAbove(plan, granted));
      }
    }
    return units;
  }
}
