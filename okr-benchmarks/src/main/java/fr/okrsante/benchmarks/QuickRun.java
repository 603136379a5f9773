package fr.okrsante.benchmarks;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The quick mode: measures the retained heap of the national plan, runs every benchmark with
 * short warm-up and measurement in this JVM (so the national plan is generated once), and prints
 * one table: operation, size, library, baseline, ratio, target, met/missed.
 *
 * <p>Run with {@code okr-benchmarks/run-quick.sh}, or
 * {@code java -Xmx10g -cp okr-benchmarks/target/benchmarks.jar fr.okrsante.benchmarks.QuickRun}.
 * Optional arguments: warm-up iterations, measurement iterations, seconds per iteration
 * (defaults 2, 3, 1).
 */
public final class QuickRun {

  private QuickRun() {}

  /**
   * Entry point.
   *
   * @param args warm-up iterations, measurement iterations, seconds per iteration
   * @throws RunnerException if JMH fails
   * @throws InterruptedException if interrupted while settling the heap
   * @throws java.io.IOException never: documents are written in memory
   */
  public static void main(String[] args) throws RunnerException, InterruptedException, java.io.IOException {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long started = System.nanoTime();
    List<String[]> rows = new ArrayList<>();

    // Heap and build time of the national plan; the plan then stays cached for the benchmarks.
    long before = HeapMeasure.usedAfterGc();
    long t0 = System.nanoTime();
    Plan.Builder builder = PlanGenerator.builder(PlanGenerator.Size.NATIONAL, 12);
    long t1 = System.nanoTime();
    Plan national = builder.build();
    long t2 = System.nanoTime();
    builder = null;
    long retained = HeapMeasure.usedAfterGc() - before;
    long checkIns = 0;
    for (Objective objective : national.getObjectives()) {
      for (KeyResult kr : objective.getKeyResults()) {
        checkIns += kr.getCheckIns().size();
      }
    }
    int objectives = national.getObjectives().size();
    Plans.put(PlanGenerator.Size.NATIONAL, 12, national);
    double perCheckIn = (double) retained / checkIns;
    rows.add(row("build (generate + validate)", "national", ms((t2 - t0) / 1e6), "-", "-",
        "info (generate " + ms((t1 - t0) / 1e6) + ", Plan.build " + ms((t2 - t1) / 1e6) + ")", ""));
    rows.add(row("retained heap", "national", String.format(Locale.ROOT, "%.0f MB", retained / 1e6), "-", "-",
        "report", String.format(Locale.ROOT, "%.0f B/objective", (double) retained / objectives)));
    rows.add(row("retained heap per check-in", "national", String.format(Locale.ROOT, "%.1f B", perCheckIn), "-", "-",
        "<= 100 B (all-in: plan bytes / check-ins)", perCheckIn <= 100 ? "met" : "MISSED"));

    Map<String, Double> scores = new LinkedHashMap<>();
    run(scores, warmups, iterations, seconds, IncrementalBenchmark.class, "national");
    run(scores, warmups, iterations, seconds, EvaluationBenchmark.class, "national");
    run(scores, warmups, iterations, seconds, ViewBenchmark.class, "national");
    run(scores, warmups, iterations, seconds, EvaluationBenchmark.class, "regional");
    run(scores, warmups, iterations, seconds, JsonBenchmark.class, "regional");
    int[] documentSizes = JsonBenchmark.documentSizes(Plans.plan(PlanGenerator.Size.REGIONAL, 12));
    run(scores, warmups, iterations, seconds, GrowthBenchmark.class, "regional");
    run(scores, warmups, iterations, seconds, GrowthBenchmark.class, "stress");

    for (String size : new String[] {"regional", "national"}) {
      double lib = scores.get("EvaluationBenchmark.library " + size);
      double base = scores.get("EvaluationBenchmark.baseline " + size);
      boolean met = lib <= 3 * base && (!size.equals("national") || lib < 1000);
      rows.add(row("full evaluation", size, ms(lib), ms(base), ratio(lib / base),
          size.equals("national") ? "<= 3x and < 1 s" : "<= 3x", met ? "met" : "MISSED"));
    }
    double incremental = scores.get("IncrementalBenchmark.library national");
    double incrementalBase = scores.get("IncrementalBenchmark.baseline national");
    double full = scores.get("EvaluationBenchmark.library national") * 1000;
    rows.add(row("withCheckIn + incremental evaluation", "national", us(incremental), us(incrementalBase),
        ratio(incremental / incrementalBase), "<= 100 us", incremental <= 100 ? "met" : "MISSED"));
    rows.add(row("full / incremental", "national", ratio(full / incremental), "-", "-", ">= 1000x",
        full / incremental >= 1000 ? "met" : "MISSED"));
    double regional = scores.get("GrowthBenchmark.evaluate regional") * 1e6 / PlanGenerator.Size.REGIONAL.objectives();
    double stress = scores.get("GrowthBenchmark.evaluate stress") * 1e6 / PlanGenerator.Size.STRESS.objectives();
    rows.add(row("growth: evaluation time per objective", "stress vs regional",
        String.format(Locale.ROOT, "%.0f ns", stress), String.format(Locale.ROOT, "%.0f ns", regional),
        ratio(stress / regional), "<= 1.5x", stress / regional <= 1.5 ? "met" : "MISSED"));
    double fullView = scores.get("ViewBenchmark.fullEvaluation national");
    for (String policy : new String[] {"Redacted", "LeftOut"}) {
      double view = scores.get("ViewBenchmark.view" + policy + " national");
      rows.add(row("view + evaluation, one viewer (" + (policy.equals("Redacted") ? "counted-redacted" : "left-out") + ")",
          "national", ms(view), ms(fullView) + " (full evaluation)", ratio(view / fullView), "<= 1.5x full evaluation",
          view <= 1.5 * fullView ? "met" : "MISSED"));
    }
    for (String way : new String[] {"Write", "Read"}) {
      double lib = scores.get("JsonBenchmark.library" + way + " regional");
      double base = scores.get("JsonBenchmark.baseline" + way + " regional");
      double libMbps = documentSizes[0] / (lib / 1000) / 1e6;
      double baseMbps = documentSizes[1] / (base / 1000) / 1e6;
      rows.add(row("JSON " + way.toLowerCase(Locale.ROOT) + " (MB/s of each document)", "regional",
          String.format(Locale.ROOT, "%.1f ms, %.0f MB/s", lib, libMbps),
          String.format(Locale.ROOT, "%.1f ms, %.0f MB/s", base, baseMbps),
          ratio(base / lib) + " of baseline plans/s", ">= 0.7x Jackson on flat records",
          base / lib >= 0.7 ? "met" : "MISSED"));
    }
    rows.add(row("JSON document sizes", "regional", String.format(Locale.ROOT, "%.1f MB", documentSizes[0] / 1e6),
        String.format(Locale.ROOT, "%.1f MB", documentSizes[1] / 1e6), "-", "info", ""));

    System.out.println();
    System.out.printf(Locale.ROOT, "okr-sante quick benchmarks — JDK %s, %d processors, load before: %s, total %.0f s%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load(),
        (System.nanoTime() - started) / 1e9);
    print(rows);
  }

