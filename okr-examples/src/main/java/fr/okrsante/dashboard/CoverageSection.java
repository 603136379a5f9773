package fr.okrsante.dashboard;

import static fr.okrsante.dashboard.HtmlDashboard.escape;

import fr.okrsante.dashboard.Dashboard.FrameworkLine;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Framework coverage with its gaps: for each framework whose codes the plan must cover
 * ({@link Plan#getRequiredFrameworkRefs()}), the codes covered with the titles of the objectives
 * that cover them, and the codes not covered yet; then the codes the objectives reference beyond
 * those. Frameworks read by their names ("Certification HAS"), objectives by their titles, never
 * by ids or enum names. Coverage counts the dashboard's objectives: for a viewer, those the viewer
 * may see; on one unit's page, those on the page.
 */
final class CoverageSection {

  /**
   * One required code.
   *
   * @param ref the code, with its scheme and label
   * @param objectiveTitles the titles of the objectives that cover it; empty when uncovered
   */
  record Requirement(FrameworkRef ref, List<String> objectiveTitles) {
    boolean covered() {
      return !objectiveTitles.isEmpty();
    }
  }

  private CoverageSection() {}

  /**
   * The required codes, by scheme then code, each with the titles of the dashboard's objectives
   * that cover it: on one unit's page, the objectives on the page.
   */
  static List<Requirement> requirements(Dashboard dashboard) {
    Plan plan = dashboard.plan();
    Set<String> shown = shownIds(dashboard);
    Map<String, FrameworkLine> byCode = new java.util.HashMap<>();
    for (FrameworkLine line : dashboard.getFrameworks()) {
      byCode.put(line.scheme() + "\u0000" + line.code(), line);
    }
    List<Requirement> result = new ArrayList<>();
    for (FrameworkRef ref : plan.getRequiredFrameworkRefs()) {
      FrameworkLine line = byCode.get(ref.getScheme() + "\u0000" + ref.getCode());
      result.add(new Requirement(ref, line == null ? List.of() : titles(plan, line, shown)));
    }
    return result;
  }

  private static Set<String> shownIds(Dashboard dashboard) {
    Set<String> ids = new HashSet<>();
    dashboard.getObjectives().forEach(line -> ids.add(line.objectiveId()));
    return ids;
  }

  private static List<String> titles(Plan plan, FrameworkLine line, Set<String> shown) {
    List<String> titles = new ArrayList<>();
    for (String id : line.objectiveIds()) {
      if (shown.contains(id)) {
        plan.objective(id).map(Objective::getTitle).ifPresent(titles::add);
      }
    }
    return List.copyOf(titles);
  }

  /** The section, as HTML. */
  static String html(Dashboard dashboard, Labels labels) {
    Plan plan = dashboard.plan();
    StringBuilder out = new StringBuilder("<section class=\"coverage\"><h2>")
        .append(escape(labels.get("section.coverage"))).append("</h2>\n");
    List<Requirement> requirements = requirements(dashboard);
    if (requirements.isEmpty()) {
      out.append("<p>").append(escape(labels.get("coverage.noRequirement"))).append("</p>\n");
    } else {
      long covered = requirements.stream().filter(Requirement::covered).count();
      out.append("<p class=\"summary\"><strong>").append(escape(labels.format("coverage.summary", covered,
          requirements.size()))).append("</strong>");
      if (dashboard.getViewer().isPresent()) {
        out.append(" ").append(escape(labels.get("coverage.restricted")));
      }
      out.append("</p>\n<table class=\"coverage\">\n<tr><th>").append(escape(labels.get("column.scheme")))
          .append("</th><th>").append(escape(labels.get("column.code"))).append("</th><th>")
          .append(escape(labels.get("column.label"))).append("</th><th>").append(escape(labels.get("column.servedBy")))
          .append("</th></tr>\n");
      for (Requirement requirement : requirements) {
        FrameworkRef ref = requirement.ref();
        out.append("<tr class=\"").append(requirement.covered() ? "covered" : "gap").append("\"><td>")
            .append(escape(scheme(ref.getScheme(), labels))).append("</td><td>").append(escape(ref.getCode()))
            .append("</td><td>").append(escape(ref.getLabel())).append("</td><td>");
        if (requirement.covered()) {
          out.append("✔ ").append(escape(String.join(" · ", requirement.objectiveTitles())));
        } else {
          out.append("<strong>✘ ").append(escape(labels.get("coverage.uncovered"))).append("</strong>");
        }
        out.append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    // the codes referenced beyond the required ones
    Set<String> required = new HashSet<>();
    for (FrameworkRef ref : plan.getRequiredFrameworkRefs()) {
      required.add(ref.getScheme() + "\u0000" + ref.getCode());
    }
    List<FrameworkLine> others = new ArrayList<>();
    for (FrameworkLine line : dashboard.getFrameworks()) {
      if (!required.contains(line.scheme() + "\u0000" + line.code())) {
        others.add(line);
      }
    }
    if (!others.isEmpty()) {
      out.append("<h3>").append(escape(labels.get(requirements.isEmpty() ? "coverage.covered" : "coverage.notRequired")))
          .append("</h3>\n<table>\n<tr><th>").append(escape(labels.get("column.scheme"))).append("</th><th>")
          .append(escape(labels.get("column.code"))).append("</th><th>").append(escape(labels.get("column.label")))
          .append("</th><th>").append(escape(labels.get("column.servedBy"))).append("</th></tr>\n");
      for (FrameworkLine line : others) {
        List<String> titles = titles(plan, line, shownIds(dashboard));
        out.append("<tr><td>").append(escape(scheme(line.scheme(), labels))).append("</td><td>")
            .append(escape(line.code())).append("</td><td>").append(escape(line.label())).append("</td><td>")
            .append(escape(String.join(" · ", titles))).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    return out.append("</section>\n").toString();
  }

  /** A framework's name in the language: "Certification HAS", not {@code HAS_CERTIFICATION}. */
  static String scheme(FrameworkScheme scheme, Labels labels) {
    return labels.get("scheme." + scheme.name());
  }
}
