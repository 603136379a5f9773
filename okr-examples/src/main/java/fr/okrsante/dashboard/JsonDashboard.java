package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.FrameworkLine;
import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.dashboard.Dashboard.UnitLine;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a {@link Dashboard} as a JSON report for other tools: ids, titles, progress (fractions,
 * 1 = 100 %), statuses as lower-case names, values as exact numbers; no labels, so the document
 * is the same in every language.
 *
 * <p>The series behind the charts come with each objective ({@code series}: its progress, expected
 * progress and status at each month end of its cycle up to the as-of date, then the as-of date;
 * {@code pace}: its expected progress over the whole cycle) and each key result ({@code series}:
 * its check-ins up to the as-of date, with {@code provisional}, {@code late} and {@code computed}
 * flags; {@code pace}: its expected progress from start to due date). A key result whose values
 * the viewer may not see has an empty {@code series}. The document follows the JSON Schema
 * {@code fr/okrsante/dashboard/dashboard.schema.json}.
 */
public final class JsonDashboard {

  private JsonDashboard() {}

  /**
   * Renders a dashboard.
   *
   * @param dashboard the dashboard
   * @return the JSON document, indented
   */
  public static String render(Dashboard dashboard) {
    Objects.requireNonNull(dashboard, "dashboard");
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"title\": ").append(string(dashboard.getTitle()))
        .append(",\n  \"asOf\": ").append(string(dashboard.getAsOf().toString()));
    dashboard.getSince().ifPresent(since -> out.append(",\n  \"since\": ").append(string(since.toString())));
    dashboard.getViewer().ifPresent(viewer -> out.append(",\n  \"viewer\": ").append(string(viewer)));
    out.append(",\n  \"objectives\": [");
    String separator = "\n";
    Trends trends = dashboard.trends();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      if (line.repeated()) {
        continue;
      }
      String id = line.objectiveId();
      ObjectiveProgress progress = dashboard.progress(id);
      out.append(separator).append("    {\"id\": ").append(string(id))
          .append(", \"title\": ").append(string(dashboard.objectiveTitle(id)))
          .append(", \"unitId\": ").append(string(dashboard.ownerId(id)))
          .append(", \"progress\": ").append(number(progress.getProgress()))
          .append(", \"expected\": ").append(number(progress.getExpectedProgress()))
          .append(", \"status\": ").append(string(progress.getStatus().name().toLowerCase(Locale.ROOT)))
          .append(", \"coverage\": ").append(number(progress.getCoverage()));
      if (dashboard.getSince().isPresent()) {
        out.append(", \"change\": ").append(number(dashboard.change(id)));
        dashboard.earlier(id).ifPresent(earlier ->
            out.append(", \"earlierStatus\": ").append(string(earlier.getStatus().name().toLowerCase(Locale.ROOT))));
      }
      trends.objective(id).ifPresent(trend -> SeriesJson.objective(trend, out));
      out.append(", \"restrictedContributions\": ").append(dashboard.getFigures().restrictedContributionCount(id))
          .append(",\n     \"contributions\": [");
      String inner = "";
      for (Contribution contribution : dashboard.getFigures().contributions(id)) {
        out.append(inner).append("{\"kind\": ")
            .append(string(contribution.getKind().name().toLowerCase(Locale.ROOT)))
            .append(", \"id\": ").append(string(contribution.getSourceId()))
            .append(", \"weight\": ").append(number(contribution.getWeight()))
            .append(", \"progress\": ").append(number(contribution.getProgress()))
            .append(", \"share\": ").append(number(contribution.getShare())).append('}');
        inner = ", ";
      }
      out.append("]}");
      separator = ",\n";
    }
    out.append("\n  ],\n  \"keyResults\": [");
    separator = "\n";
    for (KeyResultProgress line : dashboard.getKeyResults()) {
      out.append(separator).append("    {\"id\": ").append(string(line.getKeyResultId()))
          .append(", \"objectiveId\": ").append(string(line.getObjectiveId()))
          .append(", \"title\": ").append(string(dashboard.keyResultTitle(line.getKeyResultId())))
          .append(", \"baseline\": ").append(decimal(line.getBaseline()))
          .append(", \"target\": ").append(decimal(line.getTarget()))
          .append(", \"current\": ").append(decimal(line.getCurrentValue()))
          .append(line.isValueRestricted() ? ", \"valueRestricted\": true" : "")
          .append(", \"progress\": ").append(number(line.getProgress()))
          .append(", \"expected\": ").append(number(line.getExpectedProgress()))
          .append(", \"status\": ").append(string(line.getStatus().name().toLowerCase(Locale.ROOT)))
          .append(", \"stale\": ").append(line.isStale());
      trends.keyResult(line.getKeyResultId()).ifPresent(trend -> SeriesJson.keyResult(trend, out));
      out.append('}');
      separator = ",\n";
    }
    out.append("\n  ],\n  \"units\": [");
    separator = "\n";
    for (UnitLine unit : dashboard.getUnits()) {
      out.append(separator).append("    {\"id\": ").append(string(unit.unit().getId()))
          .append(", \"name\": ").append(string(unit.unit().getName()))
          .append(", \"objectives\": ").append(unit.objectiveCount())
          .append(", \"meanProgress\": ").append(number(unit.meanProgress())).append('}');
      separator = ",\n";
    }
    out.append("\n  ],\n  \"frameworks\": [");
    separator = "\n";
    for (FrameworkLine framework : dashboard.getFrameworks()) {
      out.append(separator).append("    {\"scheme\": ").append(string(framework.scheme().name().toLowerCase(Locale.ROOT)))
          .append(", \"code\": ").append(string(framework.code())).append(", \"objectiveIds\": [");
      String inner = "";
      for (String id : framework.objectiveIds()) {
        out.append(inner).append(string(id));
        inner = ", ";
      }
      out.append("]}");
      separator = ",\n";
    }
    return out.append("\n  ]\n}\n").toString();
  }

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "null";
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("null");
  }

  /** A JSON string literal, RFC 8259 escaping. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
