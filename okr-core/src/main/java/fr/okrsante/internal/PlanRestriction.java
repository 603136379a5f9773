package fr.okrsante.internal;

import java.util.BitSet;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lets the visibility package cut a plan down to some of its objectives without a public method
 * and without checking again what a part of a valid plan cannot get wrong: a view of a national
 * plan keeps tens of thousands of objectives of a plan that was checked when it was built.
 *
 * <p>The operations take a whole, valid plan and decide everything else from it, so whatever the
 * arguments their result is a valid plan: no route here builds a plan from parts a caller chose.
 * The plan class registers them from its static initialiser (its types are not named here, so
 * that this package depends on no other). Not exported from the module.
 */
public final class PlanRestriction {

  private static volatile @Nullable Operations<?> operations;
  private static volatile @Nullable Class<?> planType;

  private PlanRestriction() {}

  /**
   * What the plan class offers.
   *
   * @param <P> the plan type
   */
  public interface Operations<P> {

    /**
     * Returns the plan restricted to some of its objectives: those objectives, each intact except
     * that a computed key result loses its sources in dropped objectives (with none left, it
     * becomes a metric of its own kind with the same baseline and target, without check-ins); the
     * links between kept objectives; the cycles; the initiatives that support a kept key result,
     * with only the kept key result ids; and the units that the kept objectives name (owners and
     * grants) or that {@code units} names, with every unit above them.
     *
     * @param plan the plan, unchanged
     * @param objectives the positions, in the plan's objective list, of the objectives to keep;
     *     positions past its end are ignored
     * @param units more units to keep; ids the plan does not have are ignored
     * @return the restricted plan, valid
     */
    P restrict(P plan, BitSet objectives, Collection<String> units);

    /**
     * Returns, for each alignment link of the plan in its order, the positions of its child and
     * parent in the plan's objective list.
     *
     * @param plan the plan
     * @return {@code [child of link 0, parent of link 0, child of link 1, …]}, a new array
     */
    int[] linkEnds(P plan);
  }

  /**
   * Registers the plan class's operations; called once, by the plan class.
   *
   * @param type the plan class
   * @param operations its operations
   * @param <P> the plan type
   */
  public static <P> void register(Class<P> type, Operations<P> operations) {
    planType = Objects.requireNonNull(type, "type");
    PlanRestriction.operations = Objects.requireNonNull(operations, "operations");
  }

  /**
   * Returns the operations of the plan class.
   *
   * @param type the plan class
   * @param <P> the plan type
   * @return its operations
   * @throws IllegalStateException if that class registered none
   */
  @SuppressWarnings("unchecked")
  public static <P> Operations<P> of(Class<P> type) {
    Objects.requireNonNull(type, "type");
    if (planType != type) {
      initialise(type);
    }
    Operations<?> registered = operations;
    if (registered == null || planType != type) {
      throw new IllegalStateException("no plan operations registered for " + type.getName());
    }
    return (Operations<P>) registered;
  }

  /** Runs the static initialiser of a class named by a literal, which registers its operations. */
  private static void initialise(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + type.getName(), e);
    }
  }
}
