package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code metric-contradicts-title} (warning): a guardrail whose title says to reach or move a value
 * ("Atteindre", "Augmenter", "Réduire", "Reach", "Increase"), or a move to target whose title says to
 * keep one ("Maintenir", "Rester", "Maintain", "Keep").
 *
 * <p><b>Why.</b> The two metrics score differently. A guardrail scores the share of the period the
 * value stayed in its band: "Atteindre 85 % de satisfaction" written as a guardrail shows 0 until
 * the day 85 % is reached, then counts days rather than the climb. A move to target scores the way
 * from baseline to target: "Maintenir 85 %" written as one has no way to go, and rewards a fall
 * followed by a recovery. The title is what the teams read; the metric is what the dashboard
 * computes: make them say the same thing.
 */
public final class MetricContradictsTitle extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "metric-contradicts-title";

  /** Words that ask to reach or move a value, lower-case and without accents. */
  public static final List<String> REACH_WORDS = List.of("atteindre", "augmenter", "reduire", "diminuer", "porter",
      "passer de", "faire passer", "ramener", "doubler", "reach", "achieve", "increase", "reduce", "raise", "cut",
      "lower", "bring", "double", "grow");

  /** Words that ask to keep a value, lower-case and without accents. */
  public static final List<String> KEEP_WORDS = List.of("maintenir", "rester", "conserver", "garder", "preserver",
      "stabiliser", "maintain", "keep", "stay", "remain", "sustain", "hold at");

  /** Creates the rule. */
  public MetricContradictsTitle() {
    super(ID, Severity.WARNING);
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    String title = Titles.normalise(keyResult.getTitle());
    String reach = Titles.startingPhrase(title, REACH_WORDS);
    String keep = Titles.startingPhrase(title, KEEP_WORDS);
    Metric metric = keyResult.getMetric();
    boolean moving = switch (metric.kind()) {
      case MOVE_TO_TARGET -> !metric.takesInitiatives();
      case RATE, COMPUTED -> true;
      case GUARDRAIL, MILESTONE -> false;
    };
    if (metric.kind() == MetricKind.GUARDRAIL && reach != null) {
      return at(context, objective, keyResult, "metric", reach, 0);
    }
    return moving && keep != null ? at(context, objective, keyResult, "metric", keep, 1) : null;
  }
}
