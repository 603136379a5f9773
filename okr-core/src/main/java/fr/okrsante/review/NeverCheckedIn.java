package fr.okrsante.review;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code never-checked-in} (warning): a key result with no check-in observed by the review date,
 * when more than half of its period (start to due date) has gone.
 *
 * <p><b>Why.</b> No data is not zero — the evaluation shows "no data" — but half-way through the
 * cycle a key result nobody has measured is not being steered: the team cannot correct course, and
 * the objective's progress rests on the other results only. Record a first value, or drop the key
 * result if it cannot be measured (then say how it will be).
 */
public final class NeverCheckedIn extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "never-checked-in";

  /** Creates the rule. */
  public NeverCheckedIn() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    if (!Rules.takesCheckIns(keyResult)) {
      return null;
    }
    LocalDate asOf = context.getAsOf();
    LocalDate start = context.startOf(objective, keyResult);
    LocalDate due = context.dueOf(objective, keyResult);
    LocalDate halfway = start.plusDays(ChronoUnit.DAYS.between(start, due) / 2);
    return asOf.isAfter(halfway) && keyResult.getCheckIns().stream().map(CheckIn::getObservedOn).allMatch(asOf::isBefore)
        ? at(context, objective, keyResult, "checkIns", halfway.toString()) : null;
  }
}
