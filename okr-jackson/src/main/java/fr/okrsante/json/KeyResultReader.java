package fr.okrsante.json;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Waypoint;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a key result (its metric, waypoints and check-ins by their readers) from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class KeyResultReader {

  private KeyResultReader() {}

  static @Nullable KeyResult read(PlanReader r, Node node) {
    Members m = r.members(node, "a key result");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    Metric metric = m.object("metric", true, n -> MetricReader.read(r, n));
    var unit = m.constant("unit", Names.MEASURE_UNIT, false);
    String unitLabel = m.string("unitLabel", false);
    LocalDate start = m.date("startDate", false);
    LocalDate due = m.date("dueDate", false);
    Double weight = m.number("weight");
    String indicator = m.string("indicatorId", false);
    IndicatorBinding binding = m.object("indicator", false, n -> IndicatorReader.read(r, n));
    Period cadence = m.period("cadence");
    List<Waypoint> waypoints = m.objects("waypoints", n -> WaypointReader.read(r, n));
    StatusOverride override = m.object("statusOverride", false, n -> StatusOverrideReader.read(r, n));
    List<CheckIn> checkIns = m.objects("checkIns", n -> CheckInReader.read(r, n));
    m.finish();
    if (!m.buildable() || id == null || title == null || metric == null || waypoints == null || checkIns == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      KeyResult.Builder b = KeyResult.builder().id(id).title(title).metric(metric)
          .unitLabel(Optional.ofNullable(unitLabel)).startDate(Optional.ofNullable(start))
          .dueDate(Optional.ofNullable(due)).indicatorId(Optional.ofNullable(indicator))
          .indicator(Optional.ofNullable(binding))
          .cadence(Optional.ofNullable(cadence)).waypoints(waypoints).statusOverride(Optional.ofNullable(override))
          .checkIns(checkIns);
      if (unit != null) {
        b.unit(unit);
      }
      if (weight != null) {
        b.weight(weight);
      }
      return b.build();
    }));
  }
}
