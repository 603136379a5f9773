package fr.okrsante.plan;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Lets one package of the library attach data it derives from an object of another package to
 * that object, without a public method: the evaluation keeps its array layout of a plan's
 * structure on the plan's alignment graph, which every plan derived by check-ins shares, so a plan
 * evaluated again (as of another date, or after check-ins) does not rebuild it.
 *
 * <p>The owning class registers, from its static initialiser, how to reach an instance's slot.
 * Not exported from the module.
 */
final class DerivedSlots {

  private static volatile Function<Object, AtomicReference<Object>> slots;

  private DerivedSlots() {}

  /**
   * Registers how to reach an owner's slot; called once, by the owner class.
   *
   * @param access from an owner to its slot
   */
  public static void register(Function<Object, AtomicReference<Object>> access) {
    slots = Objects.requireNonNull(access, "access");
  }

  /**
   * Returns an owner's slot.
   *
   * @param owner an instance of the registered owner class
   * @return its slot, empty until something is attached
   */
  public static AtomicReference<Object> of(Object owner) {
    return Objects.requireNonNull(slots, "no owner registered").apply(owner);
  }
}
