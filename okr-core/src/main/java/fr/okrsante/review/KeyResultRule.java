package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the rules that judge each key result of each live objective on its own and find
 * at most one thing in it: the findings come in plan order, each about the key result and its
 * objective.
 */
abstract sealed class KeyResultRule extends BuiltInRule
    permits DueDateOutsideCycle, KeyResultIsActivity, MetricContradictsTitle, MissingBaseline, NeverCheckedIn,
        PercentTargetOutOfRange, PerfectRateTarget, StaleKeyResult, UnitMissing {

  KeyResultRule(String id, Severity severity) {
    super(id, severity);
  }

  /**
   * Judges one key result.
   *
   * @return the finding, or null if the key result is fine
   */
  abstract @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult);

  @Override
  public final List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    context.eachLiveKeyResult((objective, keyResult) -> {
      Finding finding = check(context, objective, keyResult);
      if (finding != null) {
        findings.add(finding);
      }
    });
    return findings;
  }

  /**
   * A finding about a key result at one of its properties, naming the key result and its
   * objective; the message's first argument is the key result's title.
   */
  final Finding at(ReviewContext context, Objective objective, KeyResult keyResult, String property,
      Object... arguments) {
    return at(context, ReviewContext.pathOf(objective, keyResult).property(property), objective, keyResult, arguments);
  }

  /** The same, at a path below the key result. */
  final Finding at(ReviewContext context, fr.okrsante.plan.ProblemPath path, Objective objective, KeyResult keyResult,
      Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = keyResult.getTitle();
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return context.bundled(this, path, List.of(keyResult.getId(), objective.getId()), all);
  }
}
