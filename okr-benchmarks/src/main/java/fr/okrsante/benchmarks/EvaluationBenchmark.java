package fr.okrsante.benchmarks;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
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
 * Full evaluation of a plan as of a date: {@link Evaluator#evaluate} against the hand-written
 * array rollup ({@link FlatPlan#evaluate}) on the same plan. Target: library ≤ 3 × baseline,
 * national &lt; 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class EvaluationBenchmark {

  /** The plan size. */
  @Param({"regional", "national"})
  public String size;

  /** Monthly check-ins per key result. */
  @Param({"12"})
  public int checkIns;

  private Plan plan;
  private FlatPlan flat;

  /** Builds the plan and its flat copy (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), checkIns);
    flat = Plans.flat(Plans.size(size), checkIns);
  }

  /**
   * The library: full evaluation.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation library() {
    return Evaluator.standard().evaluate(plan, PlanGenerator.AS_OF);
  }

  /**
   * The hand-written baseline: the same evaluation over arrays.
   *
   * @return the objectives' progress
   */
  @Benchmark
  public double[] baseline() {
    flat.evaluate(PlanGenerator.AS_OF);
    return flat.progress;
  }
}
