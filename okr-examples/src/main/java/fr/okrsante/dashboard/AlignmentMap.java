package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.HtmlDashboard.escape;
import static fr.okrsante.dashboard.TrendChart.f;

import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alignment map: the objectives as boxes in rows by depth (the objectives they serve above
 * them), an arrow from each objective to each objective it serves — several parents show as
 * several arrows, links that only inform dashed — each box coloured by status and naming it. A
 * restricted contribution is drawn as an anonymous "restricted" box under the objective it counts
 * in, with no title, id or figure.
 *
 * <p>Rows hold at most {@value #PER_ROW} boxes and wrap, so the drawing keeps a readable size on a
 * phone; the map has a text alternative that gives the number of objectives, and each box a
 * {@code <title>} with its title, status and progress.
 */
final class AlignmentMap {

  static final int PER_ROW = 4;
  private static final int BOX_W = 184;
  private static final int BOX_H = 52;
  private static final int GAP_X = 16;
  private static final int GAP_Y = 40;
  private static final int WIDTH = PER_ROW * (BOX_W + GAP_X) + GAP_X;

  private record Box(double x, double y, String title, String status, String colour, String tip, boolean restricted) {}

  private AlignmentMap() {}

  /** The section, as HTML with an inline SVG. */
  static String html(Dashboard dashboard, Labels labels) {
    Plan plan = dashboard.plan();
    // one box per objective, at the depth of its first appearance; anonymous boxes one row lower
    Map<Integer, List<String>> byDepth = new TreeMap<>();
    Map<String, ObjectiveLine> lines = new HashMap<>();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      if (line.repeated()) {
        continue;
      }
      lines.put(line.objectiveId(), line);
      byDepth.computeIfAbsent(line.depth(), d -> new ArrayList<>()).add(line.objectiveId());
      if (dashboard.getFigures().restrictedContributionCount(line.objectiveId()) > 0) {
        byDepth.computeIfAbsent(line.depth() + 1, d -> new ArrayList<>()).add("\u0000" + line.objectiveId());
      }
    }
    Map<String, Box> boxes = new HashMap<>();
    List<Box> order = new ArrayList<>();
    double y = GAP_Y / 2.0;
    for (List<String> row : byDepth.values()) {
      for (int start = 0; start < row.size(); start += PER_ROW) {
        List<String> part = row.subList(start, Math.min(row.size(), start + PER_ROW));
        double x = (WIDTH - part.size() * (BOX_W + GAP_X) + GAP_X) / 2.0;
        for (String key : part) {
          Box box;
          if (key.startsWith("\u0000")) {
            int restricted = dashboard.getFigures().restrictedContributionCount(key.substring(1));
            String text = labels.format("map.restrictedAlt", restricted);
            box = new Box(x, y, labels.get("map.restricted") + " × " + restricted, "", "#595959",
                text, true);
          } else {
            ObjectiveProgress progress = dashboard.progress(key);
            String title = dashboard.objectiveTitle(key);
            String status = labels.status(progress.getStatus());
            box = new Box(x, y, title, status + " · " + labels.percent(progress.getProgress()),
                HtmlDashboard.colour(progress.getStatus()), title + " — " + status + " · "
                + labels.percent(progress.getProgress()), false);
          }
          boxes.put(key, box);
          order.add(box);
          x += BOX_W + GAP_X;
        }
        y += BOX_H + GAP_Y;
      }
    }
    double height = y - GAP_Y / 2.0;
    StringBuilder svg = new StringBuilder(4096);
    String alt = labels.format("map.alt", lines.size());
    svg.append("<section class=\"map\"><h2>").append(escape(labels.get("section.map"))).append("</h2>\n")
        .append("<figure class=\"chart map\"><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(f(Math.max(height, 10)))
        .append("\" role=\"img\" aria-label=\"").append(escape(alt)).append("\"><title>").append(escape(alt))
        .append("</title>");
    // arrows first, under the boxes: from the child's top to the parent's bottom
    for (AlignmentLink link : plan.getLinks()) {
      Box child = boxes.get(link.getChildId());
      Box parent = boxes.get(link.getParentId());
      if (child != null && parent != null) {
        arrow(svg, child, parent, !link.contributes());
      }
    }
    if (plan.getObjectives().isEmpty()) {
      // figures alone: the links that count are the contributions from child objectives
      for (ObjectiveLine line : dashboard.getObjectives()) {
        for (Contribution contribution : dashboard.getFigures().contributions(line.objectiveId())) {
          Box child = boxes.get(contribution.getSourceId());
          Box parent = boxes.get(line.objectiveId());
          if (!line.repeated() && contribution.getKind() == Contribution.Kind.OBJECTIVE && child != null && parent != null) {
            arrow(svg, child, parent, false);
          }
        }
      }
    }
    for (ObjectiveLine line : lines.values()) {
      Box hidden = boxes.get("\u0000" + line.objectiveId());
      if (hidden != null) {
        arrow(svg, hidden, boxes.get(line.objectiveId()), false);
      }
    }
    for (Box box : order) {
      svg.append("<g><title>").append(escape(box.tip())).append("</title><rect x=\"").append(f(box.x())).append("\" y=\"")
          .append(f(box.y())).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"6\" fill=\"").append(box.restricted() ? "#f0f0f0" : UnitHeatMap.tint(box.colour(), 0.15))
          .append("\" stroke=\"").append(box.colour()).append("\" stroke-width=\"").append(box.restricted() ? "1.5" : "3")
          .append('"').append(box.restricted() ? " stroke-dasharray=\"4 3\"" : "").append("/>")
          .append("<text x=\"").append(f(box.x() + 8)).append("\" y=\"").append(f(box.y() + 20))
          .append("\" font-size=\"13\" fill=\"#1b1b1b\"").append(box.restricted() ? " font-style=\"italic\"" : "")
          .append('>').append(escape(TextDashboard.cut(box.title(), 25))).append("</text>");
      if (!box.status().isEmpty()) {
        svg.append("<text x=\"").append(f(box.x() + 8)).append("\" y=\"").append(f(box.y() + 40))
            .append("\" font-size=\"12\" font-weight=\"600\" fill=\"").append(box.colour()).append("\">")
            .append(escape(TextDashboard.cut(box.status(), 27))).append("</text>");
      }
      svg.append("</g>");
    }
    return svg.append("</svg></figure></section>\n").toString();
  }

  private static void arrow(StringBuilder svg, Box child, Box parent, boolean informs) {
    double x1 = child.x() + BOX_W / 2.0;
    double y1 = child.y();
    double x2 = parent.x() + BOX_W / 2.0;
    double y2 = parent.y() + BOX_H;
    if (y1 <= y2) {
      // same row or above: go from the child's side instead
      y1 = child.y() + BOX_H / 2.0;
      x1 = child.x() + (x2 > x1 ? BOX_W : 0);
    }
    svg.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
        .append("\" y2=\"").append(f(y2)).append("\" stroke=\"#595959\" stroke-width=\"1.5\"")
        .append(informs ? " stroke-dasharray=\"5 4\"" : "").append("/>");
    // the arrowhead, drawn (a marker would need a url() reference)
    double length = Math.hypot(x2 - x1, y2 - y1);
    if (length > 0) {
      double ux = (x2 - x1) / length;
      double uy = (y2 - y1) / length;
      double bx = x2 - 9 * ux;
      double by = y2 - 9 * uy;
      svg.append("<path d=\"M").append(f(x2)).append(' ').append(f(y2)).append(" L").append(f(bx - 4.5 * uy)).append(' ')
          .append(f(by + 4.5 * ux)).append(" L").append(f(bx + 4.5 * uy)).append(' ').append(f(by - 4.5 * ux))
          .append(" Z\" fill=\"#595959\"/>");
    }
  }
}
