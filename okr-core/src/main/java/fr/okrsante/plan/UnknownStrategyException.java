package fr.okrsante.plan;

import java.util.Set;

/**
 * Thrown when an objective names a rollup strategy that is not registered.
 *
 * <p>It carries the name asked for and the names that are registered.
 */
public final class UnknownStrategyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The strategy name that is not registered. */
  private final String name;
  /** The names that are registered. */
  @SuppressWarnings("serial") // Set.copyOf gives a serializable set
  private final Set<String> known;

  /**
   * Creates the exception.
   *
   * @param name the name asked for
   * @param known the registered names
   */
  public UnknownStrategyException(String name, Set<String> known) {
    super("no rollup strategy is registered as '" + name + "'; registered: " + new java.util.TreeSet<>(known)
        + ". Register it with RollupStrategies.with(...) or list it in META-INF/services/"
        + RollupStrategy.class.getName());
    this.name = name;
    this.known = Set.copyOf(known);
  }

  /**
   * Returns the name asked for.
   *
   * @return the strategy name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the names that are registered.
   *
   * @return the registered names
   */
  public Set<String> getKnown() {
    return known;
  }
}
