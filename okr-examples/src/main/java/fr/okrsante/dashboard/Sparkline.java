package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Trends.KeyResultTrend;
import fr.okrsante.dashboard.Trends.ValuePoint;
import java.util.List;

/**
 * A key result's values as a one-line sparkline for a terminal, {@code ▁▂▃▅▆}: one block per value,
 * the lowest value the lowest block, at most {@value #MAX} values (the latest). Nothing for a key
 * result whose values the viewer may not see or that has no value yet.
 */
final class Sparkline {

  /** The most values a sparkline shows. */
  static final int MAX = 12;

  private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {}

  /** The sparkline of a key result's values; empty text when there is nothing to draw. */
  static String of(KeyResultTrend trend) {
    if (trend.valueRestricted() || trend.points().isEmpty()) {
      return "";
    }
    List<ValuePoint> points = trend.points();
    List<ValuePoint> shown = points.subList(Math.max(0, points.size() - MAX), points.size());
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (ValuePoint point : shown) {
      double value = point.value().doubleValue();
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    StringBuilder line = new StringBuilder(shown.size());
    for (ValuePoint point : shown) {
      double value = point.value().doubleValue();
      int level = max > min && Double.isFinite(max - min)
          ? (int) Math.round((value - min) / (max - min) * (BLOCKS.length - 1)) : BLOCKS.length / 2;
      line.append(BLOCKS[Math.max(0, Math.min(BLOCKS.length - 1, level))]);
    }
    return line.toString();
  }
}
