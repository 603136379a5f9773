package fr.okrsante.plan;

import java.util.ConcurrentModificationException;

/**
 * Thrown when a {@link PlanHolder} is asked to replace a version of the plan that is no longer the
 * current one: another writer got there first. Read {@link PlanHolder#current()} again, re-apply
 * the change to that plan and try again — or let {@link PlanHolder#update(java.util.function.UnaryOperator)}
 * do it.
 *
 * <p>Carries the version the caller expected and the version the holder had.
 */
public final class PlanVersionConflictException extends ConcurrentModificationException {

  private static final long serialVersionUID = 1L;

  /** The version the caller based its change on. */
  private final long expectedVersion;
  /** The version the holder had when it refused the change. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param expectedVersion the version the caller based its change on
   * @param actualVersion the version the holder had when the change was refused
   */
  public PlanVersionConflictException(long expectedVersion, long actualVersion) {
    super("the plan is at version " + actualVersion + ", not " + expectedVersion
        + ": another writer changed it; read the current plan, re-apply the change and try again");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the version the caller based its change on.
   *
   * @return the expected version
   */
  public long getExpectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version the holder had when it refused the change.
   *
   * @return the actual version
   */
  public long getActualVersion() {
    return actualVersion;
  }
}
