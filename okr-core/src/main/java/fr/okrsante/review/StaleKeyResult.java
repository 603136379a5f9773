package fr.okrsante.review;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code stale-key-result} (warning): a key result with a cadence whose latest check-in observed by
 * the review date is older than that cadence, while the key result runs.
 *
 * <p><b>Why.</b> OKRs are steered through short, regular check-ins; a figure that should be
 * monthly and dates from three months ago tells the steering committee a story that is no longer
 * true. The seed's promise — teams see the effect of their work — needs fresh figures. A key
 * result never checked in at all is {@code never-checked-in}'s.
 */
public final class StaleKeyResult extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "stale-key-result";

  /** Creates the rule. */
  public StaleKeyResult() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    LocalDate asOf = context.getAsOf();
    if (keyResult.getCadence().isEmpty() || !Rules.takesCheckIns(keyResult)
        || asOf.isAfter(context.dueOf(objective, keyResult))) {
      return null;
    }
    LocalDate latest = null;
    for (CheckIn checkIn : keyResult.getCheckIns()) {
      LocalDate observed = checkIn.getObservedOn();
      if (!observed.isAfter(asOf) && (latest == null || observed.isAfter(latest))) {
        latest = observed;
      }
    }
    return latest != null && latest.plus(keyResult.getCadence().get()).isBefore(asOf)
        ? at(context, objective, keyResult, "checkIns", latest.toString(), keyResult.getCadence().get().toString())
        : null;
  }
}
