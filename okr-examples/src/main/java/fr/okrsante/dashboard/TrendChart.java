package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.HtmlDashboard.escape;

import fr.okrsante.dashboard.Trends.KeyResultTrend;
import fr.okrsante.dashboard.Trends.ObjectivePoint;
import fr.okrsante.dashboard.Trends.ObjectiveTrend;
import fr.okrsante.dashboard.Trends.PacePoint;
import fr.okrsante.dashboard.Trends.ValuePoint;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * Inline SVG trend charts: a key result's check-ins over its period (final points filled,
 * provisional ones hollow, late ones as diamonds, computed ones as squares) with its baseline and
 * target lines, its expected pace, the band of a guardrail shaded and the as-of date marked; and
 * an objective's progress at each month end against its expected pace.
 *
 * <p>Each chart is an {@code <svg role="img">} whose {@code <title>} and {@code aria-label} give its
 * figures in words; a visible legend says what each mark means, so nothing is told by colour
 * alone. Every text is escaped. The chart scales to its container (a {@code viewBox}, no fixed
 * width), so it fits a phone as well as a projector.
 */
final class TrendChart {

  static final int WIDTH = 600;
  static final int HEIGHT = 190;
  private static final double LEFT = 64;
  private static final double RIGHT = WIDTH - 16;
  private static final double TOP = 14;
  private static final double BOTTOM = HEIGHT - 36;

  /** Colours with at least 4.5:1 contrast on white (WCAG AA for text and marks). */
  static final String INK = "#1b1b1b";
  static final String GREY = "#595959";
  static final String VALUE = "#0b5394";
  static final String TARGET = "#1e6b30";
  static final String BAND = "#dcefe0";

  private TrendChart() {}

  /** A key result's chart, or a short note when its values are restricted. */
  static String keyResult(KeyResultTrend trend, KeyResultProgress progress, LocalDate asOf, Labels labels) {
    String name = trend.keyResult().getTitle();
    if (trend.valueRestricted()) {
      return "<p class=\"chart-note restricted\">" + escape(labels.get("chart.restricted")) + "</p>";
    }
    boolean milestone = trend.keyResult().getMetric().kind() == MetricKind.MILESTONE;
    Optional<Guardrail> guardrail = trend.keyResult().getMetric().kind() == MetricKind.GUARDRAIL
        ? Optional.of((Guardrail) trend.keyResult().getMetric()) : Optional.empty();
    String unit = milestone ? "%" : Measures.unit(trend.keyResult(), labels);

    // the value range: baseline, target, band, values, expected
    List<BigDecimal> values = new ArrayList<>();
    for (ValuePoint point : trend.points()) {
      values.add(milestone ? point.value().min(BigDecimal.ONE).multiply(BigDecimal.valueOf(100)) : point.value());
    }
    Optional<BigDecimal> baseline = milestone ? Optional.of(BigDecimal.ZERO) : progress.getBaseline();
    Optional<BigDecimal> target = milestone ? Optional.of(BigDecimal.valueOf(100)) : progress.getTarget();
    if (trend.keyResult().getMetric().kind() == MetricKind.COMPUTED) {
      ComputedMetric computed = (ComputedMetric) trend.keyResult().getMetric();
      baseline = baseline.or(() -> Optional.of(computed.getBaseline()));
    }
    List<BigDecimal> range = new ArrayList<>(values);
    baseline.ifPresent(range::add);
    target.ifPresent(range::add);
    guardrail.ifPresent(g -> {
      g.getLow().ifPresent(range::add);
      g.getHigh().ifPresent(range::add);
    });
    if (range.isEmpty()) {
      range.add(BigDecimal.ZERO);
      range.add(BigDecimal.ONE);
    }
    double min = range.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double max = range.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      min = 0;
      max = 1;
    }
    double pad = max > min ? (max - min) * 0.1 : Math.max(1, Math.abs(max) * 0.1);
    Scale scale = new Scale(trend.start(), trend.due(), min - pad, max + pad);

