package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated point of a phased curve of expected progress: "0.25 by the end of March".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waypoint {

  Waypoint() {}

  /**
   * Returns the date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate getDate();

  /**
   * Returns the progress expected on that date.
   *
   * @return a value from 0 to 1
   */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Parameter
  public abstract double getExpected();

  /**
   * Obtains a waypoint.
   *
   * @param date the date
   * @param expected the progress expected then, from 0 to 1
   * @return the waypoint
   * @throws InvalidPlanException if {@code expected} is not between 0 and 1
   */
  public static Waypoint of(LocalDate date, double expected) {
    return ImmutableWaypoint.of(date, expected);
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.fraction(ProblemPath.of("waypoints").element(getDate().toString(), java.util.Set.of()).property("expected"),
        getExpected());
    problems.throwIfAny();
  }
}
