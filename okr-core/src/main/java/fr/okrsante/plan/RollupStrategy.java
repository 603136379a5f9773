package fr.okrsante.plan;

/**
 * How an objective combines the progress of its contributions into its own.
 *
 * <p>Strategies are registered by name so that a plan document can name one in an objective's
 * {@link fr.okrsante.plan.RollupSettings#getStrategy() rollup settings}. Two are built in:
 * {@value fr.okrsante.plan.RollupSettings#WEIGHTED_MEAN} ({@link WeightedMean}, the default) and
 * {@value fr.okrsante.plan.RollupSettings#MINIMUM} ({@link Minimum}, the weakest link). To add one,
 * implement this interface with a public no-argument constructor and list it in
 * {@code META-INF/services/fr.okrsante.plan.RollupStrategy} (or {@code provides} it from a
 * module); {@link RollupStrategies#standard()} finds it with {@link java.util.ServiceLoader}. Or
 * add it in code with {@link RollupStrategies#with(RollupStrategy)} and evaluate with
 * {@link Evaluator#of(EvaluationSettings, RollupStrategies)}; views evaluate with the evaluator
 * they are given.
 *
 * <p>The evaluation calls a strategy only with the contributions that count (see
 * {@link CountedContributions}). A strategy must be stateless, thread-safe and <em>monotone</em>:
 * raising one contribution's progress never lowers the result.
 */
public interface RollupStrategy {

  /**
   * Returns the name the strategy is registered under, as written in plan documents.
   *
   * @return the name, e.g. {@code weighted-mean}; letters, digits, '.', '_', ':' or '-'
   */
  String getName();

  /**
   * Combines contributions into the objective's progress.
   *
   * @param contributions the contributions that count, at least one; read during this call only
   * @return the combined progress
   */
  double combine(CountedContributions contributions);

  /**
   * Tells how much of the combined result each contribution accounts for: the weights an
   * explanation shows ("this key result makes 40 % of the objective") and from which effective
   * shares in ancestors are computed. Called only to explain a result, never to compute one.
   *
   * @param contributions the contributions that count, as for {@link #combine(CountedContributions)}
   * @return each contribution's share, in order, {@code count()} of them, each ≥ 0, summing to 1
   */
  double[] shares(CountedContributions contributions);
}
