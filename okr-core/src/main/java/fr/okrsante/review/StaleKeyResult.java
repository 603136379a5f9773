package fr.okrsante.review;

import fr.okrsante.plan.CheckIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stale-key-result} (warning): a key result with a cadence whose latest check-in observed by
 * the review date is older than that cadence, while the key result runs.
 *
 * <p><b>Why.</b> OKRs are steered through short, regular check-ins; a figure that should be
 * monthly and dates from three months ago tells the steering committee a story that is no longer
 * true. The seed's promise — teams see the effect of their work — needs fresh figures. A key
 * result never checked in at all is {@code never-checked-in}'s.
 */
public final class StaleKeyResult implements ReviewRule {

  /** The rule id. */
  public static final String ID = "stale-key-result";

  /** Creates the rule. */
  public StaleKeyResult() {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Severity getSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    LocalDate asOf = context.getAsOf();
    context.eachLiveKeyResult((objective, keyResult) -> {
      if (keyResult.getCadence().isEmpty() || !Rules.takesCheckIns(keyResult)
          || asOf.isAfter(context.dueOf(objective, keyResult))) {
        return;
      }
      LocalDate latest = null;
      for (CheckIn checkIn : keyResult.getCheckIns()) {
        LocalDate observed = checkIn.getObservedOn();
        if (!observed.isAfter(asOf) && (latest == null || observed.isAfter(latest))) {
          latest = observed;
        }
      }
      if (latest != null && latest.plus(keyResult.getCadence().get()).isBefore(asOf)) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective, keyResult).property("checkIns"),
            List.of(keyResult.getId(), objective.getId()), keyResult.getTitle(), latest.toString(),
            keyResult.getCadence().get().toString()));
      }
    });
    return findings;
  }
}
