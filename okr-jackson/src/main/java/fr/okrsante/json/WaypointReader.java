package fr.okrsante.json;

import fr.okrsante.plan.Waypoint;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Reads a waypoint from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class WaypointReader {

  private WaypointReader() {}

  static @Nullable Waypoint read(PlanReader r, Node node) {
    Members m = r.members(node, "a waypoint");
    if (m == null) {
      return null;
    }
    LocalDate date = m.date("date", true);
    Double expected = m.number("expected");
    if (expected == null && node.member("expected") == null) {
      r.problem(node, "expected is missing: a waypoint needs it");
    }
    m.finish();
    if (!m.buildable() || date == null || expected == null) {
      return null;
    }
    return m.keep(r.build(node, () -> Waypoint.of(date, expected)));
  }
}
