package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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

  /**
   * Appends a batch of check-ins: grouped per key result (a hash set of source references per key
   * result that takes one, for the skips), each key result's group appended at once into columns
   * of the exact size and the key result checked once, one new objective per objective touched,
   * the objective list's touched chunks copied once, and one new plan. All or nothing: the first
   * key result (in plan order) that refuses its check-ins throws, and nothing is kept.
   */
  static AppendedCheckIns withCheckIns(Plan plan, Collection<KeyResultCheckIn> items) {
    PlanStructure s = plan.structure();
    Map<String, Batch> byId = new HashMap<>();
    List<Batch> batches = new ArrayList<>();
    List<KeyResultCheckIn> applied = new ArrayList<>(items.size());
    List<KeyResultCheckIn> skipped = new ArrayList<>();
    for (KeyResultCheckIn item : items) {
      Objects.requireNonNull(item, "checkIns[]");
      String id = item.getKeyResultId();
      Batch batch = byId.get(id);
      if (batch == null) {
        int g = s.keyResultIndex(id);
        if (g < 0) {
          throw new UnknownIdException("key result", id);
        }
        batch = new Batch(g);
        byId.put(id, batch);
        batches.add(batch);
      }
      CheckIn checkIn = item.getCheckIn();
      String ref = checkIn.getSourceRef().orElse(null);
      if (ref != null && !batch.sourceRefs(plan, s).add(ref)) {
        skipped.add(item);
      } else {
        batch.checkIns.add(checkIn);
        applied.add(item);
      }
    }
    if (applied.isEmpty()) {
      return new AppendedCheckIns(plan, applied, skipped);
    }
    batches.sort(Comparator.comparingInt(b -> b.keyResult));
    ChunkedList<Objective> objectives = plan.objectiveList();
    int[] positions = new int[batches.size()];
    Objective[] changed = new Objective[batches.size()];
    int count = 0;
    for (int i = 0; i < batches.size(); ) {
      int objectivePosition = s.keyResultObjective[batches.get(i).keyResult];
      Objective objective = objectives.get(objectivePosition);
      List<KeyResult> keyResults = new ArrayList<>(objective.getKeyResults());
      boolean any = false;
      for (; i < batches.size() && s.keyResultObjective[batches.get(i).keyResult] == objectivePosition; i++) {
        Batch batch = batches.get(i);
        if (batch.checkIns.isEmpty()) {
          continue;
        }
        int at = batch.keyResult - s.keyResultStart[objectivePosition];
        try {
          keyResults.set(at, keyResults.get(at).withCheckIns(batch.checkIns));
        } catch (InvalidPlanException e) {
          throw prefixed(e, ProblemPath.of("objectives").element(objective.getId()));
        }
        any = true;
      }
      if (any) {
        positions[count] = objectivePosition;
        changed[count] = ((ImmutableObjective) ImmutableObjective.copyOf(objective)).withKeyResults(keyResults);
        count++;
      }
    }
    LOG.debug("check-in batch: {} applied to {} objectives, {} skipped", applied.size(), count, skipped.size());
    return new AppendedCheckIns(plan.with(objectives.withAll(positions, changed, count), plan.getLinks(), s), applied,
        skipped);
  }

  /** The new check-ins of one key result, and the source references it holds once they are needed. */
  private static final class Batch {
    final int keyResult;
    final List<CheckIn> checkIns = new ArrayList<>();
    private @Nullable Set<String> sourceRefs;

    Batch(int keyResult) {
      this.keyResult = keyResult;
    }

    /** The source references of the key result's check-ins, read once, then those of the batch added. */
    Set<String> sourceRefs(Plan plan, PlanStructure s) {
      if (sourceRefs == null) {
        int objectivePosition = s.keyResultObjective[keyResult];
        CheckInColumns columns = plan.objectiveList().get(objectivePosition).getKeyResults()
            .get(keyResult - s.keyResultStart[objectivePosition]).checkInColumns();
        Set<String> refs = new HashSet<>();
        for (int i = 0, n = columns.size(); i < n; i++) {
          String ref = columns.sourceRef(i);
          if (ref != null) {
            refs.add(ref);
          }
        }
        sourceRefs = refs;
      }
      return sourceRefs;
    }
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