  private static void run(Map<String, Double> scores, int warmups, int iterations, int seconds, Class<?> benchmark,
      String size) throws RunnerException {
    // The view benchmarks compare two operations of about half a second whose times swing with
    // the collector: they get twice the iterations, each twice as long (about 40 s more).
    int more = benchmark == ViewBenchmark.class ? 2 : 1;
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .param("size", size)
        .forks(0)
        .warmupIterations(warmups)
        .measurementIterations(iterations * more)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementTime(TimeValue.seconds((long) seconds * more))
        .timeUnit(TimeUnit.MILLISECONDS);
    if (benchmark == IncrementalBenchmark.class) {
      options.timeUnit(TimeUnit.MICROSECONDS);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
      scores.put(label + " " + size, result.getPrimaryResult().getScore());
    }
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String[] row(String... cells) {
    return cells;
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.1f ms", value);
  }

  private static String us(double value) {
    return String.format(Locale.ROOT, "%.1f us", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  private static void print(List<String[]> rows) {
    String[] header = {"operation", "size", "library", "baseline", "ratio", "target", "met/missed"};
    int[] widths = new int[header.length];
    List<String[]> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < all.size(); r++) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < header.length; i++) {
        line.append(' ').append(String.format(Locale.ROOT, "%-" + widths[i] + "s", all.get(r)[i])).append(" |");
      }
      System.out.println(line);
      if (r == 0) {
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
          rule.append(' ').append("-".repeat(width)).append(" |");
        }
        System.out.println(rule);
      }
    }
  }
}
