package fr.okrsante.plan;

/**
 * The contributions that count in one objective's rollup, as a {@link RollupStrategy} reads them:
 * how many, and each one's weight and counted progress. A read-only view over the evaluation's
 * own numbers, valid only during the strategy call it is passed to: a strategy reads it and keeps
 * no reference to it.
 *
 * <p>Every contribution here has a finite weight &gt; 0 and a counted progress ≥ 0 (regression as
 * 0, overachievement capped unless the objective says otherwise; contributions without data as 0
 * or left out, as the objective's no-data policy says).
 */
public interface CountedContributions {

  /**
   * Returns how many contributions count.
   *
   * @return the count, ≥ 1
   */
  int count();

  /**
   * Returns a contribution's weight: the key result's, or the link's.
   *
   * @param i the contribution, from 0 to {@link #count()} − 1
   * @return the weight, finite and &gt; 0
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  double weight(int i);

  /**
   * Returns a contribution's counted progress: its progress when the strategy combines the
   * objective's progress, its expected progress when it combines the expected pace.
   *
   * @param i the contribution, from 0 to {@link #count()} − 1
   * @return the counted progress, ≥ 0
   * @throws IndexOutOfBoundsException if {@code i} is outside that range
   */
  double progress(int i);
}
