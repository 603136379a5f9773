package fr.okrsante.benchmarks;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.HtmlDashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.UnitDashboards;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.UnitFocus;
import java.time.LocalDate;
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
 * The committee dashboard page of one unit of the national plan ({@code okr report --unit ID
 * --since DATE --format html}), with its trend charts: targets &lt; 2 s and a page &lt; 5 MB.
 *
 * <p>{@link #unitPage()} starts from the evaluated plan (what a host that keeps the evaluation
 * does); {@link #unitPageWithEvaluation()} evaluates the whole plan at both dates first (what the
 * command line does). Run: {@code java -jar okr-benchmarks/target/benchmarks.jar DashboardBenchmark
 * -f 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// the heap sized and touched up front: growing it from 2 GB made the first measured iterations of
// each fork 1–2.6 s instead of 0.4 s (page faults, not the page's work; see okr-benchmarks/README.md)
@Fork(value = 2, jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class DashboardBenchmark {

  /** The unit whose page is made: a hospital service, five levels under its region. */
  public static final String UNIT = "r001.g1.e1.p1.s1";

  /** The date of the previous committee. */
  public static final LocalDate SINCE = PlanGenerator.AS_OF.minusMonths(3);

  /** The plan size. */
  @Param({"national"})
  public String size;

  private Plan plan;
  private Evaluation now;
  private Evaluation earlier;
  private final Labels labels = Labels.forLanguage("fr");

  /** Builds and evaluates the plan (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 12);
    now = Evaluation.of(plan, PlanGenerator.AS_OF);
    earlier = Evaluation.of(plan, SINCE);
  }

  /**
   * Makes the unit's page of the evaluated plan.
   *
   * @param plan the plan
   * @param now its evaluation as of the committee
   * @param earlier its evaluation as of the previous committee
   * @param labels the language
   * @return the HTML page
   */
  public static String page(Plan plan, Evaluation now, Evaluation earlier, Labels labels) {
    Dashboard dashboard = Dashboard.of(plan, now, earlier).focusedOn(UnitFocus.of(plan, UNIT));
    return HtmlDashboard.render(dashboard, labels);
  }

  /**
   * The page as {@code okr report --unit} makes it: only the part of the plan the unit's page
   * depends on is evaluated ({@link UnitDashboards}).
   *
   * @return the page
   */
  @Benchmark
  public String unitPageOfTheNeededPart() {
    return HtmlDashboard.render(UnitDashboards.of(plan, UNIT, Evaluator.standard(), PlanGenerator.AS_OF, SINCE), labels);
  }

  /**
   * The page, from the evaluations.
   *
   * @return the page
   */
  @Benchmark
  public String unitPage() {
    return page(plan, now, earlier, labels);
  }

  /**
   * The page, evaluating the whole plan at both dates first.
   *
   * @return the page
   */
  @Benchmark
  public String unitPageWithEvaluation() {
    return page(plan, Evaluation.of(plan, PlanGenerator.AS_OF), Evaluation.of(plan, SINCE), labels);
  }

  /**
   * Measures once, outside JMH: the time of each step and the page's size, for the README's note.
   *
   * @param args the plan size (default national)
   */
  public static void main(String[] args) {
    Plan plan = Plans.plan(Plans.size(args.length > 0 ? args[0] : "national"), 12);
    Labels labels = Labels.forLanguage("fr");
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      Evaluation now = Evaluation.of(plan, PlanGenerator.AS_OF);
      Evaluation earlier = Evaluation.of(plan, SINCE);
      long t1 = System.nanoTime();
      Dashboard whole = Dashboard.of(plan, now, earlier);
      long t2 = System.nanoTime();
      Dashboard focused = whole.focusedOn(UnitFocus.of(plan, UNIT));
      long t3 = System.nanoTime();
      String html = HtmlDashboard.render(focused, labels);
      long t4 = System.nanoTime();
      long t5 = System.nanoTime();
      String needed = HtmlDashboard.render(UnitDashboards.of(plan, UNIT, Evaluator.standard(), PlanGenerator.AS_OF, SINCE),
          labels);
      long t6 = System.nanoTime();
      System.out.printf(java.util.Locale.ROOT, "round %d: UnitDashboards (needed part only) %.0f ms, %d bytes, same page: %s%n",
          round, (t6 - t5) / 1e6, needed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, needed.equals(html));
      System.out.printf(java.util.Locale.ROOT, "round %d: evaluations %.0f ms, dashboard %.0f ms, focus %.0f ms, "
          + "page with its charts %.0f ms (%.0f ms from the evaluations), %d bytes%n", round, (t1 - t0) / 1e6,
          (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t4 - t1) / 1e6,
          html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }
}
