package fr.okrsante.review;

import fr.okrsante.plan.CheckIn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code never-checked-in} (warning): a key result with no check-in observed by the review date,
 * when more than half of its period (start to due date) has gone.
 *
 * <p><b>Why.</b> No data is not zero — the evaluation shows "no data" — but half-way through the
 * cycle a key result nobody has measured is not being steered: the team cannot correct course, and
 * the objective's progress rests on the other results only. Record a first value, or drop the key
 * result if it cannot be measured (then say how it will be).
 */
public final class NeverCheckedIn implements ReviewRule {

  /** The rule id. */
  public static final String ID = "never-checked-in";

  /** Creates the rule. */
  public NeverCheckedIn() {}

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
      if (!Rules.takesCheckIns(keyResult)) {
        return;
      }
      LocalDate start = context.startOf(objective, keyResult);
      LocalDate due = context.dueOf(objective, keyResult);
      LocalDate halfway = start.plusDays(ChronoUnit.DAYS.between(start, due) / 2);
      if (asOf.isAfter(halfway) && keyResult.getCheckIns().stream().map(CheckIn::getObservedOn).allMatch(asOf::isBefore)) {
        findings.add(context.bundled(this, ReviewContext.pathOf(objective, keyResult).property("checkIns"),
            List.of(keyResult.getId(), objective.getId()), keyResult.getTitle(), halfway.toString()));
      }
    });
    return findings;
  }
}
