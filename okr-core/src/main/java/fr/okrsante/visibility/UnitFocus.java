package fr.okrsante.visibility;

import fr.okrsante.plan.AlignmentGraph;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnknownIdException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One unit's work in context: the objectives the unit owns and the chain of objectives they serve
 * upward (the "why"), and nothing else.
 *
 * <p>A service sees its own objectives and how they serve the pôle's, the establishment's and the
 * territory's, without being flooded by the rest of the hospital. Objectives owned by sub-units
 * are not the unit's own. The focus is about relevance, not rights: it ignores visibility, and a
 * host that shows it to a person should build it from that person's {@link PlanView#toPlan() view}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitFocus {

  private final String unitId;
  private final List<Objective> own;
  private final List<Objective> served;
  private final Plan focused;

  private UnitFocus(String unitId, List<Objective> own, List<Objective> served, Plan focused) {
    this.unitId = unitId;
    this.own = own;
    this.served = served;
    this.focused = focused;
  }

  /**
   * Obtains the focus of a plan on a unit.
   *
   * @param plan the plan
   * @param unitId the unit id
   * @return the focus
   * @throws UnknownIdException if the plan has no such unit
   */
  public static UnitFocus of(Plan plan, String unitId) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unitId, "unitId");
    if (plan.unit(unitId).isEmpty()) {
      throw new UnknownIdException("unit", unitId);
    }
    AlignmentGraph graph = plan.alignment();
    List<Objective> own = new ArrayList<>();
    Set<String> ownIds = new TreeSet<>();
    Set<String> servedIds = new TreeSet<>();
    for (Objective objective : plan.getObjectives()) {
      if (objective.getOwnerUnitId().equals(unitId)) {
        own.add(objective);
        ownIds.add(objective.getId());
      }
    }
    for (String id : ownIds) {
      servedIds.addAll(graph.ancestors(id));
    }
    servedIds.removeAll(ownIds);
    List<Objective> served = new ArrayList<>();
    for (String id : servedIds) {
      served.add(plan.objective(id).orElseThrow());
    }
    Set<String> included = new TreeSet<>(ownIds);
    included.addAll(servedIds);
    Plan focused = plan.restrictedTo(included, List.of(unitId));
    return new UnitFocus(unitId, Collections.unmodifiableList(own), Collections.unmodifiableList(served), focused);
  }

  /**
   * Returns the unit in focus.
   *
   * @return the unit id
   */
  public String getUnitId() {
    return unitId;
  }

  /**
   * Returns the objectives the unit owns.
   *
   * @return the unit's objectives, by id
   */
  public List<Objective> getOwnObjectives() {
    return own;
  }

  /**
   * Returns the objectives the unit's objectives serve, directly or not, that the unit does not own.
   *
   * @return the served objectives, by id
   */
  public List<Objective> getServedObjectives() {
    return served;
  }

  /**
   * Returns the links among the objectives in focus: each leads from an objective in focus to one
   * it serves.
   *
   * @return the links, by child id then parent id
   */
  public List<AlignmentLink> getLinks() {
    return focused.getLinks();
  }

  /**
   * Returns the focus as a plan of its own, cut from the plan with
   * {@link Plan#restrictedTo(java.util.Collection, java.util.Collection)}: the objectives in focus,
   * the links among them, the units they name and the unit in focus (with those above), the cycles
   * and the initiatives of their key results. A computed key result there keeps only its sources
   * in focus. Evaluating it computes progress on the focus alone.
   *
   * @return the focused plan, valid
   */
  public Plan toPlan() {
    return focused;
  }

  /**
   * Returns a one-line summary: counts only.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "UnitFocus[" + unitId + ", " + own.size() + " own, " + served.size() + " served]";
  }
}
