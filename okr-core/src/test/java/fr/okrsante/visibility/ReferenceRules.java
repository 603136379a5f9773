package fr.okrsante.visibility;

import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The visibility and edit rules of DESIGN §5 written the plainest way, unit chain by unit chain,
 * as an oracle for {@link Access}.
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

  static boolean canView(Plan plan, Viewer viewer, Objective objective) {
    Visibility visibility = objective.getVisibility();
    if (visibility == Visibility.PUBLIC || objective.getGrantedPersonIds().contains(viewer.getId())) {
      return true;
    }
    String owner = objective.getOwnerUnitId();
    List<String> ownerChain = selfAndAbove(plan, owner);
    String organisation = ownerChain.get(ownerChain.size() - 1);
    for (Membership m : viewer.getMemberships()) {
      if (plan.unit(m.getUnitId()).isEmpty()) {
        continue;
      }
      List<String> chain = selfAndAbove(plan, m.getUnitId());
      boolean oversees = m.getRole() == Role.OVERSEER && ownerChain.contains(m.getUnitId());
      boolean organisationMember = visibility == Visibility.ORGANISATION && chain.get(chain.size() - 1).equals(organisation);
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
      boolean ownUnit = m.getRole() != Role.OVERSEER && m.getUnitId().equals(owner);
      boolean oversees = m.getRole() == Role.OVERSEER && inSubtree(plan, owner, m.getUnitId());
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
