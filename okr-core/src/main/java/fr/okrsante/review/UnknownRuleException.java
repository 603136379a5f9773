package fr.okrsante.review;

import java.util.Objects;

/**
 * Thrown when a review is told to switch off a rule it does not have, or given two rules with the
 * same id.
 */
public final class UnknownRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The rule id at fault. */
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param ruleId the rule id at fault
   * @param message what is wrong and how to fix it
   */
  public UnknownRuleException(String ruleId, String message) {
    super(message);
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
  }

  /**
   * Returns the rule id at fault.
   *
   * @return the rule id
   */
  public String getRuleId() {
    return ruleId;
  }
}
