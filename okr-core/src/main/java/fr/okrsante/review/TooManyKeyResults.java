package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code too-many-key-results} (warning): an objective with more key results than the limit (5 by
 * default).
 *
 * <p><b>Why.</b> OKR practice keeps each objective to a few key results — three to five — so that
 * a team knows what matters most. An objective with eight key results is a to-do list: attention
 * spreads thin, the rollup blurs, and the team in a service cannot see which result its work moves.
 * The health context adds reporting weight: every key result is one more figure to collect beside
 * the HAS, CPOM and ARS indicators already asked for.
 */
public final class TooManyKeyResults extends CountLimitRule {

  /** The rule id. */
  public static final String ID = "too-many-key-results";

  /** The default limit: five key results per objective. */
  public static final int DEFAULT_LIMIT = 5;

  /**
   * Creates the rule.
   *
   * @param limit the most key results an objective may have without a finding
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public TooManyKeyResults(int limit) {
    super(ID, Severity.WARNING, limit, "an objective may have at least 1 key result");
  }

  @Override
  List<Group> groups(ReviewContext context) {
    List<Group> groups = new ArrayList<>();
    for (Objective objective : context.getPlan().getObjectives()) {
      if (context.isLive(objective)) {
        groups.add(new Group(ReviewContext.pathOf(objective).property("keyResults"), List.of(objective.getId()),
            objective.getKeyResults().size(), List.of(objective.getTitle())));
      }
    }
    return groups;
  }
}