    String alt = labels.format("chart.keyResultAlt", name, trend.points().size(),
        trend.points().isEmpty() ? labels.get("chart.noCheckIn") : Measures.value(trend.keyResult(),
            Optional.of(trend.points().get(trend.points().size() - 1).value()), labels),
        trend.points().isEmpty() ? "–" : labels.date(trend.points().get(trend.points().size() - 1).date()),
        Measures.goal(trend.keyResult(), progress, labels),
        labels.percent(progress.getExpectedProgress()));
    StringBuilder svg = open(labels.format("chart.keyResult", name), alt);
    axes(svg, scale, labels, unit.isEmpty() ? labels.get("axis.valueNoUnit") : labels.format("axis.value", unit), asOf,
        labels.number(BigDecimal.valueOf(min).stripTrailingZeros()), labels.number(BigDecimal.valueOf(max).stripTrailingZeros()),
        min, max);
    guardrail.ifPresent(g -> {
      double high = g.getHigh().map(BigDecimal::doubleValue).orElse(scale.high);
      double low = g.getLow().map(BigDecimal::doubleValue).orElse(scale.low);
      svg.append("<rect x=\"").append(f(LEFT)).append("\" y=\"").append(f(scale.y(high))).append("\" width=\"")
          .append(f(RIGHT - LEFT)).append("\" height=\"").append(f(Math.max(0, scale.y(low) - scale.y(high))))
          .append("\" fill=\"").append(BAND).append("\" stroke=\"").append(TARGET).append("\" stroke-dasharray=\"2 3\"/>");
    });
    if (guardrail.isEmpty()) {
      baseline.ifPresent(b -> horizontal(svg, scale, b.doubleValue(), GREY, "6 4",
          labels.format("chart.baseline", labels.number(b))));
      target.ifPresent(t -> horizontal(svg, scale, t.doubleValue(), TARGET, "", labels.format("chart.target", labels.number(t))));
      if (baseline.isPresent() && target.isPresent()) {
        StringBuilder line = new StringBuilder();
        for (PacePoint point : trend.pace()) {
          double value = baseline.get().doubleValue()
              + point.expected() * (target.get().doubleValue() - baseline.get().doubleValue());
          line.append(line.length() == 0 ? "" : " ").append(f(scale.x(point.date()))).append(',').append(f(scale.y(value)));
        }
        svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"").append(INK)
            .append("\" stroke-width=\"1.5\" stroke-dasharray=\"8 5\"/>");
      }
    }
    // the values, joined, then each mark
    if (!values.isEmpty()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        line.append(i == 0 ? "" : " ").append(f(scale.x(trend.points().get(i).date()))).append(',')
            .append(f(scale.y(values.get(i).doubleValue())));
      }
      svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"").append(VALUE)
          .append("\" stroke-width=\"2.5\"/>");
      for (int i = 0; i < values.size(); i++) {
        ValuePoint point = trend.points().get(i);
        mark(svg, scale.x(point.date()), scale.y(values.get(i).doubleValue()), point, labels.date(point.date())
            + " : " + labels.number(point.value()));
      }
    }
    svg.append("</svg>");
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    legend.append("<span>● ").append(escape(labels.get("chart.final"))).append("</span> <span>○ ")
        .append(escape(labels.get("chart.provisional"))).append("</span> ");
    if (trend.points().stream().anyMatch(ValuePoint::late)) {
      legend.append("<span>◆ ").append(escape(labels.get("chart.late"))).append("</span> ");
    }
    if (trend.points().stream().anyMatch(ValuePoint::computed)) {
      legend.append("<span>■ ").append(escape(labels.get("chart.computed"))).append("</span> ");
    }
    legend.append(guardrail.isPresent() ? "<span>▭ " + escape(labels.get("chart.band")) + "</span>"
        : "<span>╌ " + escape(labels.get("chart.pace")) + "</span>");
    legend.append("</p>");
    return "<figure class=\"chart\">" + svg + legend + "</figure>";
  }

  /** An objective's progress at each month end against its expected pace. */
  static String objective(ObjectiveTrend trend, String title, ObjectiveProgress now, LocalDate asOf, Labels labels) {
    double max = 1;
    for (ObjectivePoint point : trend.points()) {
      if (point.progress().isPresent()) {
        max = Math.max(max, Math.min(2, point.progress().getAsDouble()));
      }
    }
    double min = 0;
    for (ObjectivePoint point : trend.points()) {
      if (point.progress().isPresent()) {
        min = Math.min(min, Math.max(-1, point.progress().getAsDouble()));
      }
    }
    Scale scale = new Scale(trend.start(), trend.end(), min, max);
    String alt = labels.format("chart.objectiveAlt", title, labels.percent(now.getProgress()), labels.date(asOf),
        labels.percent(now.getExpectedProgress()), trend.points().size());
    StringBuilder svg = open(labels.format("chart.objective", title), alt);
    axes(svg, scale, labels, labels.get("axis.progress"), asOf, labels.percent(min), labels.percent(max), min, max);
    horizontal(svg, scale, 1, TARGET, "", labels.percent(1));
    StringBuilder pace = new StringBuilder();
    for (PacePoint point : trend.pace()) {
      pace.append(pace.length() == 0 ? "" : " ").append(f(scale.x(point.date()))).append(',')
          .append(f(scale.y(point.expected())));
    }
    svg.append("<polyline points=\"").append(pace).append("\" fill=\"none\" stroke=\"").append(INK)
        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"8 5\"/>");
    StringBuilder line = new StringBuilder();
    for (ObjectivePoint point : trend.points()) {
      if (point.progress().isPresent()) {
        line.append(line.length() == 0 ? "" : " ").append(f(scale.x(point.date()))).append(',')
            .append(f(scale.y(clamp(point.progress().getAsDouble()))));
      }
    }
    if (line.length() > 0) {
      svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"").append(VALUE)
          .append("\" stroke-width=\"2.5\"/>");
    }
    for (ObjectivePoint point : trend.points()) {
      if (point.progress().isPresent()) {
        double x = scale.x(point.date());
        double y = scale.y(clamp(point.progress().getAsDouble()));
        svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"4\" fill=\"")
            .append(HtmlDashboard.colour(point.status())).append("\" stroke=\"#fff\"><title>")
            .append(escape(labels.date(point.date()) + " : " + labels.percent(point.progress()) + " · "
                + labels.status(point.status())))
            .append("</title></circle>");
      }
    }
    svg.append("</svg>");
    return "<figure class=\"chart\">" + svg + "<p class=\"legend\"><span>● " + escape(labels.get("chart.progress"))
        + "</span> <span>╌ " + escape(labels.get("chart.pace")) + "</span></p></figure>";
  }

  private static double clamp(double progress) {
    return Math.max(-1, Math.min(2, progress));
  }

  private static StringBuilder open(String title, String alt) {
    return new StringBuilder(2048).append("<svg class=\"trend\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(escape(alt)).append("\"><title>").append(escape(title + " — " + alt))
        .append("</title>");
  }

  private static void axes(StringBuilder svg, Scale scale, Labels labels, String yLabel, LocalDate asOf, String low,
      String high, double lowValue, double highValue) {
    svg.append("<g font-size=\"12\" fill=\"").append(GREY).append("\">")
        .append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(BOTTOM)).append("\" x2=\"").append(f(RIGHT))
        .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"").append(GREY).append("\"/>")
        .append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(TOP)).append("\" x2=\"").append(f(LEFT))
        .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"").append(GREY).append("\"/>")
        .append(text(LEFT - 4, scale.y(highValue) + 4, "end", high))
        .append(text(LEFT - 4, scale.y(lowValue) + 4, "end", low))
        .append(text(LEFT, BOTTOM + 15, "start", labels.date(scale.start)))
        .append(text(RIGHT, BOTTOM + 15, "end", labels.date(scale.end)))
        .append("<text x=\"12\" y=\"").append(f((TOP + BOTTOM) / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
        .append(f((TOP + BOTTOM) / 2)).append(")\">").append(escape(yLabel)).append("</text>")
        .append(text((LEFT + RIGHT) / 2, HEIGHT - 4, "middle", labels.get("axis.date")));
    if (!asOf.isBefore(scale.start) && !asOf.isAfter(scale.end)) {
      double x = scale.x(asOf);
      svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(TOP)).append("\" x2=\"").append(f(x))
          .append("\" y2=\"").append(f(BOTTOM)).append("\" stroke=\"").append(INK).append("\" stroke-dasharray=\"1 3\"/>")
          .append(text(Math.min(RIGHT - 60, Math.max(LEFT + 60, x)), TOP - 2, "middle",
              labels.format("chart.asOf", labels.date(asOf))));
    }
    svg.append("</g>");
  }

  private static void horizontal(StringBuilder svg, Scale scale, double value, String colour, String dash, String label) {
    double y = scale.y(value);
    svg.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(f(RIGHT))
        .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(colour).append('"')
        .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>")
        .append("<text x=\"").append(f(RIGHT - 2)).append("\" y=\"").append(f(y - 3))
        .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").append(colour).append("\">").append(escape(label))
        .append("</text>");
  }

  private static void mark(StringBuilder svg, double x, double y, ValuePoint point, String title) {
    String tip = "<title>" + escape(title) + "</title>";
    if (point.late()) {
      svg.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 6)).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"")
          .append(point.provisional() ? "#fff" : VALUE).append("\" stroke=\"").append(VALUE).append("\" stroke-width=\"2\">")
          .append(tip).append("</path>");
    } else if (point.computed()) {
      svg.append("<rect x=\"").append(f(x - 4)).append("\" y=\"").append(f(y - 4))
          .append("\" width=\"8\" height=\"8\" fill=\"").append(VALUE).append("\">").append(tip).append("</rect>");
    } else {
      svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"4.5\" fill=\"")
          .append(point.provisional() ? "#fff" : VALUE).append("\" stroke=\"").append(VALUE)
          .append("\" stroke-width=\"2\">").append(tip).append("</circle>");
    }
  }

  private static String text(double x, double y, String anchor, String text) {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">" + escape(text) + "</text>";
  }

  static String f(double value) {
    return String.format(Locale.ROOT, "%.1f", Double.isFinite(value) ? value : 0);
  }

  /** Maps dates and values to the plot area. */
  private static final class Scale {
    final LocalDate start;
    final LocalDate end;
    final double low;
    final double high;
    private final double days;

    Scale(LocalDate start, LocalDate end, double low, double high) {
      this.start = start;
      this.end = end.isAfter(start) ? end : start.plusDays(1);
      this.low = low;
      this.high = high > low ? high : low + 1;
      this.days = ChronoUnit.DAYS.between(this.start, this.end);
    }

    double x(LocalDate date) {
      double fraction = ChronoUnit.DAYS.between(start, date) / days;
      return LEFT + Math.max(0, Math.min(1, fraction)) * (RIGHT - LEFT);
    }

    double y(double value) {
      double fraction = (value - low) / (high - low);
      return BOTTOM - Math.max(0, Math.min(1, fraction)) * (BOTTOM - TOP);
    }
  }

}
