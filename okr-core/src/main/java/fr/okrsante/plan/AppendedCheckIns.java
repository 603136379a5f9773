package fr.okrsante.plan;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Plan#withCheckIns(java.util.Collection)} did: the new plan, the check-ins it
 * appended and those it skipped because their key result already had a check-in with the same
 * source reference (an import run twice).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AppendedCheckIns {

  private final Plan plan;
  private final List<KeyResultCheckIn> applied;
  private final List<KeyResultCheckIn> skipped;

  AppendedCheckIns(Plan plan, List<KeyResultCheckIn> applied, List<KeyResultCheckIn> skipped) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.applied = List.copyOf(applied);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Returns the plan with the applied check-ins.
   *
   * @return the new plan; the same instance as the original when nothing was applied
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the check-ins appended, in the order given.
   *
   * @return the applied check-ins
   */
  public List<KeyResultCheckIn> getApplied() {
    return applied;
  }

  /**
   * Returns the check-ins not appended because their source reference was already there.
   *
   * @return the skipped check-ins, in the order given
   */
  public List<KeyResultCheckIn> getSkipped() {
    return skipped;
  }

  /**
   * Returns the counts, as {@code AppendedCheckIns{applied=3, skipped=1}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "AppendedCheckIns{applied=" + applied.size() + ", skipped=" + skipped.size() + "}";
  }
}
