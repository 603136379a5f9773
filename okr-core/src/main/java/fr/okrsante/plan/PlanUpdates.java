package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a structural update of a valid plan derives the new plan: when a local check shows the plan
 * stays valid ({@link PlanValidator#mayAddObjective}, {@link PlanValidator#mayAddLink}, removing a
 * link), the new plan shares what did not change and its structure is moved, not compiled again;
 * otherwise the plan is rebuilt and checked in full, which reports every problem as a build would.
 * On a national plan the first takes milliseconds, the second about a second.
 */
final class PlanUpdates {

  private static final Logger LOG = LoggerFactory.getLogger(PlanUpdates.class);

  private PlanUpdates() {}

  /** Appends a check-in: one key result, one objective and one chunk of the list are new; the rest is shared. */
  static Plan withCheckIn(Plan plan, String keyResultId, CheckIn checkIn) {
    PlanStructure s = plan.structure();
    int g = s.keyResultIndex(keyResultId);
    if (g < 0) {
      throw new UnknownIdException("key result", keyResultId);
    }
    int objectivePosition = s.keyResultObjective[g];
    int keyResultPosition = g - s.keyResultStart[objectivePosition];
    Objective objective = plan.objectiveList().get(objectivePosition);
    KeyResult updated;
    try {
      updated = objective.getKeyResults().get(keyResultPosition).withCheckIn(checkIn);
    } catch (InvalidPlanException e) {
      throw prefixed(e, ProblemPath.of("objectives").element(objective.getId()));
    }
    Objective changed = objective.withKeyResultAt(keyResultPosition, updated);
    LOG.debug("check-in added to a key result of objective position {}", objectivePosition);
    return plan.with(plan.objectiveList().with(objectivePosition, changed), plan.getLinks(), s);
  }

  private static InvalidPlanException prefixed(InvalidPlanException e, ProblemPath prefix) {
    List<PlanProblem> problems = new ArrayList<>();
    for (PlanProblem problem : e.getProblems()) {
      problems.add(problem.under(prefix));
    }
    return new InvalidPlanException(problems);
  }

  static Plan withObjective(Plan plan, Objective objective) {
    PlanStructure s = plan.structure();
    int at = s.objectivePosition(objective.getId());
    Objective replaced = at < 0 ? null : plan.objectiveList().get(at);
    if (!PlanValidator.mayAddObjective(s, objective, replaced)) {
      return replacing(plan, b -> b.objectives, objective, Objective::getId);
    }
    // Checked against this valid plan without a whole check; the structure moves what follows it.
    LOG.debug("objective {} without a whole check", at < 0 ? "added" : "replaced");
    if (at >= 0) {
      return plan.with(plan.objectiveList().with(at, objective), plan.getLinks(), s.withObjectiveAt(at, false, objective));
    }
    int p = -Arrays.binarySearch(s.objectiveIds, objective.getId()) - 1;
    return plan.with(plan.objectiveList().withInserted(p, objective), plan.getLinks(),
        s.withObjectiveAt(p, true, objective));
  }

  static Plan withoutObjective(Plan plan, String objectiveId) {
    if (plan.structure().objectivePosition(objectiveId) < 0) {
      throw new UnknownIdException("objective", objectiveId);
    }
    Plan.Builder builder = plan.toBuilder();
    builder.objectives.removeIf(o -> o.getId().equals(objectiveId));
    builder.links.removeIf(l -> l.getChildId().equals(objectiveId) || l.getParentId().equals(objectiveId));
    return builder.build();
  }

  static Plan withLink(Plan plan, AlignmentLink link) {
    PlanStructure s = plan.structure();
    int child = s.objectivePosition(link.getChildId());
    int parent = s.objectivePosition(link.getParentId());
    if (!PlanValidator.mayAddLink(s, child, parent)) {
      return plan.toBuilder().addLink(link).build();
    }
    List<AlignmentLink> links = plan.getLinks();
    int at = -Collections.binarySearch(links, link, PlanStructure.LINK_ORDER) - 1;
    List<AlignmentLink> changed = new ArrayList<>(links.size() + 1);
    changed.addAll(links);
    changed.add(at, link);
    LOG.debug("link added without a whole check");
    return plan.with(plan.objectiveList(), List.copyOf(changed), s.withLinkAt(at, link, child, parent));
  }

  static Plan withoutLink(Plan plan, String childId, String parentId) {
    PlanStructure s = plan.structure();
    int child = s.objectivePosition(childId);
    if (child >= 0) {
      List<AlignmentLink> links = plan.getLinks();
      for (int l : s.up[child]) {
        if (links.get(l).getParentId().equals(parentId)) {
          // Removing a link closes no cycle and leaves no reference dangling.
          List<AlignmentLink> changed = new ArrayList<>(links);
          changed.remove(l);
          return plan.with(plan.objectiveList(), List.copyOf(changed), s.withoutLinkAt(l));
        }
      }
    }
    throw new UnknownIdException("link", childId + "→" + parentId);
  }

  /** Rebuilds a plan with {@code item} in place of the item with the same id, or added. */
  static <T> Plan replacing(Plan plan, Function<Plan.Builder, List<T>> list, T item, Function<T, String> id) {
    Plan.Builder builder = plan.toBuilder();
    List<T> items = list.apply(builder);
    String key = id.apply(item);
    items.removeIf(existing -> id.apply(existing).equals(key));
    items.add(item);
    return builder.build();
  }
}
