package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.StatusOverride;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code old-status-override} (advice): a status override on an objective or a key result set more
 * than 30 days (by default) before the review date.
 *
 * <p><b>Why.</b> An owner overrides the computed status for a reason of the moment ("data delayed
 * by the DPI migration"). Left in place, it hides the computed status for months: the dashboard
 * says "on track" long after the reason is gone. Check-in rituals are monthly or quarterly:
 * confirm the override at each one, or remove it.
 */
public final class OldStatusOverride extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "old-status-override";

  /** The default age after which an override is old: 30 days. */
  public static final int DEFAULT_DAYS = 30;

  private final int days;

  /** Creates the rule with the default age, 30 days. */
  public OldStatusOverride() {
    this(DEFAULT_DAYS);
  }

  /**
   * Creates the rule.
   *
   * @param days the age in days after which an override is reported
   * @throws IllegalArgumentException if days is negative
   */
  public OldStatusOverride(int days) {
    super(ID, Severity.ADVICE);
    if (days < 0) {
      throw new IllegalArgumentException("days is " + days + ": an age is 0 or more days");
    }
    this.days = days;
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Objective objective : context.getPlan().getObjectives()) {
      if (!context.isLive(objective)) {
        continue;
      }
      check(context, objective.getStatusOverride(), ReviewContext.pathOf(objective), List.of(objective.getId()),
          objective.getTitle(), findings);
      for (KeyResult keyResult : objective.getKeyResults()) {
        check(context, keyResult.getStatusOverride(), ReviewContext.pathOf(objective, keyResult),
            List.of(keyResult.getId(), objective.getId()), keyResult.getTitle(), findings);
      }
    }
    return findings;
  }

  private void check(ReviewContext context, Optional<StatusOverride> override, ProblemPath path, List<String> ids,
      String title, List<Finding> findings) {
    if (override.isEmpty()) {
      return;
    }
    LocalDate set = LocalDate.ofInstant(override.get().getSetAt(), ZoneOffset.UTC);
    if (set.plusDays(days).isBefore(context.getAsOf())) {
      findings.add(context.bundled(this, path.property("statusOverride"), ids, title, set.toString(), days,
          context.text("status." + override.get().getStatus().name())));
    }
  }
}
