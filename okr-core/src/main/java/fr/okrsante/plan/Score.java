package fr.okrsante.plan;


/**
 * The closing score of a key result or objective: 0.0 to 1.0, its colour band and how it ended.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Score {

  private final String id;
  private final ObjectiveKind kind;
  private final double value;
  private final boolean measured;
  private final ScoreBand band;
  private final ClosingStatus status;

  Score(String id, ObjectiveKind kind, double value, boolean measured, boolean dropped) {
    this.id = id;
    this.kind = kind;
    this.value = value;
    this.measured = measured;
    this.band = ScoreBand.of(value, kind == ObjectiveKind.COMMITTED);
    this.status = dropped ? ClosingStatus.DROPPED
        : band == ScoreBand.GREEN ? ClosingStatus.ACHIEVED
        : band == ScoreBand.YELLOW ? ClosingStatus.PARTIAL : ClosingStatus.MISSED;
  }

  /**
   * Returns the id of the key result or objective.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the kind of the objective, which the band is judged against.
   *
   * @return the kind
   */
  public ObjectiveKind getKind() {
    return kind;
  }

  /**
   * Returns the score: the progress at the cycle's end, regression as 0, capped at 1; 0 without data.
   *
   * @return the score, from 0 to 1
   */
  public double getValue() {
    return value;
  }

  /**
   * Tells whether the score rests on data; false when nothing was measured by the end.
   *
   * @return true if measured
   */
  public boolean isMeasured() {
    return measured;
  }

  /**
   * Returns the colour band.
   *
   * @return the band
   */
  public ScoreBand getBand() {
    return band;
  }

  /**
   * Returns how it ended.
   *
   * @return the closing status
   */
  public ClosingStatus getStatus() {
    return status;
  }

  @Override
  public String toString() {
    return id + " " + String.format(java.util.Locale.ROOT, "%.2f", value) + " " + band + " " + status;
  }
}
