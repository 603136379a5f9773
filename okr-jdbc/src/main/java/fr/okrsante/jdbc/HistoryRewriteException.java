package fr.okrsante.jdbc;

/**
 * Thrown when a plan saved over a stored one would drop or change a check-in already stored: the
 * history is append-only. Record a correcting check-in instead (same observation date, recorded
 * later), or cancel an objective rather than remove it. Nothing was written.
 */
public final class HistoryRewriteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The key result whose history would change. */
  private final String keyResultId;

  /**
   * Creates the exception.
   *
   * @param keyResultId the key result whose stored check-ins would change
   * @param message what would change and how to do it instead
   */
  public HistoryRewriteException(String keyResultId, String message) {
    super(message);
    this.keyResultId = keyResultId;
  }

  /**
   * Returns the key result whose stored check-ins would change.
   *
   * @return the key result id
   */
  public String getKeyResultId() {
    return keyResultId;
  }
}
