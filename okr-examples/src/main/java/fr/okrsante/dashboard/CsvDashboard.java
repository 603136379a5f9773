package fr.okrsante.dashboard;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.MetricKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Dashboard} as CSV for spreadsheets: one row per key result (unit, objective, key
 * result, baseline, target, current value, progress, expected, status, stale), then the series
 * behind the charts: the key result's check-ins ({@code 2026-01-31=240 2026-02-28=236~}, date=value
 * separated by spaces, {@code ~} after a provisional value; empty when the viewer may not see its
 * values) and its objective's progress at each month end ({@code 2026-01-31=0.0833 …}).
 *
 * <p>In English, RFC 4180: comma-separated, numbers with a dot, progress as a fraction (0.5). In
 * French, what a French Excel opens as a table without an import dialog: a UTF-8 byte order mark,
 * semicolon-separated, numbers with a decimal comma (0,5), yes/no as {@code oui}/{@code non}. Both
 * quote fields when needed and end lines with {@code \r\n}; headers and statuses follow the
 * language. A text cell that starts with {@code = + - @}, a tab or a carriage return is prefixed
 * with an apostrophe so that no spreadsheet runs it as a formula, and control characters are
 * shown as U+FFFD.
 */
public final class CsvDashboard {

  private CsvDashboard() {}

  /**
   * Renders a dashboard.
   *
   * @param dashboard the dashboard
   * @param labels the language of the headers and statuses
   * @return the CSV text
   */
  public static String render(Dashboard dashboard, Labels labels) {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(labels, "labels");
    boolean french = labels.getLocale().getLanguage().equals("fr");
    char separator = french ? ';' : ',';
    StringBuilder out = new StringBuilder();
    if (french) {
      out.append(BYTE_ORDER_MARK);
    }
    row(out, separator, List.of(labels.get("column.unit"), labels.get("column.objective"), labels.get("column.keyResult"),
        labels.get("column.baseline"), labels.get("column.target"), labels.get("column.current"),
        labels.get("column.progress"), labels.get("column.expected"), labels.get("column.status"),
        labels.get("column.stale"), labels.get("column.series"), labels.get("column.objectiveSeries")));
    Trends trends = dashboard.trends();
    for (KeyResultProgress line : dashboard.getKeyResults()) {
      Optional<KeyResult> keyResult = dashboard.keyResult(line.getKeyResultId());
      Optional<BigDecimal> baseline = line.getBaseline();
      Optional<BigDecimal> target = line.getTarget();
      if (keyResult.isPresent() && keyResult.get().getMetric().kind() == MetricKind.GUARDRAIL) {
        Guardrail guardrail = (Guardrail) keyResult.get().getMetric();
        baseline = guardrail.getLow();
        target = guardrail.getHigh().or(guardrail::getLow);
      }
      row(out, separator, List.of(
          text(dashboard.ownerName(line)),
          text(dashboard.objectiveTitle(line.getObjectiveId())),
          text(dashboard.keyResultTitle(line.getKeyResultId())),
          number(baseline, french),
          number(target, french),
          line.isValueRestricted() ? text(labels.get("value.restricted"))
              : number(line.getCurrentValue(), french),
          line.getProgress().isPresent() ? fraction(line.getProgress().getAsDouble(), french) : "",
          fraction(line.getExpectedProgress(), french),
          text(labels.status(line.getStatus())),
          french ? (line.isStale() ? "oui" : "non") : Boolean.toString(line.isStale()),
          trends.keyResult(line.getKeyResultId()).map(trend -> series(trend, french)).orElse(""),
          trends.objective(line.getObjectiveId()).map(trend -> series(trend, french)).orElse("")));
    }
    return out.toString();
  }

  /** A key result's check-ins: {@code 2026-01-31=240 2026-02-28=236~}, {@code ~} marking a provisional one. */
  static String series(Trends.KeyResultTrend trend, boolean french) {
    StringBuilder out = new StringBuilder();
    for (Trends.ValuePoint point : trend.points()) {
      out.append(out.length() == 0 ? "" : " ").append(point.date()).append('=')
          .append(number(Optional.of(point.value()), french)).append(point.provisional() ? "~" : "");
    }
    return out.toString();
  }

  /** An objective's progress at each month end: {@code 2026-01-31=0.0833 2026-02-28=0.1644}. */
  static String series(Trends.ObjectiveTrend trend, boolean french) {
    StringBuilder out = new StringBuilder();
    for (Trends.ObjectivePoint point : trend.points()) {
      out.append(out.length() == 0 ? "" : " ").append(point.date()).append('=')
          .append(point.progress().isPresent() ? fraction(point.progress().getAsDouble(), french) : "");
    }
    return out.toString();
  }

  /** Tells Excel the file is UTF-8. */
  static final char BYTE_ORDER_MARK = '\ufeff';

  private static void row(StringBuilder out, char separator, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(quote(cells.get(i), separator));
    }
    out.append("\r\n");
  }

  /** A text cell: guarded against formulas, control characters made visible. */
  static String text(String value) {
    String guarded = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return TextDashboard.neutralise(guarded).replace('\n', ' ');
  }

  private static String number(Optional<BigDecimal> value, boolean french) {
    return value.map(v -> french ? v.toPlainString().replace('.', ',') : v.toPlainString()).orElse("");
  }

  private static String fraction(double value, boolean french) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return french ? text.replace('.', ',') : text;
  }

  private static String quote(String cell, char separator) {
    if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
