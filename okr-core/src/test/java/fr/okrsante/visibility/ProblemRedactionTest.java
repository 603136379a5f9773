package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.Target;
import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A viewer's refused write reports the problems that name only what the viewer may see, and none
 * that names a hidden objective or key result, decided by each problem's ids: on random plans and
 * viewers, writes that collide with hidden and visible ids alike (a key result id a hidden objective
 * uses, a pooled rate of a hidden key result, a source that does not exist, a link that closes a
 * cycle).
 */
class ProblemRedactionTest {

  private static final int PLANS = 300;
  private static final AtomicInteger CHECKED = new AtomicInteger();

  static LongStream seeds() {
    return Seeds.range(PLANS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_viewer_never_sees_a_problem_naming_a_hidden_id_and_sees_those_that_do_not(long seed) {
    Plan plan = seed % 2 == 0 ? RandomPlans.valid(seed) : RandomPlans.territorial(seed);
    Random random = new Random(seed);
    for (Viewer viewer : VisibilityPropertiesTest.viewers(plan, seed)) {
      Access access = Access.of(plan, viewer);
      Set<String> hidden = new HashSet<>();
      List<String> visibleKeyResults = new ArrayList<>();
      List<String> hiddenKeyResults = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        boolean visible = access.canView(objective);
        if (!visible) {
          hidden.add(objective.getId());
        }
        for (KeyResult kr : objective.getKeyResults()) {
          (visible ? visibleKeyResults : hiddenKeyResults).add(kr.getId());
          if (!visible) {
            hidden.add(kr.getId());
          }
        }
      }
      for (Objective objective : plan.getObjectives()) {
        if (!access.canEdit(objective)) {
          continue;
        }
        List<String> sources = new ArrayList<>();
        sources.add("ghost-kr-" + seed);
        if (!hiddenKeyResults.isEmpty()) {
          sources.add(hiddenKeyResults.get(random.nextInt(hiddenKeyResults.size())));
        }
        if (!visibleKeyResults.isEmpty()) {
          sources.add(visibleKeyResults.get(random.nextInt(visibleKeyResults.size())));
        }
        List<KeyResult> added = new ArrayList<>(objective.getKeyResults());
        added.add(pooledRate("new-pool-" + seed, sources));
        if (!hiddenKeyResults.isEmpty()) {
          // reuses a hidden key result's id
          added.add(pooledRate(hiddenKeyResults.get(random.nextInt(hiddenKeyResults.size())), List.of("ghost-kr-" + seed)));
        }
        Objective changed = objective.toBuilder().keyResults(added).build();
        checkRedaction(plan, hidden, p -> p.withObjective(changed), () -> access.withObjective(changed));
        CHECKED.incrementAndGet();
        int links = 0;
        for (String ancestor : plan.alignment().ancestors(objective.getId())) {
          if (links < 3 && access.canEdit(ancestor)) {
            // the objective serves the ancestor already, maybe through hidden objectives: a link back closes a cycle
            AlignmentLink back = AlignmentLink.of(ancestor, objective.getId());
            checkRedaction(plan, hidden, p -> p.withLink(back), () -> access.withLink(back));
            links++;
          }
        }
      }
    }
  }

  @AfterAll
  static void many_refused_writes_were_compared() {
    assertThat(CHECKED.get()).as("writes compared over %s plans", PLANS).isGreaterThan(100);
  }

  private static KeyResult pooledRate(String id, List<String> sources) {
    return KeyResult.builder().id(id).title("Taux " + id).metric(ComputedMetric.builder()
        .aggregation(Aggregation.POOLED_RATE).sourceIds(sources).baseline(BigDecimal.ZERO)
        .target(Target.absolute("90")).build()).build();
  }

  /** Compares the viewer's refusal with the plan's own one. */
  private static void checkRedaction(Plan plan, Set<String> hidden, Function<Plan, Plan> write, Runnable viewerWrite) {
    InvalidPlanException whole = catchThrowableOfType(InvalidPlanException.class, () -> write.apply(plan));
    InvalidPlanException seen = catchThrowableOfType(InvalidPlanException.class, viewerWrite::run);
    if (whole == null) {
      assertThat(seen).isNull();
      return;
    }
    assertThat(seen).as("the viewer's write is refused as the plan refuses it").isNotNull();
    List<PlanProblem> naming = new ArrayList<>();
    List<PlanProblem> notNaming = new ArrayList<>();
    for (PlanProblem problem : whole.getProblems()) {
      (Collections.disjoint(problem.getIds(), hidden) ? notNaming : naming).add(problem);
    }
    for (PlanProblem problem : seen.getProblems()) {
      assertThat(Collections.disjoint(problem.getIds(), hidden)).as("%s names no hidden id %s", problem, hidden).isTrue();
      for (String id : hidden) {
        // the text says no more than the ids: a hidden id never appears in what the viewer reads
        assertThat(problem.toString()).as("text of %s", problem).doesNotContain("[" + id + "]").doesNotContain("'" + id + "'");
      }
    }
    assertThat(seen.getProblems()).as("problems naming only visible ids").containsAll(notNaming);
    if (naming.isEmpty()) {
      assertThat(seen.getProblems()).containsExactlyElementsOf(whole.getProblems());
    } else {
      assertThat(seen.getProblems()).hasSize(notNaming.size() + 1);
      assertThat(seen.getProblems().get(notNaming.size()).getKind()).isEqualTo(PlanProblem.Kind.RESTRICTED);
    }
  }

  @Test
  void a_pooled_rate_of_a_hidden_key_result_is_reported_anonymously_with_the_kind_restricted() {
    Plan plan = HealthScenarios.plan();
    Objective attente = plan.objective("urg-attente").orElseThrow().toBuilder()
        .addKeyResults(pooledRate("attente.kr-pool", List.of("cpom.kr-deficit", "attente.kr-delai")))
        .build();
    InvalidPlanException seen = catchThrowableOfType(InvalidPlanException.class,
        () -> Access.of(plan, HealthScenarios.URGENCES_NURSE).withObjective(attente));
    assertThat(seen.getProblems()).extracting(PlanProblem::getKind)
        .containsExactly(PlanProblem.Kind.WRONG_REFERENCE, PlanProblem.Kind.RESTRICTED);
    assertThat(seen.getProblems().get(0).getIds()).containsExactly("urg-attente", "attente.kr-pool", "attente.kr-delai");
    assertThat(seen.getProblems().get(1).getIds()).containsExactly("urg-attente");
    assertThat(seen.getProblems()).allSatisfy(p -> assertThat(p.getIds()).doesNotContain("cpom.kr-deficit", "etab-cpom"));
  }

}
