package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.JsonDashboard.number;
import static fr.okrsante.dashboard.JsonDashboard.string;

import fr.okrsante.dashboard.Trends.KeyResultTrend;
import fr.okrsante.dashboard.Trends.ObjectivePoint;
import fr.okrsante.dashboard.Trends.ObjectiveTrend;
import fr.okrsante.dashboard.Trends.PacePoint;
import fr.okrsante.dashboard.Trends.ValuePoint;
import java.util.List;
import java.util.Locale;

/** The series behind the charts as members of {@link JsonDashboard}'s objects. */
final class SeriesJson {

  private SeriesJson() {}

  /** {@code , "series": [...], "pace": [...]} of an objective. */
  static void objective(ObjectiveTrend trend, StringBuilder out) {
    out.append(",\n     \"series\": [");
    String separator = "";
    for (ObjectivePoint point : trend.points()) {
      out.append(separator).append("{\"date\": ").append(string(point.date().toString()))
          .append(", \"progress\": ").append(number(point.progress()))
          .append(", \"expectedProgress\": ").append(number(point.expected()))
          .append(", \"status\": ").append(string(point.status().name().toLowerCase(Locale.ROOT))).append('}');
      separator = ", ";
    }
    out.append("],\n     \"pace\": ");
    pace(trend.pace(), out);
  }

  /** {@code , "series": [...], "pace": [...]} of a key result. */
  static void keyResult(KeyResultTrend trend, StringBuilder out) {
    out.append(",\n     \"series\": [");
    String separator = "";
    for (ValuePoint point : trend.points()) {
      out.append(separator).append("{\"date\": ").append(string(point.date().toString()))
          .append(", \"value\": ").append(point.value().toPlainString())
          .append(", \"provisional\": ").append(point.provisional())
          .append(", \"late\": ").append(point.late())
          .append(", \"computed\": ").append(point.computed()).append('}');
      separator = ", ";
    }
    out.append("], \"pace\": ");
    pace(trend.pace(), out);
  }

  private static void pace(List<PacePoint> pace, StringBuilder out) {
    out.append('[');
    String separator = "";
    for (PacePoint point : pace) {
      out.append(separator).append("{\"date\": ").append(string(point.date().toString())).append(", \"expectedProgress\": ")
          .append(number(point.expected())).append('}');
      separator = ", ";
    }
    out.append(']');
  }
}
