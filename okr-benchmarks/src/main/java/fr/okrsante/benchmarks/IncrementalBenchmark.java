package fr.okrsante.benchmarks;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * One new check-in, then re-evaluation: {@link Evaluation#withCheckIn} ({@code Plan.withCheckIn} +
 * incremental evaluation of the key result, the key results computed from it, its objective and
 * their ancestors) against the baseline appending to its arrays and recomputing the same key
 * results and objectives. Each call starts from the same evaluation; key results rotate over
 * 4,096 picked at random among those that take check-ins. Target: ≤ 100 µs at national size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class IncrementalBenchmark {

  private static final int KEYS = 4096;

  /** The plan size. */
  @Param({"national"})
  public String size;

  private Evaluation evaluation;
  private FlatPlan flat;
  private String[] ids;
  private int[] indexes;
  private CheckIn[] checkIns;
  private int[][] dependents;
  private int[] scratch;
  private boolean[] marked;
  private int next;

  /** Builds the plan, evaluates it and picks the key results (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    Plan plan = Plans.plan(Plans.size(size), 12);
    flat = Plans.flat(Plans.size(size), 12);
    evaluation = Evaluator.standard().evaluate(plan, PlanGenerator.AS_OF);
    List<KeyResult> candidates = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult kr : objective.getKeyResults()) {
        boolean takesCheckIns = !(kr.getMetric() instanceof ComputedMetric)
            && !(kr.getMetric() instanceof Milestone m && m.isFromInitiatives())
            && !(kr.getMetric() instanceof MoveToTarget t && t.isFromInitiatives());
        if (takesCheckIns) {
          candidates.add(kr);
        }
      }
    }
    SplittableRandom random = new SplittableRandom(7);
    ids = new String[KEYS];
    indexes = new int[KEYS];
    checkIns = new CheckIn[KEYS];
    dependents = new int[KEYS][];
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int g = 0; g < flat.krCount; g++) {
      index.put(flat.krIds[g], g);
    }
    LocalDate day = LocalDate.of(2026, 11, 19);
    for (int i = 0; i < KEYS; i++) {
      KeyResult kr = candidates.get(random.nextInt(candidates.size()));
      ids[i] = kr.getId();
      indexes[i] = index.get(kr.getId());
      if (kr.getMetric() instanceof Rate) {
        checkIns[i] = CheckIn.ofRate(day, 40 + random.nextInt(60), 100);
      } else if (kr.getMetric() instanceof Milestone) {
        checkIns[i] = CheckIn.of(day, BigDecimal.ONE);
      } else {
        checkIns[i] = CheckIn.of(day, BigDecimal.valueOf(random.nextInt(5000), 1));
      }
      // The computed key results that depend on it, sources first (as the library finds them).
      List<Integer> deps = new ArrayList<>();
      for (int g : flat.computedOrder) {
        for (int source : flat.sources[g]) {
          if (source == indexes[i] || deps.contains(source)) {
            deps.add(g);
            break;
          }
        }
      }
      dependents[i] = deps.stream().mapToInt(Integer::intValue).toArray();
    }
    scratch = new int[flat.objectiveCount];
    marked = new boolean[flat.objectiveCount];
    flat.evaluate(PlanGenerator.AS_OF);
  }

  /**
   * The library: a plan with one more check-in and its incremental evaluation.
   *
   * @return the new evaluation
   */
  @Benchmark
  public Evaluation library() {
    int i = next++ & (KEYS - 1);
    return evaluation.withCheckIn(ids[i], checkIns[i]);
  }

  /**
   * The baseline: append to the arrays, recompute the key result, its dependents and the
   * objectives above, then drop the check-in again so every call starts from the same state.
   *
   * @return the objectives' progress
   */
  @Benchmark
  public double[] baseline() {
    int i = next++ & (KEYS - 1);
    int g = indexes[i];
    flat.appendCheckIn(g, checkIns[i]);
    flat.update(g, PlanGenerator.AS_OF, dependents[i], scratch, marked);
    flat.dropLastCheckIn(g);
    return flat.progress;
  }
}
