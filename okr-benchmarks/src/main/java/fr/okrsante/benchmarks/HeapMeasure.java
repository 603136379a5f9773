package fr.okrsante.benchmarks;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Measures the retained heap of a generated plan: used heap after full GCs with the plan alive,
 * minus used heap after full GCs once it is gone; also times generating and building it.
 *
 * <p>Run: {@code java -Xmx6g -cp okr-benchmarks/target/benchmarks.jar fr.okrsante.benchmarks.HeapMeasure national}
 * (or {@code national marginal} for the cost of each additional check-in). Prints one line of
 * {@code key=value} pairs per plan measured.
 */
public final class HeapMeasure {

  /** Keeps a measured plan reachable. */
  static volatile Object sink;

  private HeapMeasure() {}

  /**
   * Entry point.
   *
   * @param args the size name ({@code regional}, {@code national}, {@code stress}), default national; then
   *     the check-ins per key result, default 12, or {@code marginal}: the plan with 1 and then with 12
   *     check-ins per key result (same structure), and the bytes each additional check-in costs; or
 *     {@code histogram} (then optionally the check-ins per key result): the classes whose live
 *     instances the plan adds, largest first, from the JVM's class histogram
   * @throws InterruptedException if interrupted while settling the heap
   */
  public static void main(String[] args) throws InterruptedException {
    PlanGenerator.Size size = PlanGenerator.Size.valueOf(
        (args.length > 0 ? args[0] : "national").toUpperCase(Locale.ROOT));
    if (args.length > 1 && args[1].equals("histogram")) {
      histogram(size, args.length > 2 ? Integer.parseInt(args[2]) : 12);
      return;
    }
    if (args.length > 1 && args[1].equals("marginal")) {
      Measure one = measure(size, 1);
      Measure twelve = measure(size, 12);
      System.out.printf(Locale.ROOT, "size=%s marginalBytesPerCheckIn=%.1f structureBytesPerObjective=%.0f%n",
          size.name().toLowerCase(Locale.ROOT),
          (double) (twelve.retained - one.retained) / (twelve.checkIns - one.checkIns),
          (one.retained - (double) one.checkIns * (twelve.retained - one.retained) / (twelve.checkIns - one.checkIns))
              / one.objectives);
      return;
    }
    measure(size, args.length > 1 ? Integer.parseInt(args[1]) : 12);
  }

  /** What one measurement found. */
  private record Measure(long retained, long checkIns, int objectives) {}

  private static Measure measure(PlanGenerator.Size size, int checkInsPerKeyResult) throws InterruptedException {
    sink = null;
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Plan.Builder builder = PlanGenerator.builder(size, checkInsPerKeyResult);
    long t1 = System.nanoTime();
    Plan plan = builder.build();
    long t2 = System.nanoTime();
    builder = null;
    long with = usedAfterGc();
    long checkIns = 0;
    long keyResults = 0;
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult kr : objective.getKeyResults()) {
        keyResults++;
        checkIns += kr.getCheckIns().size();
      }
    }
    int objectives = plan.getObjectives().size();
    int units = plan.getUnits().size();
    long retained = with - before;
    System.out.printf(Locale.ROOT,
        "size=%s units=%d objectives=%d keyResults=%d checkIns=%d links=%d generateMs=%.0f buildMs=%.0f "
            + "retainedBytes=%d bytesPerObjective=%.0f bytesPerCheckIn=%.1f%n",
        size.name().toLowerCase(Locale.ROOT), units, objectives, keyResults, checkIns, plan.getLinks().size(),
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, retained, (double) retained / objectives, (double) retained / checkIns);
    // Keep the plan reachable until after the measurement.
    sink = plan;
    return new Measure(retained, checkIns, objectives);
  }

  /**
   * Prints the live instances and bytes the plan adds per class: the JVM's class histogram (after a
   * full GC) with the plan alive, minus the one taken before it was generated.
   */
  private static void histogram(PlanGenerator.Size size, int checkInsPerKeyResult) throws InterruptedException {
    usedAfterGc();
    Map<String, long[]> before = classHistogram();
    Plan plan = PlanGenerator.generate(size, checkInsPerKeyResult);
    usedAfterGc();
    Map<String, long[]> with = classHistogram();
    sink = plan;
    long checkIns = 0;
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult kr : objective.getKeyResults()) {
        checkIns += kr.getCheckIns().size();
      }
    }
    int objectives = plan.getObjectives().size();
    List<Map.Entry<String, long[]>> rows = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, long[]> entry : with.entrySet()) {
      long[] old = before.getOrDefault(entry.getKey(), new long[2]);
      long[] diff = {entry.getValue()[0] - old[0], entry.getValue()[1] - old[1]};
      total += diff[1];
      rows.add(Map.entry(entry.getKey(), diff));
    }
    rows.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
    System.out.printf(Locale.ROOT, "size=%s objectives=%d checkIns=%d histogramBytes=%d bytesPerCheckIn=%.1f%n",
        size.name().toLowerCase(Locale.ROOT), objectives, checkIns, total, (double) total / checkIns);
    System.out.println("instances bytes bytesPerObjective bytesPerCheckIn class");
    for (Map.Entry<String, long[]> row : rows) {
      long[] v = row.getValue();
      if (Math.abs(v[1]) < 100_000) {
        continue;
      }
      System.out.printf(Locale.ROOT, "%d %d %.1f %.2f %s%n", v[0], v[1], (double) v[1] / objectives,
          (double) v[1] / checkIns, row.getKey());
    }
    sink = null;
  }

  /** The live instances and bytes per class name, from the {@code GC.class_histogram} diagnostic command. */
  private static Map<String, long[]> classHistogram() {
    String text;
    try {
      text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
    } catch (JMException e) {
      throw new IllegalStateException("the class histogram is not available: " + e.getMessage(), e);
    }
    Map<String, long[]> histogram = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 4 && fields[0].endsWith(":")) {
        histogram.put(fields[3], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
      }
    }
    return histogram;
  }

  static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
