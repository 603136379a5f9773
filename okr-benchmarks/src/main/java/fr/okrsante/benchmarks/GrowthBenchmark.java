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
 * Growth: full evaluation at {@code regional} and at {@code stress} (1 million objectives), with
 * 4 check-ins per key result at both sizes so the work per objective is the same and the stress
 * plan fits in a shared machine's memory. Target: time per objective at stress ≤ 1.5 × regional.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx10g", "-Xms4g"})
public class GrowthBenchmark {

  /** The plan size. */
  @Param({"regional", "stress"})
  public String size;

  private Plan plan;

  /** Builds the plan (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 4);
  }

  /**
   * Full evaluation.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation evaluate() {
    return Evaluator.standard().evaluate(plan, PlanGenerator.AS_OF);
  }
}
