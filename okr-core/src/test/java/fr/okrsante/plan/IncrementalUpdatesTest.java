package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Plan#withObjective}, {@link Plan#withLink} and {@link Plan#withoutLink} skip the whole
 * check when a local one shows the plan stays valid: on random plans and random updates (valid or
 * not), each gives exactly what rebuilding the plan from its parts gives — the same plan, the same
 * lookups and graph, or the same problems.
 */
class IncrementalUpdatesTest {

  private static final int SEEDS = 400;

  private static KeyResult count(String id) {
    return KeyResult.builder().id(id).title("Compter " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  @TestFactory
  Stream<DynamicTest> updates_give_what_a_rebuild_gives() {
    return Seeds.range(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = RandomPlans.valid(seed);
      Random random = new Random(seed);
      List<Objective> objectives = plan.getObjectives();
      for (int i = 0; i < 6 && !objectives.isEmpty(); i++) {
        Objective a = objectives.get(random.nextInt(objectives.size()));
        Objective b = objectives.get(random.nextInt(objectives.size()));
        if (!a.getId().equals(b.getId())) {
          AlignmentLink link = AlignmentLink.of(a.getId(), b.getId());
          compare(seed, "withLink " + link, () -> plan.withLink(link), () -> plan.toBuilder().addLink(link).build());
        }
      }
      for (AlignmentLink link : plan.getLinks()) {
        if (random.nextInt(4) == 0) {
          compare(seed, "withoutLink " + link, () -> plan.withoutLink(link.getChildId(), link.getParentId()),
              () -> rebuiltWithout(plan, link));
        }
      }
      for (Objective candidate : candidates(plan, random)) {
        compare(seed, "withObjective " + candidate.getId(), () -> plan.withObjective(candidate), () -> {
          Plan.Builder builder = Plan.builder().title(plan.getTitle()).addAllUnits(plan.getUnits())
              .addAllCycles(plan.getCycles()).addAllInitiatives(plan.getInitiatives()).addAllLinks(plan.getLinks());
          for (Objective objective : plan.getObjectives()) {
            if (!objective.getId().equals(candidate.getId())) {
              builder.addObjectives(objective);
            }
          }
          return builder.addObjectives(candidate).build();
        });
      }
    }));
  }

  private static Plan rebuiltWithout(Plan plan, AlignmentLink removed) {
    List<AlignmentLink> links = new ArrayList<>(plan.getLinks());
    links.remove(removed);
    return Plan.builder().title(plan.getTitle()).addAllUnits(plan.getUnits()).addAllCycles(plan.getCycles())
        .addAllObjectives(plan.getObjectives()).addAllInitiatives(plan.getInitiatives()).addAllLinks(links).build();
  }

  /** Objectives to add or replace: renamed, with one more key result, new, clashing, stripped, misplaced. */
  private static List<Objective> candidates(Plan plan, Random random) {
    List<Objective> result = new ArrayList<>();
    List<Objective> objectives = plan.getObjectives();
    String unit = plan.getUnits().get(random.nextInt(plan.getUnits().size())).getId();
    String cycle = plan.getCycles().get(random.nextInt(plan.getCycles().size())).getId();
    Objective.Builder fresh = Objective.builder().id("zz-new-" + random.nextInt(1000)).title("Nouveau")
        .ownerUnitId(unit).cycleId(cycle).addKeyResults(count("kr-new-" + random.nextInt(1000)));
    result.add(fresh.build());
    result.add(Objective.builder().id("aa-new").title("Nouveau").ownerUnitId(unit).cycleId(cycle).build());
    result.add(Objective.builder().id("mm-ghost").title("Perdu").ownerUnitId("ghost-unit").cycleId(cycle).build());
    if (objectives.isEmpty()) {
      return result;
    }
    Objective some = objectives.get(random.nextInt(objectives.size()));
    result.add(some.toBuilder().title("Renommé").build());
    result.add(some.toBuilder().ownerUnitId(unit).build());
    result.add(some.toBuilder().cycleId(cycle).build());
    result.add(some.toBuilder().addKeyResults(count("kr-extra-" + random.nextInt(1000))).build());
    result.add(some.toBuilder().keyResults(List.of()).build());
    Objective other = objectives.get(random.nextInt(objectives.size()));
    if (!other.getKeyResults().isEmpty()) {
      String taken = other.getKeyResults().get(0).getId();
      if (some.keyResult(taken).isEmpty()) {
        result.add(some.toBuilder().addKeyResults(count(taken)).build());
      }
      result.add(Objective.builder().id("zz-clash").title("Doublon").ownerUnitId(unit).cycleId(cycle)
          .addKeyResults(count(taken)).build());
    }
    return result;
  }

  private static void compare(long seed, String update, Supplier<Plan> incremental, Supplier<Plan> rebuilt) {
    Object expected = outcome(rebuilt);
    Object actual = outcome(incremental);
    String context = "seed " + seed + ", " + update;
    if (expected instanceof Plan wanted) {
      assertThat(actual).as(context).isInstanceOf(Plan.class);
      Plan got = (Plan) actual;
      assertThat(got).as(context).isEqualTo(wanted);
      assertThat(got.alignment().topologicalOrder()).as(context).isEqualTo(wanted.alignment().topologicalOrder());
      assertThat(got.alignment().orphans()).as(context).isEqualTo(wanted.alignment().orphans());
      assertThat(got.alignment().roots()).as(context).isEqualTo(wanted.alignment().roots());
      for (Objective objective : wanted.getObjectives()) {
        assertThat(got.alignment().position(objective.getId())).as(context)
            .isEqualTo(wanted.alignment().position(objective.getId()));
        assertThat(got.alignment().childLinks(objective.getId())).as(context)
            .isEqualTo(wanted.alignment().childLinks(objective.getId()));
        assertThat(got.alignment().parentLinks(objective.getId())).as(context)
            .isEqualTo(wanted.alignment().parentLinks(objective.getId()));
        for (KeyResult kr : objective.getKeyResults()) {
          assertThat(got.keyResult(kr.getId())).as(context).contains(kr);
          assertThat(got.objectiveOf(kr.getId())).as(context).contains(objective);
          assertThat(got.initiativesOf(kr.getId())).as(context).isEqualTo(wanted.initiativesOf(kr.getId()));
        }
      }
      assertThat(got).as(context).hasToString(wanted.toString());
    } else {
      assertThat(actual).as(context).isEqualTo(expected);
    }
  }

  /** The plan, or the problems it was refused with. */
  private static Object outcome(Supplier<Plan> update) {
    try {
      return update.get();
    } catch (InvalidPlanException e) {
      return e.getProblems();
    }
  }

  @Test
  void a_link_that_closes_a_cycle_is_refused_with_the_cycle() {
    Plan plan = RandomPlans.valid(3);
    AlignmentLink existing = plan.getLinks().get(0);
    AlignmentLink back = AlignmentLink.of(existing.getParentId(), existing.getChildId());
    assertThat(outcome(() -> plan.withLink(back))).asString().contains("alignment cycle");
  }

  @Test
  void removing_a_link_keeps_the_other_lookups() {
    Plan plan = RandomPlans.valid(5);
    AlignmentLink link = plan.getLinks().get(0);
    Plan without = plan.withoutLink(link.getChildId(), link.getParentId());
    assertThat(without.getLinks()).doesNotContain(link).hasSize(plan.getLinks().size() - 1);
    assertThat(without.alignment().parents(link.getChildId())).doesNotContain(link.getParentId());
    assertThat(without.getObjectives()).isEqualTo(plan.getObjectives());
  }
}
