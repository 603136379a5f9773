package fr.okrsante.jdbc;

/**
 * Thrown when a store holds no plan with the id asked for (or held none yet at the date asked for).
 */
public final class UnknownPlanException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The plan id asked for. */
  private final String planId;

  /**
   * Creates the exception.
   *
   * @param planId the plan id asked for
   * @param message what is missing and how to fix it
   */
  public UnknownPlanException(String planId, String message) {
    super(message);
    this.planId = planId;
  }

  /**
   * Returns the plan id asked for.
   *
   * @return the plan id
   */
  public String getPlanId() {
    return planId;
  }
}
