package fr.okrsante.review;

/**
 * What every built-in rule shares: its id and severity, fixed when it is created. The shapes below
 * it say how a rule walks the plan: {@link KeyResultRule} (one finding at most per live key
 * result), {@link ObjectiveRule} (one per live objective), {@link CountLimitRule} (groups over a
 * limit); the other rules walk the plan their own way.
 */
abstract sealed class BuiltInRule implements ReviewRule
    permits KeyResultRule, ObjectiveRule, CountLimitRule, FrameworkCodeFormat, FrameworkCodesUncovered,
        LinkToLaterCycle, ObjectiveWithoutKeyResult, OldStatusOverride, PrivateFeedsPublic {

  private final String id;
  private final Severity severity;

  BuiltInRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final Severity getSeverity() {
    return severity;
  }
}
