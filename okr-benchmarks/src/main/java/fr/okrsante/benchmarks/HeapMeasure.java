package fr.okrsante.benchmarks;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.util.Locale;

/**
 * Measures the retained heap of a generated plan: used heap after full GCs with the plan alive,
 * minus used heap after full GCs once it is gone; also times generating and building it.
 *
 * <p>Run: {@code java -Xmx6g -cp okr-benchmarks/target/benchmarks.jar fr.okrsante.benchmarks.HeapMeasure national}.
 * Prints one line of {@code key=value} pairs that {@link QuickRun} parses.
 */
public final class HeapMeasure {

  /** Keeps a measured plan reachable. */
  static volatile Object sink;

  private HeapMeasure() {}

  /**
   * Entry point.
   *
   * @param args the size name ({@code regional}, {@code national}, {@code stress}), default national; then
   *     the check-ins per key result, default 12 (two runs give the marginal cost of a check-in)
   * @throws InterruptedException if interrupted while settling the heap
   */
  public static void main(String[] args) throws InterruptedException {
    PlanGenerator.Size size = PlanGenerator.Size.valueOf(
        (args.length > 0 ? args[0] : "national").toUpperCase(Locale.ROOT));
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    int checkInsPerKeyResult = args.length > 1 ? Integer.parseInt(args[1]) : 12;
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
