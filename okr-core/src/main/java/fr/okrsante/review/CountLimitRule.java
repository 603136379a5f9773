package fr.okrsante.review;

import fr.okrsante.plan.ProblemPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the rules that count things in groups and report the groups above a limit: key
 * results per objective, objectives per unit and cycle. A rule says how it groups; this class
 * checks the limit and words the finding, whose last two message arguments are the count and the
 * limit.
 */
abstract sealed class CountLimitRule extends BuiltInRule permits TooManyKeyResults, TooManyObjectives {

  /** What is counted in one group: where it is, the ids concerned, the count and the message's first arguments. */
  record Group(ProblemPath path, List<String> ids, int count, List<Object> arguments) {}

  private final int limit;

  /**
   * @param limit the most items a group may hold without a finding
   * @param what what a group may hold at least one of, for the error message ("an objective may
   *     have at least 1 key result")
   * @throws IllegalArgumentException if the limit is less than 1
   */
  CountLimitRule(String id, Severity severity, int limit, String what) {
    super(id, severity);
    if (limit < 1) {
      throw new IllegalArgumentException("limit is " + limit + ": " + what);
    }
    this.limit = limit;
  }

  /** The groups of the plan with their counts, in the order the findings should come. */
  abstract List<Group> groups(ReviewContext context);

  @Override
  public final List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Group group : groups(context)) {
      if (group.count() > limit) {
        List<Object> arguments = new ArrayList<>(group.arguments());
        arguments.add(group.count());
        arguments.add(limit);
        findings.add(context.bundled(this, group.path(), group.ids(), arguments.toArray()));
      }
    }
    return findings;
  }
}
