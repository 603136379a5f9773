package fr.okrsante.benchmarks;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One structural update of a large plan: {@link Plan#withObjective} with a new objective (three key
 * results, owned by a unit of the plan), {@link Plan#withObjective} replacing an objective with
 * one more key result, {@link Plan#withLink} between two unlinked objectives of the same owner
 * unit tree. Each call starts from the same plan. Target: ≤ 50 ms at national size (the whole
 * rebuild and check these replace took about 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class StructureBenchmark {

  /** The plan size. */
  @Param({"national"})
  public String size;

  private Plan plan;
  private Objective added;
  private Objective replaced;
  private AlignmentLink link;

  /** Builds the plan and picks the updates (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 12);
    List<Objective> objectives = plan.getObjectives();
    SplittableRandom random = new SplittableRandom(11);
    Objective model = objectives.get(random.nextInt(objectives.size()));
    Objective.Builder builder = Objective.builder().id("zz-ajout").title("Objectif ajouté")
        .ownerUnitId(model.getOwnerUnitId()).cycleId(model.getCycleId());
    for (int k = 0; k < 3; k++) {
      builder.addKeyResults(count("zz-ajout.kr-" + k));
    }
    added = builder.build();
    Objective some = objectives.get(random.nextInt(objectives.size()));
    replaced = some.toBuilder().addKeyResults(count(some.getId() + ".kr-ajout")).build();
    // Two objectives of the plan, not linked yet, the child not above the parent: a leaf under a root.
    String child = plan.alignment().leaves().get(random.nextInt(plan.alignment().leaves().size()));
    String parent;
    do {
      parent = plan.alignment().roots().get(random.nextInt(plan.alignment().roots().size()));
    } while (parent.equals(child) || plan.alignment().parents(child).contains(parent));
    link = AlignmentLink.of(child, parent);
    if (plan.withLink(link).getLinks().size() != plan.getLinks().size() + 1) {
      throw new IllegalStateException("the link was not added");
    }
  }

  private static KeyResult count(String id) {
    return KeyResult.builder().id(id).title("Compter " + id).metric(MoveToTarget.of("0", Target.absolute("10"))).build();
  }

  /**
   * Adds an objective.
   *
   * @return the new plan
   */
  @Benchmark
  public Plan addObjective() {
    return plan.withObjective(added);
  }

  /**
   * Replaces an objective with one that has one more key result.
   *
   * @return the new plan
   */
  @Benchmark
  public Plan replaceObjective() {
    return plan.withObjective(replaced);
  }

  /**
   * Adds a link.
   *
   * @return the new plan
   */
  @Benchmark
  public Plan addLink() {
    return plan.withLink(link);
  }

  /**
   * Rebuilds and checks the whole plan with the new objective: what every update did before.
   *
   * @return the new plan
   */
  @Benchmark
  public Plan rebuild() {
    return plan.toBuilder().addObjectives(added).build();
  }
}
