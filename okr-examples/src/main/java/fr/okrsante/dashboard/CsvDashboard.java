package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.KeyResultLine;
import fr.okrsante.plan.Guardrail;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Dashboard} as CSV for spreadsheets: one row per key result (unit, objective, key
 * result, baseline, target, current value, progress, status).
 *
 * <p>RFC 4180: comma-separated, fields quoted when needed, {@code \r\n} line ends. Numbers are
 * written with a dot and progress as a fraction (0.5), whatever the language, so that any
 * spreadsheet reads them as numbers; headers and statuses follow the language. A text cell that
 * starts with {@code = + - @} is prefixed with an apostrophe so that no spreadsheet runs it as a
 * formula.
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
    StringBuilder out = new StringBuilder();
    row(out, List.of(labels.get("column.unit"), labels.get("column.objective"), labels.get("column.keyResult"),
        labels.get("column.baseline"), labels.get("column.target"), labels.get("column.current"),
        labels.get("column.progress"), labels.get("column.expected"), labels.get("column.status"),
        labels.get("column.stale")));
    for (KeyResultLine line : dashboard.getKeyResults()) {
      Optional<BigDecimal> baseline = line.progress().getBaseline();
      Optional<BigDecimal> target = line.progress().getTarget();
      if (line.keyResult().getMetric() instanceof Guardrail guardrail) {
        baseline = guardrail.getLow();
        target = guardrail.getHigh().or(guardrail::getLow);
      }
      row(out, List.of(
          text(line.owner().getName()),
          text(line.objective().getTitle()),
          text(line.keyResult().getTitle()),
          number(baseline),
          number(target),
          line.progress().isValueRestricted() ? text(labels.get("value.restricted")) : number(line.progress().getCurrentValue()),
          line.progress().getProgress().isPresent() ? fraction(line.progress().getProgress().getAsDouble()) : "",
          fraction(line.progress().getExpectedProgress()),
          text(labels.status(line.progress().getStatus())),
          Boolean.toString(line.progress().isStale())));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String text(String value) {
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  private static String fraction(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
