package fr.okrsante.plan;


/**
 * The weakest link: the smallest progress among the contributions, whatever their weights. For
 * safety objectives that fail if any result fails.
 *
 * <p>Worked example: progress 0.5, 1.0 and 0 give 0. The contribution at the minimum has all of
 * the share (split equally when several are tied); the others have none, since raising them would
 * not move the result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Minimum implements RollupStrategy {

  /** Creates the strategy; it is stateless, so one instance serves everyone. */
  public Minimum() {}

  @Override
  public String getName() {
    return RollupSettings.MINIMUM;
  }

  @Override
  public double combine(CountedContributions contributions) {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < contributions.count(); i++) {
      min = Math.min(min, contributions.progress(i));
    }
    return min;
  }

  @Override
  public double[] shares(CountedContributions contributions) {
    int count = contributions.count();
    double min = combine(contributions);
    int tied = 0;
    for (int i = 0; i < count; i++) {
      if (contributions.progress(i) == min) {
        tied++;
      }
    }
    double[] shares = new double[count];
    for (int i = 0; i < count; i++) {
      shares[i] = contributions.progress(i) == min ? 1.0 / tied : 0.0;
    }
    return shares;
  }

  @Override
  public String toString() {
    return getName();
  }
}
