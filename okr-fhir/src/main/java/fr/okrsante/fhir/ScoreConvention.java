package fr.okrsante.fhir;

/**
 * How a producer writes the {@code measureScore} of a measure whose improvement notation is
 * {@code decrease}, for reports without population counts (with counts, the counts decide).
 *
 * <p>FHIR's code system only says that "improvement is indicated as a decrease in the score"; it
 * does not tell producers to invert the score. Some do: cqframework's clinical-reasoning returns
 * {@code 1 − score} for such proportion measures. The importer cannot tell from the score alone,
 * so without counts a {@code decrease} report is refused unless the convention is configured.
 */
public enum ScoreConvention {
  /** The score is the plain proportion, whatever the notation. */
  RAW,
  /** The producer writes {@code 1 − proportion} for {@code decrease} measures (the cqframework convention). */
  COMPLEMENT_ON_DECREASE
}
