package fr.okrsante.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Expected progress and status. Day-count convention: dates are whole days; the expected progress
 * on day {@code d} of a period from {@code start} to {@code due} (both inclusive) is
 * {@code days(start, d) / days(start, due)}, where {@code days} counts the days from one date to the
 * other (so 0 on the start date and 1 on the due date), clamped to [0, 1]. A period of one day
 * expects 1 from its first day. A phased curve interpolates linearly, by the same day count,
 * between its waypoints, with (start, 0) and (due, 1) added where the curve does not give them.
 */
final class Pace {

  /** Tolerance for comparing computed doubles, so 0.1 + 0.2 reaches 0.3. */
  static final double EPSILON = 1e-9;

  private Pace() {}

  static double linear(LocalDate start, LocalDate due, LocalDate asOf) {
    if (asOf.isBefore(start)) {
      return 0;
    }
    if (!asOf.isBefore(due)) {
      return 1;
    }
    return (double) ChronoUnit.DAYS.between(start, asOf) / ChronoUnit.DAYS.between(start, due);
  }

  static double expected(LocalDate start, LocalDate due, List<Waypoint> waypoints, LocalDate asOf) {
    if (waypoints.isEmpty()) {
      return linear(start, due, asOf);
    }
    LocalDate previousDate = start;
    double previousValue = 0;
    for (Waypoint waypoint : waypoints) {
      if (waypoint.getDate().isBefore(start)) {
        continue;
      }
      if (!asOf.isAfter(waypoint.getDate())) {
        if (waypoint.getDate().equals(previousDate)) {
          return asOf.isBefore(previousDate) ? 0 : waypoint.getExpected();
        }
        if (asOf.isBefore(previousDate)) {
          return 0;
        }
        double fraction = (double) ChronoUnit.DAYS.between(previousDate, asOf)
            / ChronoUnit.DAYS.between(previousDate, waypoint.getDate());
        return previousValue + (waypoint.getExpected() - previousValue) * fraction;
      }
      previousDate = waypoint.getDate();
      previousValue = waypoint.getExpected();
    }
    if (!previousDate.isBefore(due)) {
      return previousValue;
    }
    double fraction = Math.min(1, (double) ChronoUnit.DAYS.between(previousDate, asOf)
        / ChronoUnit.DAYS.between(previousDate, due));
    return previousValue + (1 - previousValue) * fraction;
  }

  /**
   * The status rule: before the start → NOT_STARTED; no data → NO_DATA; progress ≥ 1 → ACHIEVED
   * (when {@code canAchieveEarly}, else only from the due date); shortfall ≤ 0 → ON_TRACK;
   * shortfall ≤ threshold → BEHIND; else AT_RISK.
   */
  static Status status(boolean started, boolean hasData, double progress, double expected, boolean achievable,
      double behindThreshold) {
    if (!started) {
      return Status.NOT_STARTED;
    }
    if (!hasData) {
      return Status.NO_DATA;
    }
    if (achievable && progress >= 1 - EPSILON) {
      return Status.ACHIEVED;
    }
    double shortfall = expected - progress;
    if (shortfall <= EPSILON) {
      return Status.ON_TRACK;
    }
    if (shortfall <= behindThreshold + EPSILON) {
      return Status.BEHIND;
    }
    return Status.AT_RISK;
  }
}
