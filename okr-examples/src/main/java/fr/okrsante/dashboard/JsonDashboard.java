package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.json.EvaluationDocument;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * Renders a {@link Dashboard} as JSON for other tools: the figures as okr-jackson's evaluation
 * document, beside what only a dashboard adds — the series behind its charts, and the titles and
 * owner units of what it shows. No labels, so the document is the same in every language.
 *
 * <p>The document ({@code "kind": "dashboard"}, JSON Schema
 * {@code fr/okrsante/dashboard/dashboard.schema.json}) holds:
 * <ul>
 *   <li>{@code figures}: the evaluation document (okr-jackson's
 *       {@code fr/okrsante/json/evaluation.schema.json}, the same names as {@code okr report
 *       --format json}) of the objectives the dashboard shows, as of its date; for a viewer, only
 *       what the viewer may see (a value computed from hidden key results is
 *       {@code "valueRestricted": true}, hidden children are counted in
 *       {@code restrictedContributionCount});</li>
 *   <li>{@code earlierFigures}: the same at the earlier date of a "since" dashboard;</li>
 *   <li>{@code objectives}: per objective shown, in tree order, its {@code objectiveId},
 *       {@code title}, {@code unitId}, {@code series} (its progress, expected progress and status
 *       at each month end of its cycle up to the as-of date, then the as-of date) and {@code pace}
 *       (its expected progress over the whole cycle);</li>
 *   <li>{@code keyResults}: per key result, its {@code keyResultId}, {@code objectiveId},
 *       {@code title}, {@code series} (its check-ins up to the as-of date, with
 *       {@code provisional}, {@code late} and {@code computed} flags; empty when the viewer may not
 *       see its values) and {@code pace}.</li>
 * </ul>
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
    List<String> shown = new ArrayList<>();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      if (!line.repeated()) {
        shown.add(line.objectiveId());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"schemaVersion\": 1,\n  \"kind\": \"dashboard\",\n  \"title\": ")
        .append(string(dashboard.getTitle()));
    dashboard.getSince().ifPresent(since -> out.append(",\n  \"since\": ").append(string(since.toString())));
    dashboard.getViewer().ifPresent(viewer -> out.append(",\n  \"viewer\": ").append(string(viewer)));
    out.append(",\n  \"figures\": ").append(figures(dashboard.getFigures(), shown));
    dashboard.getEarlierFigures().ifPresent(earlier ->
        out.append(",\n  \"earlierFigures\": ").append(figures(earlier, shown)));
    out.append(",\n  \"objectives\": [");
    String separator = "\n";
    Trends trends = dashboard.trends();
    for (String id : shown) {
      out.append(separator).append("    {\"objectiveId\": ").append(string(id))
          .append(", \"title\": ").append(string(dashboard.objectiveTitle(id)))
          .append(", \"unitId\": ").append(string(dashboard.ownerId(id)));
      trends.objective(id).ifPresent(trend -> SeriesJson.objective(trend, out));
      out.append('}');
      separator = ",\n";
    }
    out.append("\n  ],\n  \"keyResults\": [");
    separator = "\n";
    for (KeyResultProgress line : dashboard.getKeyResults()) {
      out.append(separator).append("    {\"keyResultId\": ").append(string(line.getKeyResultId()))
          .append(", \"objectiveId\": ").append(string(line.getObjectiveId()))
          .append(", \"title\": ").append(string(dashboard.keyResultTitle(line.getKeyResultId())));
      trends.keyResult(line.getKeyResultId()).ifPresent(trend -> SeriesJson.keyResult(trend, out));
      out.append('}');
      separator = ",\n";
    }
    return out.append("\n  ]\n}\n").toString();
  }

  /**
   * The evaluation document of the objectives shown, in the figures' own order (as okr-jackson
   * writes a whole evaluation), indented under its member.
   */
  private static String figures(ProgressFigures figures, List<String> shown) {
    Set<String> kept = new HashSet<>(shown);
    List<ObjectiveProgress> objectives = new ArrayList<>(shown.size());
    Map<String, List<Contribution>> contributions = new HashMap<>();
    Map<String, Integer> restricted = new HashMap<>();
    for (ObjectiveProgress objective : figures.objectives()) {
      String id = objective.getObjectiveId();
      if (kept.contains(id)) {
        objectives.add(objective);
        contributions.put(id, figures.contributions(id));
        restricted.put(id, figures.restrictedContributionCount(id));
      }
    }
    String document = DOCUMENTS.toJson(EvaluationDocument.of(figures.asOf(), objectives, contributions, restricted));
    return document.strip().replace("\n", "\n  ");
  }

  private static final OkrJson DOCUMENTS = OkrJson.standard().withIndentation(true);

  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "null";
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
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
