package fr.okrsante.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rollup strategies an evaluation can use, by name.
 *
 * <p>{@link #standard()} holds the built-in {@link WeightedMean} and {@link Minimum} and every
 * strategy found by {@link ServiceLoader}; {@link #with(RollupStrategy)} adds one in code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollupStrategies {

  private static final Pattern NAME = Pattern.compile(fr.okrsante.plan.Plan.ID_PATTERN);
  private static final RollupStrategies STANDARD = load();

  private final Map<String, RollupStrategy> byName;

  private RollupStrategies(Map<String, RollupStrategy> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  private static RollupStrategies load() {
    Map<String, RollupStrategy> map = new LinkedHashMap<>();
    register(map, new WeightedMean());
    register(map, new Minimum());
    for (RollupStrategy strategy : ServiceLoader.load(RollupStrategy.class, RollupStrategy.class.getClassLoader())) {
      if (!map.containsKey(strategy.getName())) {
        register(map, strategy);
      }
    }
    return new RollupStrategies(map);
  }

  private static void register(Map<String, RollupStrategy> map, RollupStrategy strategy) {
    String name = Objects.requireNonNull(strategy.getName(), "strategy name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("rollup strategy name '" + name + "' of " + strategy.getClass().getName()
          + " is malformed: use letters, digits, '.', '_', ':' or '-'");
    }
    map.put(name, strategy);
  }

  /**
   * Returns the built-in strategies and those found by {@link ServiceLoader}.
   *
   * @return the standard registry
   */
  public static RollupStrategies standard() {
    return STANDARD;
  }

  /**
   * Returns a registry with one more strategy, replacing any of the same name. This registry is
   * unchanged.
   *
   * @param strategy the strategy
   * @return the new registry
   * @throws IllegalArgumentException if the strategy's name is malformed
   */
  public RollupStrategies with(RollupStrategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    Map<String, RollupStrategy> map = new LinkedHashMap<>(byName);
    register(map, strategy);
    return new RollupStrategies(map);
  }

  /**
   * Returns the strategy registered under a name.
   *
   * @param name the name
   * @return the strategy
   * @throws UnknownStrategyException if none is registered under that name
   */
  public RollupStrategy find(String name) {
    RollupStrategy strategy = byName.get(name);
    if (strategy == null) {
      throw new UnknownStrategyException(name, byName.keySet());
    }
    return strategy;
  }

  /**
   * Returns the registered names.
   *
   * @return the names
   */
  public Set<String> names() {
    return byName.keySet();
  }
}
