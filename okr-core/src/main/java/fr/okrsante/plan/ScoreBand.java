package fr.okrsante.plan;

/**
 * The colour of a closing score, after Google's practice (0–0.3 red, 0.4–0.6 yellow, 0.7–1.0
 * green), judged against the objective's kind.
 *
 * <p>An aspirational objective is expected to reach about 0.7, so its score is banded as it is:
 * red below 0.4, yellow from 0.4, green from 0.7. A committed objective is expected to reach 1.0,
 * so its score is first scaled by 0.7 (1.0 maps to 0.7): it is green only at 1.0, yellow from
 * 0.4 / 0.7 ≈ 0.571, red below. The bands are half-open intervals, so every score has a colour.
 */
public enum ScoreBand {
  /** Well short of what was expected. */
  RED,

  /** Progress made, short of what was expected. */
  YELLOW,

  /** What was expected was delivered. */
  GREEN;

  /** Lower bound of the yellow band, on the aspirational scale. */
  public static final double YELLOW_FROM = 0.4;

  /** Lower bound of the green band, on the aspirational scale. */
  public static final double GREEN_FROM = 0.7;

  /**
   * Returns the band of a score.
   *
   * @param score the score, from 0 to 1
   * @param committed true for a committed objective (expected to reach 1.0)
   * @return the band
   */
  public static ScoreBand of(double score, boolean committed) {
    double scaled = committed ? score * GREEN_FROM : score;
    if (scaled >= GREEN_FROM - Pace.EPSILON) {
      return GREEN;
    }
    return scaled >= YELLOW_FROM - Pace.EPSILON ? YELLOW : RED;
  }
}
