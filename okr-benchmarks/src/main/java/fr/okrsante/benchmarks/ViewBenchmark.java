package fr.okrsante.benchmarks;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
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
 * View + evaluation for one viewer (a member of a hospital service: sees public objectives, those
 * of its organisation's units and its own), under both hidden-contribution policies, against the
 * full evaluation of the same plan in the same run. Target: ≤ 1.5 × the full evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class ViewBenchmark {

  /** The unit the viewer is a member of. */
  static final String VIEWER_UNIT = "r001.g1.e1.p1.s1";

  /** The plan size. */
  @Param({"national"})
  public String size;

  private Plan plan;
  private Viewer viewer;

  /** Builds the plan (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 12);
    viewer = Viewer.of("p-viewer", Membership.member(VIEWER_UNIT));
  }

  /**
   * The view (hidden contributions counted but redacted, the default) and its evaluation.
   *
   * @return the evaluation view
   */
  @Benchmark
  public EvaluationView viewRedacted() {
    return Access.of(plan, viewer).view(HiddenContributions.COUNTED_REDACTED).evaluate(PlanGenerator.AS_OF);
  }

  /**
   * The view (hidden contributions left out) and its evaluation.
   *
   * @return the evaluation view
   */
  @Benchmark
  public EvaluationView viewLeftOut() {
    return Access.of(plan, viewer).view(HiddenContributions.LEFT_OUT).evaluate(PlanGenerator.AS_OF);
  }

  /**
   * The reference: the full evaluation of the whole plan.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation fullEvaluation() {
    return Evaluator.standard().evaluate(plan, PlanGenerator.AS_OF);
  }
}
