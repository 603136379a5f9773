package fr.okrsante.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that need the whole plan: unique ids, references between items, the unit tree, cycle
 * nesting, key-result dates within their cycle, computed key results and their sources, the
 * alignment links and their cycles. Each value checks its own rules when it is built; this checks
 * how they fit together, reading the {@link PlanStructure} compiled from the same contents, and
 * collects every problem before the plan is refused.
 *
 * <p>{@link #mayAddObjective} and {@link #mayAddLink} decide, without a whole check, that a valid
 * plan stays valid after one update; when they cannot tell, the plan is checked in full, which
 * reports the problems as a build would.
 */
final class PlanValidator {

  private static final int MAX_CYCLES_REPORTED = 50;

  private final List<OrgUnit> units;
  private final List<Cycle> cycles;
  private final List<Objective> objectives;
  private final List<Initiative> initiatives;
  private final List<AlignmentLink> links;
  private final PlanStructure structure;
  private final Problems problems = new Problems();

  private PlanValidator(List<OrgUnit> units, List<Cycle> cycles, List<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links, PlanStructure structure) {
    this.units = units;
    this.cycles = cycles;
    this.objectives = objectives;
    this.initiatives = initiatives;
    this.links = links;
    this.structure = structure;
  }

  /**
   * Checks a whole plan, its contents sorted in the plan's canonical order and compiled into
   * {@code structure}.
   *
   * @throws InvalidPlanException with every problem found, if any
   */
  static void check(String title, List<FrameworkRef> requiredFrameworkRefs, List<OrgUnit> units, List<Cycle> cycles, List<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links, PlanStructure structure) {
    PlanValidator validator = new PlanValidator(units, cycles, objectives, initiatives, links, structure);
    validator.problems.controls(ProblemPath.of("title"), title, false);
    PlanHeading.checkRequired(requiredFrameworkRefs, validator.problems);
    validator.checkAll();
    validator.problems.throwIfAny();
  }

  private void checkAll() {
    duplicates(units, OrgUnit::getId, "units", "unit");
    duplicates(cycles, Cycle::getId, "cycles", "cycle");
    duplicates(objectives, Objective::getId, "objectives", "objective");
    duplicates(initiatives, Initiative::getId, "initiatives", "initiative");
    checkUnitTree();
    checkCycleNesting();
    for (int p = 0; p < objectives.size(); p++) {
      checkObjective(p);
    }
    for (Initiative initiative : initiatives) {
      for (String kr : initiative.getKeyResultIds()) {
        if (structure.keyResultIndex(kr) < 0) {
          problems.add(ProblemPath.of("initiatives").element(initiative.getId()).property("keyResultIds").element(kr),
              PlanProblem.Kind.UNKNOWN_REFERENCE, "no key result has the id '" + kr + "'");
        }
      }
    }
    checkMetricsAgainstPlan();
    checkLinks();
  }

  /** Reports each id held by more than one item once; the items are sorted by id. */
  private <T> void duplicates(List<T> items, Function<T, String> id, String collection, String singular) {
    for (int i = 1; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (key.equals(id.apply(items.get(i - 1))) && (i == 1 || !key.equals(id.apply(items.get(i - 2))))) {
        problems.add(ProblemPath.of(collection).element(key), PlanProblem.Kind.DUPLICATE_ID, "duplicate id: another " + singular + " has the id '" + key + "'");
      }
    }
  }

  private void checkObjective(int p) {
    Objective objective = objectives.get(p);
    // Paths are built only when there is a problem to report: most plans have none.
    if (!structure.units.containsKey(objective.getOwnerUnitId())) {
      problems.add(objectivePath(objective).property("ownerUnitId"), PlanProblem.Kind.UNKNOWN_REFERENCE, "no unit has the id '" + objective.getOwnerUnitId() + "'",
          objective.getOwnerUnitId());
    }
    Cycle cycle = structure.cycles.get(objective.getCycleId());
    if (cycle == null) {
      problems.add(objectivePath(objective).property("cycleId"), PlanProblem.Kind.UNKNOWN_REFERENCE, "no cycle has the id '" + objective.getCycleId() + "'",
          objective.getCycleId());
    }
    for (String unit : objective.getGrantedUnitIds()) {
      if (!structure.units.containsKey(unit)) {
        problems.add(objectivePath(objective).property("grantedUnitIds").element(unit), PlanProblem.Kind.UNKNOWN_REFERENCE, "no unit has the id '" + unit + "'");
      }
    }
    List<KeyResult> krs = objective.getKeyResults();
    for (int k = 0; k < krs.size(); k++) {
      KeyResult kr = krs.get(k);
      int first = structure.keyResultIndex(kr.getId());
      if (structure.keyResultObjective[first] != p) {
        ProblemPath other = keyResultPath(first);
        problems.add(keyResultPath(objective, kr), PlanProblem.Kind.DUPLICATE_ID, "duplicate id: key result ids are unique in the plan, and "
            + other + " has it too", other.getIds());
      }
      if (cycle != null) {
        checkDates(kr, cycle, objective, problems);
      }
    }
  }

  static void checkDates(KeyResult kr, Cycle cycle, Objective objective, Problems problems) {
    LocalDate start = kr.getStartDate().orElse(cycle.getStartDate());
    LocalDate due = kr.getDueDate().orElse(cycle.getEndDate());
    if (due.isBefore(start) && (kr.getStartDate().isEmpty() || kr.getDueDate().isEmpty())) {
      problems.add(keyResultPath(objective, kr).property(kr.getDueDate().isPresent() ? "dueDate" : "startDate"),
          PlanProblem.Kind.DATE_ORDER, "the key result would be due on " + due + ", before it starts on " + start
              + " (cycle " + cycle.getId() + ")", cycle.getId());
    }
    for (Waypoint waypoint : kr.getWaypoints()) {
      if (waypoint.getDate().isBefore(start) || waypoint.getDate().isAfter(due)) {
        problems.add(keyResultPath(objective, kr).property("waypoints").element(waypoint.getDate().toString(), Set.of()),
            PlanProblem.Kind.DATE_ORDER, "lies outside the key result's period " + start + " – " + due);
      }
    }
  }

  private static ProblemPath objectivePath(Objective objective) {
    return ProblemPath.of("objectives").element(objective.getId());
  }

  private static ProblemPath keyResultPath(Objective objective, KeyResult kr) {
    return objectivePath(objective).property("keyResults").element(kr.getId());
  }

  private ProblemPath keyResultPath(int g) {
    int p = structure.keyResultObjective[g];
    Objective objective = objectives.get(p);
    return keyResultPath(objective, objective.getKeyResults().get(g - structure.keyResultStart[p]));
  }

  private KeyResult keyResult(int g) {
    int p = structure.keyResultObjective[g];
    return objectives.get(p).getKeyResults().get(g - structure.keyResultStart[p]);
  }

  private static boolean fromInitiatives(Metric metric) {
    return metric.takesInitiatives();
  }

  /** Computed key results and those that count initiatives, against the rest of the plan. */
  private void checkMetricsAgainstPlan() {
    // In id order, so the problems come in a stable order.
    List<String> sortedIds = new ArrayList<>();
    int count = structure.keyResultCount();
    for (int g = 0; g < count; g++) {
      Metric metric = keyResult(g).getMetric();
      if ((!metric.takesCheckIns()) && structure.keyResultIndex(keyResult(g).getId()) == g) {
        sortedIds.add(keyResult(g).getId());
      }
    }
    Collections.sort(sortedIds);
    for (String id : sortedIds) {
      int g = structure.keyResultIndex(id);
      ProblemPath path = keyResultPath(g).property("metric");
      Metric metric = keyResult(g).getMetric();
      if (fromInitiatives(metric) && !structure.initiativesByKeyResult.containsKey(id)) {
        problems.add(path, PlanProblem.Kind.MISSING, "takes its progress from initiatives, but no initiative supports this key result");
      }
      if (metric.kind() == MetricKind.COMPUTED) {
        ComputedMetric computed = (ComputedMetric) metric;
        for (String source : computed.getSourceIds()) {
          int s = structure.keyResultIndex(source);
          if (source.equals(id)) {
            problems.add(path.property("sourceIds").element(source), PlanProblem.Kind.SELF_REFERENCE, "a key result cannot be computed from itself");
          } else if (s < 0) {
            problems.add(path.property("sourceIds").element(source), PlanProblem.Kind.UNKNOWN_REFERENCE, "no key result has the id '" + source + "'");
          } else if (computed.getAggregation() == Aggregation.POOLED_RATE && !isRate(keyResult(s))) {
            problems.add(path.property("sourceIds").element(source), PlanProblem.Kind.WRONG_REFERENCE, "a pooled rate needs rate sources, and '" + source
                + "' is not a rate");
          }
        }
      }
    }
    checkComputationCycles(sortedIds);
  }

  /** Cycles among computed key results, found with an iterative depth-first walk. */
  private void checkComputationCycles(List<String> sortedIds) {
    byte[] state = new byte[structure.keyResultCount()];
    for (String startId : sortedIds) {
      int start = structure.keyResultIndex(startId);
      if (state[start] != 0 || keyResult(start).getMetric().kind() != MetricKind.COMPUTED) {
        continue;
      }
      List<Integer> stack = new ArrayList<>();
      List<Integer> nextSource = new ArrayList<>();
      stack.add(start);
      nextSource.add(0);
      state[start] = 1;
      while (!stack.isEmpty()) {
        int top = stack.size() - 1;
        int node = stack.get(top);
        int next = nextSource.get(top);
        List<String> sources = keyResult(node).getMetric().sourceKeyResultIds();
        if (next >= sources.size()) {
          state[node] = 2;
          stack.remove(top);
          nextSource.remove(top);
          continue;
        }
        nextSource.set(top, next + 1);
        int source = structure.keyResultIndex(sources.get(next));
        if (source < 0 || source == node) {
          continue;
        }
        if (state[source] == 0) {
          state[source] = 1;
          stack.add(source);
          nextSource.add(0);
        } else if (state[source] == 1) {
          List<String> loop = new ArrayList<>();
          for (int i = stack.indexOf(source); i < stack.size(); i++) {
            loop.add(keyResult(stack.get(i)).getId());
          }
          loop.add(keyResult(source).getId());
          problems.add(keyResultPath(source).property("metric").property("sourceIds"), PlanProblem.Kind.CYCLE,
              "computation cycle " + String.join(" → ", loop) + ": a key result cannot be computed from itself, directly or not",
              loop);
        }
      }
    }
  }

  private static boolean isRate(KeyResult kr) {
    Metric metric = kr.getMetric();
    return switch (metric.kind()) {
      case RATE -> true;
      case COMPUTED -> ((ComputedMetric) metric).getAggregation() == Aggregation.POOLED_RATE;
      case MOVE_TO_TARGET, GUARDRAIL, MILESTONE -> false;
    };
  }

  private void checkLinks() {
    for (int l = 0; l < links.size(); l++) {
      AlignmentLink link = links.get(l);
      if (structure.linkChild[l] < 0) {
        problems.add(link.path().property("childId"), PlanProblem.Kind.UNKNOWN_REFERENCE, "no objective has the id '" + link.getChildId() + "'");
      }
      if (structure.linkParent[l] < 0) {
        problems.add(link.path().property("parentId"), PlanProblem.Kind.UNKNOWN_REFERENCE, "no objective has the id '" + link.getParentId() + "'");
      }
      // Links are sorted by child then parent id: a duplicate follows its twin.
      if (l > 0 && link.sameEnds(links.get(l - 1))) {
        problems.add(link.path(), PlanProblem.Kind.DUPLICATE_ENTRY, "duplicate link: the same child and parent are linked twice");
      }
    }
    if (!structure.isAcyclic()) {
      for (List<String> cycle : structure.graph.findCycles(MAX_CYCLES_REPORTED)) {
        problems.add(ProblemPath.of("links").element(cycle.get(0) + "→" + cycle.get(1), new LinkedHashSet<>(cycle.subList(0, 2))),
            PlanProblem.Kind.CYCLE, "alignment cycle " + String.join(" → ", cycle)
                + ": an objective cannot serve itself, directly or not; remove one of these links", cycle);
      }
    }
  }

  private void checkUnitTree() {
    for (OrgUnit unit : units) {
      unit.getParentId().ifPresent(parent -> {
        if (!structure.units.containsKey(parent)) {
          problems.add(ProblemPath.of("units").element(unit.getId()).property("parentId"), PlanProblem.Kind.UNKNOWN_REFERENCE,
              "no unit has the id '" + parent + "'", parent);
        }
      });
    }
    checkParentLoops(units, structure.units, OrgUnit::getId, OrgUnit::getParentId, "units",
        loop -> "units form a loop " + loop + ": units must form a tree");
  }

  private void checkCycleNesting() {
    for (Cycle cycle : cycles) {
      cycle.getParentId().ifPresent(parentId -> {
        Cycle parent = structure.cycles.get(parentId);
        if (parent == null) {
          problems.add(ProblemPath.of("cycles").element(cycle.getId()).property("parentId"), PlanProblem.Kind.UNKNOWN_REFERENCE,
              "no cycle has the id '" + parentId + "'", parentId);
        } else if (cycle.getStartDate().isBefore(parent.getStartDate()) || cycle.getEndDate().isAfter(parent.getEndDate())) {
          problems.add(ProblemPath.of("cycles").element(cycle.getId()), PlanProblem.Kind.DATE_ORDER, "runs " + cycle.getStartDate() + " – " + cycle.getEndDate()
              + ", outside its parent cycle " + parentId + " (" + parent.getStartDate() + " – " + parent.getEndDate() + ")",
              parentId);
        }
      });
    }
    checkParentLoops(cycles, structure.cycles, Cycle::getId, Cycle::getParentId, "cycles",
        loop -> "cycles nest in a loop " + loop);
  }

  /**
   * Reports each loop in a parent relation (units, cycles) once, walking up from every item; each
   * item is walked once, so the check is linear.
   */
  private <T> void checkParentLoops(List<T> items, Map<String, T> byId, Function<T, String> id,
      Function<T, Optional<String>> parentOf, String collection, Function<String, String> message) {
    Map<String, Boolean> finished = new HashMap<>();
    for (T item : items) {
      List<String> walk = new ArrayList<>();
      String current = id.apply(item);
      while (current != null && !finished.containsKey(current)) {
        finished.put(current, false);
        walk.add(current);
        T node = byId.get(current);
        current = node == null ? null : parentOf.apply(node).filter(byId::containsKey).orElse(null);
      }
      if (current != null && Boolean.FALSE.equals(finished.get(current))) {
        List<String> loop = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        loop.add(current);
        problems.add(ProblemPath.of(collection).element(current).property("parentId"), PlanProblem.Kind.CYCLE,
            message.apply(String.join(" → ", loop)), loop);
      }
      for (String member : walk) {
        finished.put(member, true);
      }
    }
  }

  // ------------------------------------------------------------- single updates

  /**
   * Tells whether a valid plan stays valid with {@code objective} added, or replacing the objective
   * with its id. False when it cannot tell cheaply (the caller then checks the whole plan).
   *
   * @param before the structure of the valid plan
   * @param replaced the objective being replaced, or null when it is added
   */
  static boolean mayAddObjective(PlanStructure before, Objective objective, @org.jspecify.annotations.Nullable Objective replaced) {
    if (!before.units.containsKey(objective.getOwnerUnitId())) {
      return false;
    }
    Cycle cycle = before.cycles.get(objective.getCycleId());
    if (cycle == null) {
      return false;
    }
    for (String unit : objective.getGrantedUnitIds()) {
      if (!before.units.containsKey(unit)) {
        return false;
      }
    }
    Problems dates = new Problems();
    for (KeyResult kr : objective.getKeyResults()) {
      int g = before.keyResultIndex(kr.getId());
      if (g >= 0 && (replaced == null || !before.objectiveIds[before.keyResultObjective[g]].equals(objective.getId()))) {
        return false;
      }
      checkDates(kr, cycle, objective, dates);
      Metric metric = kr.getMetric();
      if (!metric.takesCheckIns()) {
        return false;
      }
    }
    if (!dates.isEmpty()) {
      return false;
    }
    if (replaced != null) {
      // A key result that goes, or changes metric, may be what an initiative or a computed key
      // result refers to: only the same key results with the same metrics are decided here.
      List<KeyResult> old = replaced.getKeyResults();
      List<KeyResult> now = objective.getKeyResults();
      for (KeyResult kr : old) {
        if (!kr.getMetric().takesCheckIns()) {
          return false;
        }
        Optional<KeyResult> kept = objective.keyResult(kr.getId());
        if (kept.isEmpty() || !sameKind(kept.get().getMetric(), kr.getMetric())) {
          return false;
        }
      }
      return now.size() >= old.size();
    }
    return true;
  }

  private static boolean sameKind(Metric a, Metric b) {
    return a.kind() == b.kind();
  }

  /**
   * Tells whether a valid plan stays valid with one more link between two of its objectives: not
   * the same objective, not linked already, and the parent not served by the child already.
   */
  static boolean mayAddLink(PlanStructure before, int child, int parent) {
    if (child < 0 || parent < 0) {
      return false;
    }
    for (int l : before.up[child]) {
      if (before.linkParent[l] == parent) {
        return false;
      }
    }
    return !before.reachesUpward(parent, child);
  }
}
