package fr.okrsante.review;

import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code due-date-outside-cycle} (warning): a key result that starts before its objective's cycle
 * or is due after it.
 *
 * <p><b>Why.</b> OKRs run on a rhythm — a quarter, a year — and a cycle's key results are scored
 * at its close. A key result due after the cycle cannot be scored then (it shows "behind" at the
 * close though it is on its own schedule); one that started before it counts work of the previous
 * cycle. Put it in the cycle that holds its dates (a multi-year projet d'établissement cycle with
 * yearly cycles inside it), or bring its dates within the cycle.
 */
public final class DueDateOutsideCycle extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "due-date-outside-cycle";

  /** Creates the rule. */
  public DueDateOutsideCycle() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    Cycle cycle = context.cycleOf(objective);
    LocalDate due = context.dueOf(objective, keyResult);
    LocalDate start = context.startOf(objective, keyResult);
    if (!due.isAfter(cycle.getEndDate()) && !start.isBefore(cycle.getStartDate())) {
      return null;
    }
    String property = due.isAfter(cycle.getEndDate()) ? "dueDate" : "startDate";
    // the finding also names the cycle, so it is built here rather than with at(...)
    return context.bundled(this, ReviewContext.pathOf(objective, keyResult).property(property),
        List.of(keyResult.getId(), objective.getId(), cycle.getId()), keyResult.getTitle(),
        start.toString(), due.toString(), cycle.getLabel(), cycle.getStartDate().toString(),
        cycle.getEndDate().toString());
  }
}
