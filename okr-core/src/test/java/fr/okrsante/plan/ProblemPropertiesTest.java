package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.testing.RandomPlans;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the problems of random invalid plans: valid plans from {@link RandomPlans}, broken
 * by one to three plan-wide mutations (a duplicate id, a reference to nothing, a loop, dates out of
 * their cycle…). Every problem names only ids that the plan mentions, and its path leads, segment
 * by segment, to an element that exists in the plan. Failure messages start with the seed.
 */
class ProblemPropertiesTest {

  private static final int SEEDS = 600;

  @TestFactory
  Stream<DynamicTest> every_problem_of_a_mutated_plan_names_plan_ids_and_a_path_that_resolves() {
    return LongStream.range(0, SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      try {
        check(seed);
      } catch (Throwable e) {
        throw new AssertionError("seed " + seed + " (RandomPlans.parts(" + seed + ") mutated): " + e, e);
      }
    }));
  }

  private static void check(long seed) throws Exception {
    Random random = new Random(seed);
    Mutable plan = new Mutable(RandomPlans.parts(seed));
    int mutations = 1 + random.nextInt(3);
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < mutations; i++) {
      String name = plan.mutate(random);
      if (name != null) {
        applied.add(name);
      }
    }
    InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, plan::build);
    if (applied.isEmpty()) {
      assertThat(refused).as("no mutation applied").isNull();
      return;
    }
    assertThat(refused).as("mutations %s", applied).isNotNull();
    Set<String> mentioned = plan.mentionedIds();
    Map<String, Object> document = plan.document();
    for (PlanProblem problem : refused.getProblems()) {
      assertThat(mentioned).as("ids of %s after %s", problem, applied).containsAll(problem.getIds());
      assertThat(problem.getIds()).as("ids of %s", problem).containsAll(problem.getProblemPath().getIds());
      assertThat(resolves(document, problem)).as("path of %s after %s", problem, applied).isTrue();
    }
  }

  // ---------------------------------------------------------------- resolving a path

  /** Follows a path through the plan's parts: property names through getters, element keys through keys. */
  private static boolean resolves(Map<String, Object> document, PlanProblem problem) throws Exception {
    return resolves(document, problem.getProblemPath().getSegments(), 0);
  }

  /** Tries every element with the key: a duplicate id names two elements, the path fits one of them. */
  private static boolean resolves(Object current, List<ProblemPath.Segment> segments, int from) throws Exception {
    if (from == segments.size()) {
      return true;
    }
    ProblemPath.Segment segment = segments.get(from);
    if (!segment.isElement()) {
      Object next = property(current, segment.getValue());
      return next != null && resolves(next, segments, from + 1);
    }
    for (Object next : elements(current, segment.getValue())) {
      if (resolves(next, segments, from + 1)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Object property(Object value, String name) throws Exception {
    if (value instanceof Map<?, ?> map) {
      return map.get(name);
    }
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : List.of("get", "is")) {
      Method getter;
      try {
        getter = value.getClass().getMethod(prefix + suffix);
      } catch (NoSuchMethodException e) {
        continue;
      }
      Object result = getter.invoke(value);
      return result instanceof Optional<?> optional ? optional.orElse(null) : result;
    }
    return null;
  }

  private static List<Object> elements(Object value, String key) {
    List<Object> found = new ArrayList<>();
    if (value instanceof Map<?, ?> map && map.get(key) != null) {
      found.add(map.get(key));
    } else if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (key.equals(key(item))) {
          found.add(item);
        }
      }
    }
    return found;
  }

  private static @Nullable String key(Object item) {
    if (item instanceof String text) {
      return text;
    } else if (item instanceof OrgUnit unit) {
      return unit.getId();
    } else if (item instanceof Cycle cycle) {
      return cycle.getId();
    } else if (item instanceof Objective objective) {
      return objective.getId();
    } else if (item instanceof KeyResult keyResult) {
      return keyResult.getId();
    } else if (item instanceof Initiative initiative) {
      return initiative.getId();
    } else if (item instanceof AlignmentLink link) {
      return link.getChildId() + "→" + link.getParentId();
    } else if (item instanceof CheckIn checkIn) {
      return checkIn.getObservedOn().toString();
    } else if (item instanceof Waypoint waypoint) {
      return waypoint.getDate().toString();
    } else if (item instanceof FrameworkRef ref) {
      return ref.getScheme() + ":" + ref.getCode();
    }
    return null;
  }

  // ---------------------------------------------------------------- mutations

  /** A plan's parts, changed one mutation at a time. */
  private static final class Mutable {
    private final String title;
    private String changedTitle;
    private final List<OrgUnit> units;
    private final List<Cycle> cycles;
    private final List<Objective> objectives;
    private final List<Initiative> initiatives;
    private final List<AlignmentLink> links;
    private int ghosts;

    Mutable(RandomPlans.Parts parts) {
      title = parts.title();
      changedTitle = title;
      units = new ArrayList<>(parts.units());
      cycles = new ArrayList<>(parts.cycles());
      objectives = new ArrayList<>(parts.objectives());
      initiatives = new ArrayList<>(parts.initiatives());
      links = new ArrayList<>(parts.links());
    }

    Plan build() {
      return Plan.builder().title(changedTitle).addAllUnits(units).addAllCycles(cycles).addAllObjectives(objectives)
          .addAllInitiatives(initiatives).addAllLinks(links).build();
    }

    Map<String, Object> document() {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("title", changedTitle);
      document.put("units", units);
      document.put("cycles", cycles);
      document.put("objectives", objectives);
      document.put("initiatives", initiatives);
      document.put("links", links);
      return document;
    }

    private String ghost(String kind) {
      return "ghost-" + kind + "-" + ghosts++;
    }

    /** Applies a random mutation; returns its name, or null when the plan has nothing it applies to. */
    @Nullable String mutate(Random random) {
      switch (random.nextInt(15)) {
        case 0:
          return units.isEmpty() ? null : add(units, pick(units, random), "duplicate unit");
        case 1:
          return cycles.isEmpty() ? null : add(cycles, pick(cycles, random), "duplicate cycle");
        case 2:
          return objectives.isEmpty() ? null : add(objectives, pick(objectives, random), "duplicate objective");
        case 3:
          return links.isEmpty() ? null : add(links, pick(links, random), "duplicate link");
        case 4:
          return changeObjective(random, o -> Objective.builder().from(o).ownerUnitId(ghost("unit")).build(), "unknown owner");
        case 5:
          return changeObjective(random, o -> Objective.builder().from(o).cycleId(ghost("cycle")).build(), "unknown cycle");
        case 6:
          return changeObjective(random, o -> Objective.builder().from(o).addGrantedUnitIds(ghost("unit")).build(),
              "unknown granted unit");
        case 7:
          if (initiatives.isEmpty()) {
            return null;
          }
          int i = random.nextInt(initiatives.size());
          initiatives.set(i, Initiative.builder().from(initiatives.get(i)).addKeyResultIds(ghost("kr")).build());
          return "unknown supported key result";
        case 8:
          if (objectives.isEmpty()) {
            return null;
          }
          links.add(random.nextBoolean() ? AlignmentLink.of(pick(objectives, random).getId(), ghost("obj"))
              : AlignmentLink.of(ghost("obj"), pick(objectives, random).getId()));
          return "link to nothing";
        case 9:
          if (links.isEmpty()) {
            return null;
          }
          AlignmentLink link = pick(links, random);
          links.add(AlignmentLink.of(link.getParentId(), link.getChildId()));
          return "reversed link";
        case 10:
          return reparent(units, OrgUnit::getId, (unit, parent) -> OrgUnit.builder().from(unit).parentId(parent).build(),
              "unit", random);
        case 11:
          return reparent(cycles, Cycle::getId, (cycle, parent) -> Cycle.builder().from(cycle).parentId(parent).build(),
              "cycle", random);
        case 12:
          return changeKeyResult(random, (o, kr) -> {
            Cycle cycle = cycles.stream().filter(x -> x.getId().equals(o.getCycleId())).findFirst().orElseThrow();
            return KeyResult.builder().from(kr).startDate(Optional.empty()).dueDate(cycle.getStartDate().minusDays(1))
                .waypoints(List.of()).checkIns(List.of()).build();
          }, "key result due before its cycle");
        case 13:
          return changeKeyResult(random, (o, kr) -> KeyResult.builder().from(kr).checkIns(List.of())
              .metric(ComputedMetric.builder().aggregation(Aggregation.SUM).sourceIds(List.of(ghost("kr")))
                  .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build()).build(), "computed from nothing");
        default:
          changedTitle = title + "\u0007";
          return "control character in the title";
      }
    }

    /** Gives an item an unknown parent, or makes two items each other's parent. */
    private <T> @Nullable String reparent(List<T> items, Function<T, String> id,
        java.util.function.BiFunction<T, String, T> withParent, String kind, Random random) {
      if (items.isEmpty()) {
        return null;
      }
      int a = random.nextInt(items.size());
      if (random.nextBoolean()) {
        items.set(a, withParent.apply(items.get(a), ghost(kind)));
        return kind + " with an unknown parent";
      }
      for (int b = 0; b < items.size(); b++) {
        String first = id.apply(items.get(a));
        String second = id.apply(items.get(b));
        if (!first.equals(second)) {
          items.set(a, withParent.apply(items.get(a), second));
          items.set(b, withParent.apply(items.get(b), first));
          return kind + "s in a loop";
        }
      }
      return null;
    }

    private static <T> T pick(List<T> list, Random random) {
      return list.get(random.nextInt(list.size()));
    }

    private static <T> String add(List<T> list, T item, String name) {
      list.add(item);
      return name;
    }

    private @Nullable String changeObjective(Random random, Function<Objective, Objective> change, String name) {
      if (objectives.isEmpty()) {
        return null;
      }
      int at = random.nextInt(objectives.size());
      objectives.set(at, change.apply(objectives.get(at)));
      return name;
    }

    private @Nullable String changeKeyResult(Random random,
        java.util.function.BiFunction<Objective, KeyResult, KeyResult> change, String name) {
      List<Integer> withKeyResults = new ArrayList<>();
      for (int i = 0; i < objectives.size(); i++) {
        Objective candidate = objectives.get(i);
        if (!candidate.getKeyResults().isEmpty() && cycles.stream().anyMatch(c -> c.getId().equals(candidate.getCycleId()))) {
          withKeyResults.add(i);
        }
      }
      if (withKeyResults.isEmpty()) {
        return null;
      }
      int at = pick(withKeyResults, random);
      Objective objective = objectives.get(at);
      List<KeyResult> keyResults = new ArrayList<>(objective.getKeyResults());
      int k = random.nextInt(keyResults.size());
      keyResults.set(k, change.apply(objective, keyResults.get(k)));
      objectives.set(at, Objective.builder().from(objective).keyResults(keyResults).build());
      return name;
    }

    /** Every id and reference to an id that the plan holds. */
    Set<String> mentionedIds() {
      Set<String> ids = new HashSet<>();
      for (OrgUnit unit : units) {
        ids.add(unit.getId());
        unit.getParentId().ifPresent(ids::add);
      }
      for (Cycle cycle : cycles) {
        ids.add(cycle.getId());
        cycle.getParentId().ifPresent(ids::add);
      }
      for (Objective objective : objectives) {
        ids.add(objective.getId());
        ids.add(objective.getOwnerUnitId());
        ids.add(objective.getCycleId());
        ids.addAll(objective.getOwnerPersonIds());
        ids.addAll(objective.getGrantedUnitIds());
        ids.addAll(objective.getGrantedPersonIds());
        for (KeyResult kr : objective.getKeyResults()) {
          ids.add(kr.getId());
          if (kr.getMetric() instanceof ComputedMetric computed) {
            ids.addAll(computed.getSourceIds());
          }
        }
      }
      for (Initiative initiative : initiatives) {
        ids.add(initiative.getId());
        ids.addAll(initiative.getKeyResultIds());
      }
      for (AlignmentLink link : links) {
        ids.add(link.getChildId());
        ids.add(link.getParentId());
      }
      return ids;
    }
  }
}
