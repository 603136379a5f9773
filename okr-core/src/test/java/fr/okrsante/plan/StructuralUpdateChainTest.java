package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Chains of structural updates ({@link Plan#withObjective} adding objectives or key results,
 * {@link Plan#withLink}, {@link Plan#withoutLink}), each applied to the plan the previous one gave,
 * on random plans: after every step the plan equals the one built from scratch with the same
 * content — the same compiled structure (positions, id indexes, adjacency, parents-first order),
 * the same problems when the update is refused, the same evaluation. The chains are longer than
 * {@link LayeredIdIndex#MAX_LAYERS} updates, so the id indexes fold their layers on the way.
 */
class StructuralUpdateChainTest {

  private static final int SEEDS = 120;
  private static final int STEPS = 2 * LayeredIdIndex.MAX_LAYERS + 6;

  private static KeyResult count(String id) {
    return KeyResult.builder().id(id).title("Compter " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  @TestFactory
  Stream<DynamicTest> every_step_of_a_chain_of_updates_equals_a_plan_built_from_scratch() {
    return Seeds.range(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Plan plan = RandomPlans.valid(seed);
      Random random = new Random(seed);
      LocalDate asOf = plan.getCycles().isEmpty() ? LocalDate.of(2026, 6, 1)
          : plan.getCycles().get(0).getStartDate().plusDays(random.nextInt(300));
      for (int step = 0; step < STEPS; step++) {
        Plan current = plan;
        List<Objective> objectives = current.getObjectives();
        int kind = random.nextInt(10);
        String context = "seed " + seed + ", step " + step;
        Supplier<Plan> incremental;
        Supplier<Plan> rebuilt;
        if (kind < 4 || objectives.size() < 2) {
          Objective added = newObjective(current, random, step);
          context += ", add " + added.getId();
          incremental = () -> current.withObjective(added);
          rebuilt = () -> rebuiltWith(current, added, null);
        } else if (kind < 6) {
          Objective some = objectives.get(random.nextInt(objectives.size()));
          String id = random.nextInt(8) == 0 && !objectives.get(0).getKeyResults().isEmpty()
              ? objectives.get(0).getKeyResults().get(0).getId() // may clash
              : "kr-step-" + step;
          Objective grown = some.keyResult(id).isPresent() ? some : some.toBuilder().addKeyResults(count(id)).build();
          context += ", key result " + id + " on " + some.getId();
          incremental = () -> current.withObjective(grown);
          rebuilt = () -> rebuiltWith(current, grown, null);
        } else if (kind < 9) {
          Objective a = objectives.get(random.nextInt(objectives.size()));
          Objective b = objectives.get(random.nextInt(objectives.size()));
          if (a.getId().equals(b.getId())) {
            continue;
          }
          AlignmentLink link = AlignmentLink.of(a.getId(), b.getId());
          context += ", link " + link;
          incremental = () -> current.withLink(link);
          rebuilt = () -> rebuiltWith(current, null, link);
        } else {
          if (current.getLinks().isEmpty()) {
            continue;
          }
          AlignmentLink link = current.getLinks().get(random.nextInt(current.getLinks().size()));
          context += ", unlink " + link;
          incremental = () -> current.withoutLink(link.getChildId(), link.getParentId());
          rebuilt = () -> {
            Plan.Builder builder = current.toBuilder();
            builder.links.remove(link);
            return builder.build();
          };
        }
        Object expected = outcome(rebuilt);
        Object actual = outcome(incremental);
        if (!(expected instanceof Plan wanted)) {
          assertThat(actual).as(context).isEqualTo(expected);
          continue;
        }
        assertThat(actual).as(context).isInstanceOf(Plan.class);
        Plan got = (Plan) actual;
        assertSameStructure(context, got, wanted);
        if (step % 7 == 0 || step == STEPS - 1) {
          assertThat(ProgressPropertyTest.snapshot(Evaluation.of(got, asOf))).as(context)
              .isEqualTo(ProgressPropertyTest.snapshot(Evaluation.of(wanted, asOf)));
        }
        plan = got;
      }
    }));
  }

  /** A new objective: an id anywhere in the id order, zero to three new key results, a known or unknown owner. */
  private static Objective newObjective(Plan plan, Random random, int step) {
    String[] prefixes = {"aa", "mm", "zz", "obj"};
    String id = prefixes[random.nextInt(prefixes.length)] + "-step-" + step;
    String unit = random.nextInt(12) == 0 ? "ghost-unit" : plan.getUnits().get(random.nextInt(plan.getUnits().size())).getId();
    String cycle = plan.getCycles().get(random.nextInt(plan.getCycles().size())).getId();
    Objective.Builder builder = Objective.builder().id(id).title("Ajout " + step).ownerUnitId(unit).cycleId(cycle);
    int keyResults = random.nextInt(4);
    for (int k = 0; k < keyResults; k++) {
      builder.addKeyResults(count(id + ".kr-" + k));
    }
    return builder.build();
  }

  private static Plan rebuiltWith(Plan plan, @Nullable Objective objective, @Nullable AlignmentLink link) {
    Plan.Builder builder = plan.toBuilder();
    if (objective != null) {
      builder.objectives.removeIf(o -> o.getId().equals(objective.getId()));
      builder.objectives.add(objective);
    }
    if (link != null) {
      builder.links.add(link);
    }
    return builder.build();
  }

  private static void assertSameStructure(String context, Plan got, Plan wanted) {
    assertThat(got).as(context).isEqualTo(wanted);
    assertThat(got).as(context).hasToString(wanted.toString());
    PlanStructure g = got.structure();
    PlanStructure w = wanted.structure();
    assertThat(g.objectiveIds).as(context).isEqualTo(w.objectiveIds);
    assertThat(g.keyResultStart).as(context).isEqualTo(w.keyResultStart);
    assertThat(g.keyResultObjective).as(context).isEqualTo(w.keyResultObjective);
    assertThat(g.ownerIsTop).as(context).isEqualTo(w.ownerIsTop);
    assertThat(g.links).as(context).isEqualTo(w.links);
    assertThat(g.linkChild).as(context).isEqualTo(w.linkChild);
    assertThat(g.linkParent).as(context).isEqualTo(w.linkParent);
    assertThat(g.up).as(context).isDeepEqualTo(w.up);
    assertThat(g.down).as(context).isDeepEqualTo(w.down);
    assertThat(g.parentsFirst).as(context).isEqualTo(w.parentsFirst);
    assertThat(g.units).as(context).isEqualTo(w.units);
    assertThat(g.initiativesByKeyResult).as(context).isEqualTo(w.initiativesByKeyResult);
    for (Objective objective : wanted.getObjectives()) {
      assertThat(g.objectivePosition(objective.getId())).as(context).isEqualTo(w.objectivePosition(objective.getId()));
      for (KeyResult kr : objective.getKeyResults()) {
        assertThat(g.keyResultIndex(kr.getId())).as(context).isEqualTo(w.keyResultIndex(kr.getId()));
      }
    }
    assertThat(g.objectivePosition("no-such-objective")).isEqualTo(-1);
    assertThat(g.keyResultIndex("no-such-key-result")).isEqualTo(-1);
    assertThat(got.alignment().topologicalOrder()).as(context).isEqualTo(wanted.alignment().topologicalOrder());
    assertThat(got.alignment().roots()).as(context).isEqualTo(wanted.alignment().roots());
    assertThat(got.alignment().orphans()).as(context).isEqualTo(wanted.alignment().orphans());
  }

  /** The plan, or the problems it was refused with. */
  private static Object outcome(Supplier<Plan> update) {
    try {
      return update.get();
    } catch (InvalidPlanException e) {
      return e.getProblems();
    }
  }
}
