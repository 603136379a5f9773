package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.testing.RandomPlans;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of plans and their alignment graph, checked on thousands of random valid plans from
 * {@link RandomPlans}. Every failure message starts with the seed: {@code RandomPlans.valid(seed)}
 * gives the plan back.
 */
class PlanPropertiesTest {

  private static final int SEEDS = 2_000;

  /** A property of one seed. */
  private interface Property {
    void check(long seed) throws Exception;
  }

  /** A generated plan and its parts; generated once per seed and shared by every property. */
  private record Sample(RandomPlans.Parts parts, Plan plan) {}

  private static final Map<Long, Sample> SAMPLES = new ConcurrentHashMap<>();

  private static Sample sample(long seed) {
    return SAMPLES.computeIfAbsent(seed, s -> {
      RandomPlans.Parts parts = RandomPlans.parts(s);
      return new Sample(parts, parts.build());
    });
  }

  private static RandomPlans.Parts parts(long seed) {
    return sample(seed).parts();
  }

  private static Plan plan(long seed) {
    return sample(seed).plan();
  }

  private static Stream<DynamicTest> forSeeds(Property property) {
    return LongStream.range(0, SEEDS).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> {
          try {
            property.check(seed);
          } catch (Throwable e) {
            throw new AssertionError("seed " + seed + " (RandomPlans.parts(" + seed + ")): " + e, e);
          }
        }));
  }

  // ---------------------------------------------------------------- brute force

  /** child → parents, from the link list alone. */
  private static Map<String, Set<String>> parentsByChild(Plan plan) {
    Map<String, Set<String>> up = new HashMap<>();
    for (Objective o : plan.getObjectives()) {
      up.put(o.getId(), new TreeSet<>());
    }
    for (AlignmentLink link : plan.getLinks()) {
      up.get(link.getChildId()).add(link.getParentId());
    }
    return up;
  }

  private static Map<String, Set<String>> invert(Map<String, Set<String>> edges) {
    Map<String, Set<String>> inverse = new HashMap<>();
    for (String node : edges.keySet()) {
      inverse.put(node, new TreeSet<>());
    }
    edges.forEach((from, tos) -> tos.forEach(to -> inverse.get(to).add(from)));
    return inverse;
  }

  /** Everything reachable from {@code start} (excluded), by plain breadth-first search. */
  private static Set<String> reachable(Map<String, Set<String>> edges, String start) {
    Set<String> seen = new TreeSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>(edges.get(start));
    while (!queue.isEmpty()) {
      String node = queue.poll();
      if (seen.add(node)) {
        queue.addAll(edges.get(node));
      }
    }
    seen.remove(start);
    return seen;
  }

  /** The number of paths from {@code from} up to {@code to}, by memoised counting. */
  private static long countPaths(Map<String, Set<String>> up, String from, String to, Map<String, Long> memo) {
    if (from.equals(to)) {
      return 1;
    }
    Long known = memo.get(from);
    if (known != null) {
      return known;
    }
    long count = 0;
    for (String parent : up.get(from)) {
      count += countPaths(up, parent, to, memo);
    }
    memo.put(from, count);
    return count;
  }

  // ---------------------------------------------------------------- properties

  @TestFactory
  Stream<DynamicTest> an_injected_cycle_is_always_found_and_reported_as_a_real_cycle() {
    return forSeeds(seed -> {
      RandomPlans.Parts parts = parts(seed);
      if (parts.objectives().size() < 2) {
        return;
      }
      Plan plan = plan(seed);
      Random random = new Random(seed);
      List<AlignmentLink> links = new ArrayList<>(parts.links());
      AlignmentLink closing;
      List<String> withAncestors = plan.getObjectives().stream().map(Objective::getId)
          .filter(id -> !plan.alignment().ancestors(id).isEmpty()).collect(Collectors.toList());
      if (withAncestors.isEmpty()) {
        String a = plan.getObjectives().get(0).getId();
        String b = plan.getObjectives().get(1).getId();
        links.add(AlignmentLink.of(a, b));
        closing = AlignmentLink.of(b, a);
      } else {
        String low = withAncestors.get(random.nextInt(withAncestors.size()));
        List<String> ancestors = new ArrayList<>(plan.alignment().ancestors(low));
        String high = ancestors.get(random.nextInt(ancestors.size()));
        closing = AlignmentLink.of(high, low, 1, random.nextBoolean() ? LinkMode.INFORMS : LinkMode.CONTRIBUTES);
      }
      links.add(closing);
      Set<String> edges = links.stream().map(l -> l.getChildId() + "→" + l.getParentId()).collect(Collectors.toSet());

      InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
          () -> new RandomPlans.Parts(parts.title(), parts.units(), parts.cycles(), parts.objectives(),
              parts.initiatives(), links).build());
      assertThat(e).as("no exception for a plan with the link %s", closing).isNotNull();
      assertThat(e.getProblems()).as("every problem is a cycle")
          .allSatisfy(p -> assertThat(p.getMessage()).startsWith("alignment cycle "));
      for (PlanProblem problem : e.getProblems()) {
        String text = problem.getMessage().substring("alignment cycle ".length(), problem.getMessage().indexOf(':'));
        List<String> cycle = Arrays.asList(text.split(" → "));
        assertThat(cycle).as("cycle %s", cycle).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cycle.get(0)).as("cycle %s closes", cycle).isEqualTo(cycle.get(cycle.size() - 1));
        assertThat(new HashSet<>(cycle.subList(1, cycle.size()))).as("cycle %s is simple", cycle).hasSize(cycle.size() - 1);
        for (int i = 0; i + 1 < cycle.size(); i++) {
          assertThat(edges).as("cycle %s: step %d is a link", cycle, i).contains(cycle.get(i) + "→" + cycle.get(i + 1));
        }
        assertThat(problem.getPath()).isEqualTo("links[" + cycle.get(0) + "→" + cycle.get(1) + "]");
        assertThat(String.join("→", cycle) + "→").as("the cycle uses the injected link")
            .contains(closing.getChildId() + "→" + closing.getParentId() + "→");
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> several_injected_faults_are_all_reported_at_once_with_their_paths() {
    return forSeeds(seed -> {
      RandomPlans.Parts parts = parts(seed);
      if (parts.objectives().size() < 2) {
        return;
      }
      Random random = new Random(seed);
      List<Objective> objectives = new ArrayList<>(parts.objectives());
      int x = random.nextInt(objectives.size());
      int y = (x + 1 + random.nextInt(objectives.size() - 1)) % objectives.size();
      String xId = objectives.get(x).getId();
      String yId = objectives.get(y).getId();
      objectives.set(x, objectives.get(x).toBuilder().ownerUnitId("ghost-unit").build());
      objectives.set(y, objectives.get(y).toBuilder().cycleId("ghost-cycle").build());
      List<AlignmentLink> links = new ArrayList<>(parts.links());
      links.add(AlignmentLink.of(xId, "ghost-obj"));
      List<Initiative> initiatives = new ArrayList<>(parts.initiatives());
      initiatives.add(Initiative.builder().id("ini-ghost").title("Fantôme").addKeyResultIds("kr-ghost").build());
      List<OrgUnit> units = new ArrayList<>(parts.units());
      OrgUnit twin = units.get(random.nextInt(units.size()));
      units.add(OrgUnit.of(twin.getId(), "Jumeau", UnitKind.PARTNER));

      RandomPlans.Parts broken = new RandomPlans.Parts(parts.title(), units, parts.cycles(), objectives, initiatives, links)
          .shuffled(random);
      InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, broken::build);
      assertThat(e).as("no exception").isNotNull();
      assertThat(e.getProblems()).extracting(PlanProblem::getPath).containsExactlyInAnyOrder(
          "objectives[" + xId + "].ownerUnitId",
          "objectives[" + yId + "].cycleId",
          "links[" + xId + "→ghost-obj].parentId",
          "initiatives[ini-ghost].keyResultIds[kr-ghost]",
          "units[" + twin.getId() + "]");
    });
  }

  @TestFactory
  Stream<DynamicTest> topological_order_respects_every_link() {
    return forSeeds(seed -> {
      Plan plan = plan(seed);
      List<String> order = plan.alignment().topologicalOrder();
      assertThat(order).as("a permutation of the objectives")
          .containsExactlyInAnyOrderElementsOf(plan.getObjectives().stream().map(Objective::getId).toList());
      Map<String, Integer> rank = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        rank.put(order.get(i), i);
      }
      for (AlignmentLink link : plan.getLinks()) {
        assertThat(rank.get(link.getParentId())).as("parent of %s", link).isLessThan(rank.get(link.getChildId()));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> ancestors_descendants_parents_children_roots_and_leaves_agree_with_brute_force() {
    return forSeeds(seed -> {
      Plan plan = plan(seed);
      AlignmentGraph graph = plan.alignment();
      Map<String, Set<String>> up = parentsByChild(plan);
      Map<String, Set<String>> down = invert(up);
      List<String> roots = new ArrayList<>();
      List<String> leaves = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        String id = objective.getId();
        assertThat(graph.ancestors(id)).as("ancestors of %s", id).containsExactlyElementsOf(reachable(up, id));
        assertThat(graph.descendants(id)).as("descendants of %s", id).containsExactlyElementsOf(reachable(down, id));
        assertThat(graph.parents(id)).as("parents of %s", id).containsExactlyElementsOf(up.get(id));
        assertThat(graph.children(id)).as("children of %s", id).containsExactlyElementsOf(down.get(id));
        if (up.get(id).isEmpty()) {
          roots.add(id);
        }
        if (down.get(id).isEmpty()) {
          leaves.add(id);
        }
      }
      assertThat(graph.roots()).containsExactlyElementsOf(roots);
      assertThat(graph.leaves()).containsExactlyElementsOf(leaves);
      for (String orphan : graph.orphans()) {
        assertThat(up.get(orphan)).as("orphan %s has no parent", orphan).isEmpty();
        String owner = plan.objective(orphan).orElseThrow().getOwnerUnitId();
        assertThat(plan.unit(owner).orElseThrow().getParentId()).as("orphan %s's owner has a parent", orphan).isPresent();
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> paths_are_real_paths_and_all_of_them() {
    return forSeeds(seed -> {
      Plan plan = plan(seed);
      AlignmentGraph graph = plan.alignment();
      Map<String, Set<String>> up = parentsByChild(plan);
      Set<String> edges = plan.getLinks().stream().map(l -> l.getChildId() + "→" + l.getParentId())
          .collect(Collectors.toSet());
      for (Objective objective : plan.getObjectives()) {
        String from = objective.getId();
        for (String to : graph.ancestors(from)) {
          List<List<String>> paths = graph.paths(from, to);
          assertThat((long) paths.size()).as("number of paths %s → %s", from, to)
              .isEqualTo(countPaths(up, from, to, new HashMap<>()));
          assertThat(new HashSet<>(paths)).as("paths %s → %s are distinct", from, to).hasSize(paths.size());
          for (List<String> path : paths) {
            assertThat(path.get(0)).isEqualTo(from);
            assertThat(path.get(path.size() - 1)).isEqualTo(to);
            for (int i = 0; i + 1 < path.size(); i++) {
              assertThat(edges).as("path %s: step %d is a link", path, i).contains(path.get(i) + "→" + path.get(i + 1));
            }
          }
          assertThat(graph.paths(from, to, 1)).hasSize(1);
          assertThat(graph.paths(to, from)).as("no path down from %s to %s", to, from).isEmpty();
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> with_check_in_leaves_the_old_plan_unchanged_and_shares_the_alignment_graph() {
    return forSeeds(seed -> {
      Plan plan = plan(seed);
      Random random = new Random(seed);
      List<KeyResult> open = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult kr : objective.getKeyResults()) {
          if (acceptsCheckIns(kr.getMetric())) {
            open.add(kr);
          }
        }
      }
      if (open.isEmpty()) {
        return;
      }
      KeyResult kr = open.get(random.nextInt(open.size()));
      CheckIn checkIn = kr.getMetric() instanceof Rate
          ? CheckIn.ofRate(plan.getCycles().get(0).getStartDate(), 3, 4)
          : CheckIn.of(plan.getCycles().get(0).getStartDate(), BigDecimal.ONE);
      Plan before = plan.toBuilder().build();
      List<CheckIn> checkInsBefore = kr.getCheckIns();

      Plan after = plan.withCheckIn(kr.getId(), checkIn);

      assertThat(plan).isEqualTo(before);
      assertThat(plan.keyResult(kr.getId()).orElseThrow().getCheckIns()).isEqualTo(checkInsBefore);
      assertThat(after.keyResult(kr.getId()).orElseThrow().getCheckIns())
          .hasSize(checkInsBefore.size() + 1).endsWith(checkIn);
      assertThat(after.alignment()).isSameAs(plan.alignment());
      assertThat(after).isNotEqualTo(plan);
      assertThat(after).as("the updated plan is still valid").isEqualTo(after.toBuilder().build());
      String owner = plan.objectiveOf(kr.getId()).orElseThrow().getId();
      for (int i = 0; i < plan.getObjectives().size(); i++) {
        if (!plan.getObjectives().get(i).getId().equals(owner)) {
          assertThat(after.getObjectives().get(i)).isSameAs(plan.getObjectives().get(i));
        }
      }
    });
  }

  private static boolean acceptsCheckIns(Metric metric) {
    return (metric instanceof MoveToTarget m && !m.isFromInitiatives())
        || (metric instanceof Milestone m2 && !m2.isFromInitiatives())
        || metric instanceof Guardrail
        || metric instanceof Rate;
  }

  @TestFactory
  Stream<DynamicTest> plans_built_from_shuffled_inputs_are_equal() {
    return forSeeds(seed -> {
      RandomPlans.Parts parts = parts(seed);
      Plan plan = plan(seed);
      Plan shuffled = parts.shuffled(new Random(seed)).build();
      assertThat(shuffled).isEqualTo(plan);
      assertThat(shuffled.hashCode()).isEqualTo(plan.hashCode());
      assertThat(shuffled.alignment().topologicalOrder()).isEqualTo(plan.alignment().topologicalOrder());
      assertThat(shuffled.getLinks()).isEqualTo(plan.getLinks());
    });
  }

  @TestFactory
  Stream<DynamicTest> every_plan_survives_a_round_trip_through_its_builder() {
    return forSeeds(seed -> {
      Plan plan = plan(seed);
      assertThat(plan.toBuilder().build()).isEqualTo(plan);
      for (Objective objective : plan.getObjectives()) {
        assertThat(plan.objective(objective.getId())).contains(objective);
        for (KeyResult kr : objective.getKeyResults()) {
          assertThat(plan.keyResult(kr.getId())).contains(kr);
          assertThat(plan.objectiveOf(kr.getId())).contains(objective);
        }
      }
    });
  }
}
