package fr.okrsante.benchmarks;

import fr.okrsante.plan.Plan;

/**
 * Generated plans, kept between benchmarks of one JVM (the quick mode runs every benchmark in one
 * JVM and would otherwise rebuild the national plan for each). Holds one plan at a time.
 */
final class Plans {

  private static PlanGenerator.Size cachedSize;
  private static int cachedCheckIns;
  private static Plan cachedPlan;
  private static FlatPlan cachedFlat;

  private Plans() {}

  static synchronized void put(PlanGenerator.Size size, int checkIns, Plan plan) {
    cachedFlat = null;
    cachedPlan = plan;
    cachedSize = size;
    cachedCheckIns = checkIns;
  }

  static synchronized Plan plan(PlanGenerator.Size size, int checkIns) {
    if (cachedPlan == null || cachedSize != size || cachedCheckIns != checkIns) {
      cachedPlan = null;
      cachedFlat = null;
      cachedPlan = PlanGenerator.generate(size, checkIns);
      cachedSize = size;
      cachedCheckIns = checkIns;
    }
    return cachedPlan;
  }

  /** A fresh baseline copy would be mutated by the incremental benchmark; it restores what it changes. */
  static synchronized FlatPlan flat(PlanGenerator.Size size, int checkIns) {
    Plan plan = plan(size, checkIns);
    if (cachedFlat == null) {
      cachedFlat = new FlatPlan(plan);
    }
    return cachedFlat;
  }

  static PlanGenerator.Size size(String name) {
    return PlanGenerator.Size.valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
