package fr.okrsante.review;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Rate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code missing-baseline} (warning): a move-to-target or rate key result with no baseline, no
 * final check-in observed by the review date to set one although more than a quarter of its period
 * has gone, and a title that does not say it is finding the baseline ("établir la valeur de
 * référence", "mesurer", "find a baseline").
 *
 * <p><b>Why.</b> Progress is (current − baseline) / (target − baseline): without a baseline there
 * is no progress, and a relative target ("réduire de 20 %") has no value. OKR practice allows a
 * "find a baseline" key result for a new measure — then say so in the title, and the first final
 * check-in sets it. A quarter of the period is left to take that first measure (a first quarterly
 * survey, say); after that, the baseline was forgotten, and the plan shows "no data" where the team
 * expects a bar.
 */
public final class MissingBaseline extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "missing-baseline";

  /** Words that say a key result is finding its baseline, lower-case and without accents. */
  public static final List<String> BASELINE_WORDS = List.of("reference", "valeur de reference", "etat des lieux",
      "mesurer", "diagnostic", "etablir", "baseline", "measure", "establish", "benchmark");

  /** Creates the rule. */
  public MissingBaseline() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    Metric metric = keyResult.getMetric();
    boolean unknown = switch (metric.kind()) {
      case MOVE_TO_TARGET -> !metric.takesInitiatives() && ((MoveToTarget) metric).getBaseline().isEmpty();
      case RATE -> ((Rate) metric).getBaseline().isEmpty();
      case GUARDRAIL, MILESTONE, COMPUTED -> false;
    };
    return unknown && pastFirstQuarter(context, objective, keyResult) && !hasFinalCheckIn(keyResult, context)
        && !Titles.contains(Titles.normalise(keyResult.getTitle()), BASELINE_WORDS)
        ? at(context, ReviewContext.pathOf(objective, keyResult).property("metric").property("baseline"), objective,
            keyResult)
        : null;
  }

  /** Tells whether more than a quarter of the key result's period has gone: time enough to measure a baseline. */
  private static boolean pastFirstQuarter(ReviewContext context, Objective objective, KeyResult keyResult) {
    java.time.LocalDate start = context.startOf(objective, keyResult);
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, context.dueOf(objective, keyResult));
    return context.getAsOf().isAfter(start.plusDays(days / 4));
  }

  private static boolean hasFinalCheckIn(KeyResult keyResult, ReviewContext context) {
    for (CheckIn checkIn : keyResult.getCheckIns()) {
      if (checkIn.isFinal() && !checkIn.getObservedOn().isAfter(context.getAsOf())) {
        return true;
      }
    }
    return false;
  }
}
