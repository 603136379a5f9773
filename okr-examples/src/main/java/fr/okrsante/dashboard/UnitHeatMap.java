package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.HtmlDashboard.escape;

import fr.okrsante.dashboard.Dashboard.UnitLine;
import fr.okrsante.plan.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A heat map of units × statuses: one row per unit that owns objectives, one column per status,
 * each cell the number of the unit's objectives with that status, shaded by that number in the
 * status's colour and written as a number (so nothing is told by colour alone). Units are sorted
 * by what needs attention: most objectives at risk first, then behind, then without data.
 */
final class UnitHeatMap {

  /** The columns, from what needs attention to what does not. */
  static final List<Status> COLUMNS = List.of(Status.AT_RISK, Status.BEHIND, Status.NO_DATA, Status.NOT_STARTED,
      Status.ON_TRACK, Status.ACHIEVED);

  private UnitHeatMap() {}

  /** The units sorted by what needs attention, then in the dashboard's order. */
  static List<UnitLine> sorted(List<UnitLine> units) {
    List<UnitLine> sorted = new ArrayList<>(units);
    Comparator<UnitLine> order = Comparator.comparingInt((UnitLine u) -> -u.statuses().getOrDefault(Status.AT_RISK, 0))
        .thenComparingInt(u -> -u.statuses().getOrDefault(Status.BEHIND, 0))
        .thenComparingInt(u -> -u.statuses().getOrDefault(Status.NO_DATA, 0));
    sorted.sort(order);
    return sorted;
  }

  /** The section, as HTML. */
  static String html(Dashboard dashboard, Labels labels) {
    StringBuilder out = new StringBuilder("<section class=\"units\"><h2>").append(escape(labels.get("section.units")))
        .append("</h2>\n<table class=\"heat\" aria-label=\"").append(escape(labels.format("heatMap.alt")))
        .append("\">\n<tr><th>").append(escape(labels.get("column.unit"))).append("</th>");
    for (Status status : COLUMNS) {
      out.append("<th class=\"num\">").append(HtmlDashboard.chip(status, labels)).append("</th>");
    }
    out.append("<th class=\"num\">").append(escape(labels.get("column.meanProgress"))).append("</th></tr>\n");
    for (UnitLine unit : sorted(dashboard.getUnits())) {
      out.append("<tr><td>").append(escape(unit.unit().getName())).append("</td>");
      for (Status status : COLUMNS) {
        int count = unit.statuses().getOrDefault(status, 0);
        double share = unit.objectiveCount() == 0 ? 0 : (double) count / unit.objectiveCount();
        out.append("<td class=\"num cell\"");
        if (count > 0) {
          // the status colour behind, light enough for dark text (AA) at any share
          out.append(" style=\"background:").append(tint(HtmlDashboard.colour(status), 0.12 + 0.38 * share)).append('"');
        }
        out.append('>').append(count == 0 ? "·" : Integer.toString(count)).append("</td>");
      }
      out.append("<td class=\"num\">").append(escape(labels.percent(unit.meanProgress()))).append("</td></tr>\n");
    }
    return out.append("</table></section>\n").toString();
  }

  /** A colour mixed with white: 0 → white, 1 → the colour. */
  static String tint(String colour, double amount) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    int r = mix((rgb >> 16) & 0xff, amount);
    int g = mix((rgb >> 8) & 0xff, amount);
    int b = mix(rgb & 0xff, amount);
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static int mix(int channel, double amount) {
    return (int) Math.round(255 - (255 - channel) * amount);
  }
}
