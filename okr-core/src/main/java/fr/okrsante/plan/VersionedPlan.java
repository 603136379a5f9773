package fr.okrsante.plan;

import java.util.Objects;

/**
 * A plan together with the version a {@link PlanHolder} gave it: what {@link PlanHolder#current()}
 * returns, and what a writer hands back to {@link PlanHolder#compareAndSet(long, Plan)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VersionedPlan {

  private final Plan plan;
  private final long version;

  private VersionedPlan(Plan plan, long version) {
    this.plan = plan;
    this.version = version;
  }

  /**
   * Returns a plan with its version.
   *
   * @param plan the plan
   * @param version the version, 0 or more
   * @return the versioned plan
   * @throws IllegalArgumentException if the version is negative
   */
  public static VersionedPlan of(Plan plan, long version) {
    Objects.requireNonNull(plan, "plan");
    if (version < 0) {
      throw new IllegalArgumentException("version is " + version + ": a plan's version is 0 or more");
    }
    return new VersionedPlan(plan, version);
  }

  /**
   * Returns the plan.
   *
   * @return the plan, always valid
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the version: 1 more after each accepted change.
   *
   * @return the version
   */
  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof VersionedPlan other && version == other.version && plan.equals(other.plan);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(version) * 31 + plan.hashCode();
  }

  /**
   * Returns the version and the plan's one-line summary (counts only).
   *
   * @return for example {@code VersionedPlan[v12 Plan[2 units, …]]}
   */
  @Override
  public String toString() {
    return "VersionedPlan[v" + version + " " + plan + "]";
  }
}
