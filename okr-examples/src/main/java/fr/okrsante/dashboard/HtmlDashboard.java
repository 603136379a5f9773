package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.Status;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Dashboard} as one self-contained HTML page for a steering committee: inline CSS
 * and SVG progress bars, no script, no link to anything outside the file, large type for a
 * projector, a colour per status, and each objective's contributions with their shares.
 *
 * <p>First what moved since the last committee, then the alignment map, the alignment tree with a
 * trend chart per objective (its progress at each month end against its expected pace) and per key
 * result (its check-ins, baseline, target, expected pace, guardrail band, as-of date), the heat map
 * of statuses per unit, the framework coverage with its gaps and the at-risk list. An A4 print
 * stylesheet keeps each objective and chart on one page; print the page to get a PDF.
 *
 * <p>Every text from the plan is escaped, and control characters are shown as U+FFFD.
 */
public final class HtmlDashboard {

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:20px;line-height:1.4;\
      margin:1.5em auto;max-width:75em;padding:0 1em;color:#1b1b1b;background:#fff}
      h1{font-size:1.7em;margin:0 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:3px solid #ddd}
      .meta{color:#555;margin:0 0 1em}
      .objective{border-left:6px solid #999;margin:.7em 0;padding:.3em .8em;background:#f7f7f7}
      .objective h3{font-size:1.1em;margin:0}.owner{color:#555;font-size:.85em}
      .figures{display:flex;align-items:center;gap:.8em;flex-wrap:wrap;margin:.2em 0}
      .status{display:inline-block;padding:.05em .6em;border-radius:1em;color:#fff;font-weight:600;font-size:.85em}
      .ON_TRACK{background:#1e7b34;border-color:#1e7b34}.ACHIEVED{background:#0b5394;border-color:#0b5394}
      .BEHIND{background:#b26a00;border-color:#b26a00}.AT_RISK{background:#b3261e;border-color:#b3261e}
      .NOT_STARTED,.NO_DATA{background:#6b6b6b;border-color:#6b6b6b}
      .objective.ON_TRACK,.objective.ACHIEVED,.objective.BEHIND,.objective.AT_RISK,.objective.NOT_STARTED,\
      .objective.NO_DATA{background:#f7f7f7}
      table{border-collapse:collapse;width:100%;margin:.3em 0;font-size:.9em}
      th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #ddd;vertical-align:top}
      th{background:#eee}td.num{text-align:right;white-space:nowrap}
      .restricted{color:#555;font-style:italic}
      footer{margin-top:2em;color:#555;font-size:.8em}
      """;

  private HtmlDashboard() {}

  /**
   * Renders a dashboard.
   *
   * @param dashboard the dashboard
   * @param labels the language
   * @return the HTML page
   */
  public static String render(Dashboard dashboard, Labels labels) {
    return render(dashboard, labels, null);
  }

  /**
   * Renders a dashboard with the findings of a plan review: each objective shows its count of
   * findings, linked to their list in a last section. Give a review of the whole plan only to
   * readers of the whole plan: a review names what it concerns.
   *
   * @param dashboard the dashboard
   * @param labels the language
   * @param review the review of the dashboard's plan, in the labels' language; null for none
   * @return the HTML page
   */
  public static String render(Dashboard dashboard, Labels labels, fr.okrsante.review.@Nullable ReviewReport review) {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(labels, "labels");
    StringBuilder out = new StringBuilder(16_384);
    String title = labels.get("dashboard.title") + (dashboard.getTitle().isEmpty() ? "" : " — " + dashboard.getTitle());
    out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.getLocale().getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append(PrintStyle.SCREEN).append(PrintStyle.PRINT).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
        .append(escape(labels.format("dashboard.asOf", labels.date(dashboard.getAsOf()))));
    dashboard.getSince().ifPresent(since ->
        out.append(" · ").append(escape(labels.format("dashboard.since", labels.date(since)))));
    dashboard.getViewer().ifPresent(viewer -> out.append(" · ").append(escape(labels.format("dashboard.viewer", viewer))));
    out.append("</p>\n<p class=\"print-hint\">").append(escape(labels.get("print.howTo"))).append("</p>\n");
    out.append(SinceSection.html(dashboard, labels));
    out.append(AlignmentMap.html(dashboard, labels));
    out.append("<h2>").append(escape(labels.get("section.alignment"))).append("</h2>\n");
    Trends trends = dashboard.trends();
    java.util.Map<String, java.util.List<fr.okrsante.review.Finding>> findings =
        review == null ? java.util.Map.of() : review.byObjective();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      objective(line, dashboard, trends, labels, out,
          findings.getOrDefault(line.objectiveId(), java.util.List.of()).size());
    }
    out.append(UnitHeatMap.html(dashboard, labels));
    out.append(CoverageSection.html(dashboard, labels));
    atRisk(dashboard, labels, out);
    if (review != null) {
      review(findings, dashboard, labels, out);
    }
    out.append("<footer>").append(escape(labels.format("dashboard.generated", labels.date(dashboard.getAsOf()))))
        .append("</footer>\n</body>\n</html>\n");
    // control characters that reached the dashboard despite the plan's validation become U+FFFD
    return TextDashboard.neutralise(out.toString());
  }

  /** The review's findings by objective, each group with the anchor its objective links to. */
  private static void review(java.util.Map<String, java.util.List<fr.okrsante.review.Finding>> findings, Dashboard dashboard,
      Labels labels, StringBuilder out) {
    out.append("<h2 id=\"review\">").append(escape(labels.get("section.review"))).append("</h2>\n");
    if (findings.isEmpty()) {
      out.append("<p>").append(escape(labels.get("label.none"))).append("</p>\n");
    }
    for (java.util.Map.Entry<String, java.util.List<fr.okrsante.review.Finding>> group : findings.entrySet()) {
      String heading = group.getKey().isEmpty() ? labels.get("label.reviewPlan") : dashboard.getObjectives().stream()
          .filter(l -> l.objectiveId().equals(group.getKey())).findFirst()
          .map(l -> dashboard.objectiveTitle(l.objectiveId())).orElse(group.getKey());
      out.append("<section id=\"review-").append(escape(group.getKey())).append("\">\n<h3>").append(escape(heading))
          .append("</h3>\n<ul>\n");
      for (fr.okrsante.review.Finding finding : group.getValue()) {
        out.append("<li><strong>").append(escape(labels.get("severity." + finding.getSeverity().name()))).append("</strong> ")
            .append(escape(finding.getRuleId())).append(" <code>").append(escape(finding.getPath().toString()))
            .append("</code><br>").append(escape(finding.getMessage())).append("<br><em>")
            .append(escape(finding.getSuggestion())).append("</em></li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
  }

  private static void objective(ObjectiveLine line, Dashboard dashboard, Trends trends, Labels labels,
      StringBuilder out, int findings) {
    String id = line.objectiveId();
    ObjectiveProgress progress = dashboard.progress(id);
    String title = dashboard.objectiveTitle(id);
    Status status = progress.getStatus();
    out.append("<section class=\"objective ").append(status.name()).append("\" style=\"margin-left:")
        .append(line.depth() * 2).append("em;border-left-color:").append(colour(status)).append("\">\n<h3>")
        .append(line.depth() > 0 ? (line.informs() ? "⇢ " : "↳ ") : "").append(escape(title))
        .append("</h3>\n<div class=\"owner\">").append(escape(dashboard.ownerName(id)));
    if (findings > 0 && !line.repeated()) {
      out.append(" · <a href=\"#review-").append(escape(id)).append("\">")
          .append(escape(labels.format("label.findings", findings))).append("</a>");
    }
    if (line.repeated()) {
      out.append(' ').append(escape(labels.get("label.seeAbove"))).append("</div>\n</section>\n");
      return;
    }
    out.append("</div>\n<div class=\"figures\">").append(bar(progress.getProgress(), progress.getExpectedProgress(), status))
        .append("<strong>").append(escape(dashboard.weightless(id) ? labels.get("label.noWeight")
            : labels.percent(progress.getProgress()))).append("</strong>")
        .append(chip(status, labels))
        .append("<span>").append(escape(labels.format("label.expected", labels.percent(progress.getExpectedProgress()))))
        .append("</span><span>").append(escape(labels.format("label.coverage", labels.percent(progress.getCoverage()))))
        .append("</span>");
    if (dashboard.getSince().isPresent()) {
      OptionalDouble change = dashboard.change(id);
      if (change.isPresent()) {
        long points = Math.round(change.getAsDouble() * 100);
        out.append("<span>").append(points >= 0 ? "+" : "−").append(Math.abs(points)).append(" pts</span>");
      }
      dashboard.earlier(id).ifPresent(earlier -> {
        if (earlier.getStatus() != status) {
          out.append("<span>").append(escape(labels.format("label.was", labels.status(earlier.getStatus())))).append("</span>");
        }
      });
    }
    out.append("</div>\n");
    trends.objective(id).ifPresent(trend -> out.append(TrendChart.objective(trend,
        title, progress, dashboard.getAsOf(), labels)));
    if (!progress.getKeyResults().isEmpty()) {
      out.append("<table>\n<tr><th>").append(escape(labels.get("column.keyResult"))).append("</th><th>")
          .append(escape(labels.get("column.current"))).append("</th><th>").append(escape(labels.get("column.target")))
          .append("</th><th>").append(escape(labels.get("column.progress"))).append("</th><th>")
          .append(escape(labels.get("column.status"))).append("</th></tr>\n");
      for (KeyResultProgress kr : progress.getKeyResults()) {
        Optional<KeyResult> keyResult = dashboard.keyResult(kr.getKeyResultId());
        out.append("<tr><td>").append(escape(dashboard.keyResultTitle(kr.getKeyResultId())));
        if (kr.isStale()) {
          out.append(" <em>(").append(escape(labels.get("label.stale"))).append(")</em>");
        }
        out.append("</td><td class=\"num\">").append(escape(Measures.current(keyResult, kr, labels)))
            .append("</td><td class=\"num\">").append(escape(Measures.goal(keyResult, kr, labels)))
            .append("</td><td class=\"num\">").append(bar(kr.getProgress(), kr.getExpectedProgress(),
                kr.getStatus())).append(' ').append(escape(labels.percent(kr.getProgress())));
        keyResult.flatMap(k -> GuardrailWording.held(k, kr, labels))
            .ifPresent(held -> out.append("<span class=\"guardrail\">").append(escape(held)).append("</span>"));
        out.append("</td><td>").append(chip(kr.getStatus(), labels));
        keyResult.flatMap(k -> GuardrailWording.now(k, kr, labels))
            .ifPresent(now -> out.append("<span class=\"guardrail\">").append(escape(now)).append("</span>"));
        out.append("</td></tr>\n");
        trends.keyResult(kr.getKeyResultId()).ifPresent(trend -> out.append("<tr class=\"trend\"><td colspan=\"5\">")
            .append(TrendChart.keyResult(trend, kr, dashboard.getAsOf(), labels)).append("</td></tr>\n"));
      }
      out.append("</table>\n");
    }
    List<Contribution> contributions = dashboard.getFigures().contributions(id);
    int restricted = dashboard.getFigures().restrictedContributionCount(id);
    if (contributions.size() > 1 || restricted > 0) {
      out.append("<table>\n<tr><th>").append(escape(labels.get("section.contributions"))).append("</th><th>")
          .append(escape(labels.get("column.weight"))).append("</th><th>").append(escape(labels.get("column.progress")))
          .append("</th><th>").append(escape(labels.get("column.share"))).append("</th></tr>\n");
      for (Contribution contribution : contributions) {
        out.append("<tr><td>").append(escape(labels.get("kind." + contribution.getKind().name())))
            .append(" · ").append(escape(dashboard.contributorTitle(contribution))).append("</td><td class=\"num\">")
            .append(escape(String.valueOf(contribution.getWeight()))).append("</td><td class=\"num\">")
            .append(escape(labels.percent(contribution.getProgress()))).append("</td><td class=\"num\">")
            .append(escape(labels.percent(contribution.getShare()))).append("</td></tr>\n");
      }
      if (restricted > 0) {
        out.append("<tr><td colspan=\"4\" class=\"restricted\">")
            .append(escape(labels.format("label.restricted", restricted))).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</section>\n");
  }

  /** " — Unit name", or nothing for figures without their plan. */
  private static String owner(String name) {
    return name.isEmpty() ? "" : " — " + escape(name);
  }

  private static void atRisk(Dashboard dashboard, Labels labels, StringBuilder out) {
    out.append("<h2>").append(escape(labels.get("section.atRisk"))).append("</h2>\n");
    if (dashboard.getAtRiskObjectives().isEmpty() && dashboard.getAtRiskKeyResults().isEmpty()) {
      out.append("<p>").append(escape(labels.get("label.nothingAtRisk"))).append("</p>\n");
      return;
    }
    out.append("<ul>\n");
    for (ObjectiveLine line : dashboard.getAtRiskObjectives()) {
      out.append("<li>").append(chip(dashboard.progress(line.objectiveId()).getStatus(), labels)).append(' ')
          .append(escape(dashboard.objectiveTitle(line.objectiveId()))).append(owner(dashboard.ownerName(line.objectiveId())))
          .append("</li>\n");
    }
    for (KeyResultProgress line : dashboard.getAtRiskKeyResults()) {
      out.append("<li>").append(chip(line.getStatus(), labels)).append(' ')
          .append(escape(labels.get("label.kr"))).append(' ').append(escape(dashboard.keyResultTitle(line.getKeyResultId())))
          .append(owner(dashboard.ownerName(line)));
      if (line.isStale()) {
        out.append(" <em>(").append(escape(labels.get("label.stale"))).append(")</em>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }

  static String chip(Status status, Labels labels) {
    return "<span class=\"status " + status.name() + "\">" + escape(labels.status(status)) + "</span>";
  }

  /** An inline SVG bar: the progress filled in the status colour, the expected pace as a tick. */
  private static String bar(OptionalDouble progress, double expected, Status status) {
    double filled = progress.isPresent() ? Math.max(0, Math.min(1, progress.getAsDouble())) : 0;
    StringBuilder svg = new StringBuilder("<svg width=\"200\" height=\"18\" viewBox=\"0 0 200 18\" role=\"img\">")
        .append("<rect width=\"200\" height=\"18\" rx=\"3\" fill=\"#e3e3e3\"/>")
        .append("<rect width=\"").append(Math.round(filled * 200)).append("\" height=\"18\" rx=\"3\" fill=\"")
        .append(progress.isPresent() ? colour(status) : "#e3e3e3").append("\"/>");
    if (!Double.isNaN(expected)) {
      long x = Math.round(Math.max(0, Math.min(1, expected)) * 200);
      svg.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x)
          .append("\" y2=\"18\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>");
    }
    return svg.append("</svg>").toString();
  }

  static String colour(Status status) {
    switch (status) {
      case ON_TRACK:
        return "#1e7b34";
      case ACHIEVED:
        return "#0b5394";
      case BEHIND:
        return "#b26a00";
      case AT_RISK:
        return "#b3261e";
      default:
        return "#6b6b6b";
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
