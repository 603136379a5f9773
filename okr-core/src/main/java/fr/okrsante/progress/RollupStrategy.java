package fr.okrsante.progress;

/**
 * How an objective combines the progress of its contributions into its own.
 *
 * <p>Strategies are registered by name so that a plan document can name one in an objective's
 * {@link fr.okrsante.plan.RollupSettings#getStrategy() rollup settings}. Two are built in:
 * {@value fr.okrsante.plan.RollupSettings#WEIGHTED_MEAN} ({@link WeightedMean}, the default) and
 * {@value fr.okrsante.plan.RollupSettings#MINIMUM} ({@link Minimum}, the weakest link). To add one,
 * implement this interface with a public no-argument constructor and list it in
 * {@code META-INF/services/fr.okrsante.progress.RollupStrategy} (or {@code provides} it from a
 * module); {@link RollupStrategies#standard()} finds it with {@link java.util.ServiceLoader}.
 *
 * <p>The evaluation calls a strategy only with the contributions that count: weight &gt; 0,
 * finite, and progress already counted (regression as 0, overachievement capped unless the
 * objective says otherwise; contributions without data as 0 or left out, as the objective's
 * no-data policy says). A strategy must be stateless, thread-safe and <em>monotone</em>: raising
 * one contribution's progress never lowers the result.
 */
public interface RollupStrategy {

  /**
   * Returns the name the strategy is registered under, as written in plan documents.
   *
   * @return the name, e.g. {@code weighted-mean}; letters, digits, '.', '_', ':' or '-'
   */
  String getName();

  /**
   * Combines contributions.
   *
   * @param weights the weights, each finite and &gt; 0; only the first {@code count} are used
   * @param progress the counted progress of each contribution, each ≥ 0; the first {@code count}
   * @param count how many contributions, ≥ 1
   * @return the combined progress
   */
  double combine(double[] weights, double[] progress, int count);

  /**
   * Tells how much of the combined result each contribution accounts for: the weights an
   * explanation shows ("this key result makes 40 % of the objective") and from which effective
   * shares in ancestors are computed. Shares are ≥ 0 and sum to 1.
   *
   * @param weights the weights, as for {@link #combine(double[], double[], int)}
   * @param progress the counted progress, as for {@link #combine(double[], double[], int)}
   * @param count how many contributions, ≥ 1
   * @param shares where to write each contribution's share; the first {@code count} are written
   */
  void shares(double[] weights, double[] progress, int count, double[] shares);
}
