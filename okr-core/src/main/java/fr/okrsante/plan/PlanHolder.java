package fr.okrsante.plan;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current plan of a server that changes it from many threads: a thread-safe, versioned holder
 * that loses no update.
 *
 * <pre>{@code
 * PlanHolder holder = PlanHolder.of(plan);
 * // from any thread: retried on the newest plan until it applies
 * holder.update(p -> p.withCheckIn("kr-eig", CheckIn.ofRate(day, 16, 20)));
 *
 * // optimistic locking across a user's edit session
 * VersionedPlan seen = holder.current();
 * Plan edited = seen.getPlan().withObjective(changedObjective);
 * holder.compareAndSet(seen.getVersion(), edited);   // PlanVersionConflictException if someone was faster
 * }</pre>
 *
 * <p>Each accepted change raises the version by exactly 1. Readers never block and always see a
 * whole, valid plan: plans are immutable, and a change that fails (an {@link InvalidPlanException}
 * from the change, a conflict) leaves the holder as it was.
 *
 * <p>This class is thread-safe.
 */
public final class PlanHolder {

  private static final Logger LOG = LoggerFactory.getLogger(PlanHolder.class);

  private final AtomicReference<VersionedPlan> current;

  private PlanHolder(VersionedPlan initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * Returns a holder of a plan, at version 0.
   *
   * @param plan the initial plan
   * @return the holder
   */
  public static PlanHolder of(Plan plan) {
    return new PlanHolder(VersionedPlan.of(plan, 0));
  }

  /**
   * Returns a holder of a plan at a given version, for instance the one stored with it.
   *
   * @param plan the initial plan
   * @param version its version, 0 or more
   * @return the holder
   * @throws IllegalArgumentException if the version is negative
   */
  public static PlanHolder of(Plan plan, long version) {
    return new PlanHolder(VersionedPlan.of(plan, version));
  }

  /**
   * Returns the current plan and its version.
   *
   * @return the current versioned plan
   */
  public VersionedPlan current() {
    return read();
  }

  /** The current plan: never null, the constructor and every replacement set a plan. */
  private VersionedPlan read() {
    return Objects.requireNonNull(current.get(), "current plan");
  }

  /**
   * Replaces the plan if it is still at the expected version.
   *
   * @param expectedVersion the version the new plan was derived from
   * @param plan the new plan
   * @return the new plan, at version {@code expectedVersion + 1}
   * @throws PlanVersionConflictException if the holder is at another version; it is unchanged
   * @throws ArithmeticException if the version would overflow a {@code long}
   */
  public VersionedPlan compareAndSet(long expectedVersion, Plan plan) {
    Objects.requireNonNull(plan, "plan");
    while (true) {
      VersionedPlan seen = read();
      if (seen.getVersion() != expectedVersion) {
        throw new PlanVersionConflictException(expectedVersion, seen.getVersion());
      }
      VersionedPlan next = VersionedPlan.of(plan, Math.addExact(expectedVersion, 1));
      if (current.compareAndSet(seen, next)) {
        LOG.debug("plan replaced: version {} -> {}", expectedVersion, next.getVersion());
        return next;
      }
      // Another thread replaced it between get and compareAndSet: the next round reports it.
    }
  }

  /**
   * Applies a change to the current plan, retrying on the newest plan until no other writer came
   * in between. The change may therefore run more than once: it must be a pure function of the
   * plan it is given (as {@link Plan#withCheckIn(String, CheckIn)} and the other {@code with…}
   * methods are).
   *
   * @param change computes the new plan from the current one
   * @return the new plan and its version
   * @throws InvalidPlanException if the change throws it; the holder is unchanged (as for any
   *     other exception the change throws)
   * @throws UnknownIdException if the change throws it; the holder is unchanged
   */
  public VersionedPlan update(UnaryOperator<Plan> change) {
    Objects.requireNonNull(change, "change");
    int attempts = 0;
    while (true) {
      VersionedPlan seen = read();
      Plan changed = Objects.requireNonNull(change.apply(seen.getPlan()), "the change returned null instead of a plan");
      attempts++;
      VersionedPlan next = VersionedPlan.of(changed, Math.addExact(seen.getVersion(), 1));
      if (current.compareAndSet(seen, next)) {
        LOG.debug("plan updated to version {} (attempts: {})", next.getVersion(), attempts);
        return next;
      }
    }
  }

  /**
   * Adds a check-in to a key result of the current plan, retrying like {@link #update(UnaryOperator)}.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @return the new plan and its version
   * @throws UnknownIdException if the plan has no such key result; the holder is unchanged
   * @throws InvalidPlanException if the check-in does not fit the key result's metric; the holder
   *     is unchanged
   */
  public VersionedPlan checkIn(String keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    return update(plan -> plan.withCheckIn(keyResultId, checkIn));
  }

  /**
   * Returns the current version and the plan's one-line summary.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PlanHolder[" + current.get() + "]";
  }
}
