package fr.okrsante.plan;


/**
 * The default rollup: the weighted mean Σ wᵢ·pᵢ / Σ wᵢ; with equal weights, the plain mean.
 *
 * <p>Worked example: key results of weights 2, 1, 1 at progress 0.5, 1.0 and 0 give
 * (2×0.5 + 1×1.0 + 1×0) / 4 = 0.5. Each contribution's share is wᵢ / Σ w.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightedMean implements RollupStrategy {

  /** Creates the strategy; it is stateless, so one instance serves everyone. */
  public WeightedMean() {}

  @Override
  public String getName() {
    return RollupSettings.WEIGHTED_MEAN;
  }

  @Override
  public double combine(CountedContributions contributions) {
    double total = 0;
    double sum = 0;
    for (int i = 0; i < contributions.count(); i++) {
      double weight = contributions.weight(i);
      total += weight;
      sum += weight * contributions.progress(i);
    }
    return sum / total;
  }

  @Override
  public double[] shares(CountedContributions contributions) {
    int count = contributions.count();
    double total = 0;
    for (int i = 0; i < count; i++) {
      total += contributions.weight(i);
    }
    double[] shares = new double[count];
    for (int i = 0; i < count; i++) {
      shares[i] = contributions.weight(i) / total;
    }
    return shares;
  }

  @Override
  public String toString() {
    return getName();
  }
}
