package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.ContributionLine;
import fr.okrsante.dashboard.Dashboard.FrameworkLine;
import fr.okrsante.dashboard.Dashboard.KeyResultLine;
import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.dashboard.Dashboard.UnitLine;
import fr.okrsante.plan.Status;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Renders a {@link Dashboard} as plain text for a terminal: the alignment tree with progress bars,
 * statuses and data coverage, the summary per unit, the framework coverage and the at-risk list.
 *
 * <pre>
 * [█████░░░░░]  50 %  En retard      Renforcer la culture de la sécurité des soins · Centre hospitalier · données 100 %
 * [█████░░░░░]  50 %  En bonne voie    RC Réaliser 100 % des analyses d'EIG sous 30 jours : 80 % (60 → 100 %)
 * </pre>
 */
public final class TextDashboard {

  private static final int BAR = 10;

  private TextDashboard() {}

  /**
   * Renders a dashboard.
   *
   * @param dashboard the dashboard
   * @param labels the language
   * @return the text, lines ending with {@code \n}
   */
  public static String render(Dashboard dashboard, Labels labels) {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(labels, "labels");
    StringBuilder out = new StringBuilder();
    int statusWidth = 0;
    for (Status status : Status.values()) {
      statusWidth = Math.max(statusWidth, labels.status(status).length());
    }
    header(dashboard, labels, out);
    section(labels.get("section.alignment"), out);
    for (ObjectiveLine line : dashboard.getObjectives()) {
      objective(line, dashboard, labels, statusWidth, out);
    }
    section(labels.get("section.units"), out);
    for (UnitLine unit : dashboard.getUnits()) {
      out.append(bar(unit.meanProgress())).append(' ').append(pad(labels.percent(unit.meanProgress()), 6))
          .append("  ").append(unit.unit().getName()).append(" · ")
          .append(labels.format("label.objectiveCount", unit.objectiveCount()));
      for (Map.Entry<Status, Integer> entry : unit.statuses().entrySet()) {
        out.append(" · ").append(labels.status(entry.getKey())).append(' ').append(entry.getValue());
      }
      out.append('\n');
    }
    section(labels.get("section.frameworks"), out);
    if (dashboard.getFrameworks().isEmpty()) {
      out.append(labels.get("label.none")).append('\n');
    }
    for (FrameworkLine framework : dashboard.getFrameworks()) {
      out.append(framework.scheme().name()).append(' ').append(framework.code());
      if (!framework.label().isEmpty()) {
        out.append(" (").append(framework.label()).append(')');
      }
      out.append(" ← ").append(String.join(", ", framework.objectiveIds())).append('\n');
    }
    section(labels.get("section.atRisk"), out);
    if (dashboard.getAtRiskObjectives().isEmpty() && dashboard.getAtRiskKeyResults().isEmpty()) {
      out.append(labels.get("label.nothingAtRisk")).append('\n');
    }
    for (ObjectiveLine line : dashboard.getAtRiskObjectives()) {
      out.append("! ").append(line.objective().getTitle()).append(" · ").append(line.owner().getName()).append(" · ")
          .append(labels.percent(line.progress().getProgress())).append(' ')
          .append(labels.format("label.expected", labels.percent(line.progress().getExpectedProgress()))).append('\n');
    }
    for (KeyResultLine line : dashboard.getAtRiskKeyResults()) {
      out.append("! ").append(labels.get("label.kr")).append(' ').append(line.keyResult().getTitle()).append(" · ")
          .append(line.owner().getName()).append(" · ").append(labels.status(line.progress().getStatus()));
      if (line.progress().isStale()) {
        out.append(" · ").append(labels.get("label.stale"));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void header(Dashboard dashboard, Labels labels, StringBuilder out) {
    out.append(labels.get("dashboard.title"));
    if (!dashboard.getTitle().isEmpty()) {
      out.append(" — ").append(dashboard.getTitle());
    }
    out.append('\n').append(labels.format("dashboard.asOf", labels.date(dashboard.getAsOf())));
    dashboard.getSince().ifPresent(since -> out.append(" · ").append(labels.format("dashboard.since", labels.date(since))));
    dashboard.getViewer().ifPresent(viewer -> out.append(" · ").append(labels.format("dashboard.viewer", viewer)));
    out.append('\n');
  }

  private static void section(String title, StringBuilder out) {
    out.append('\n').append(title).append('\n').append("─".repeat(title.length())).append('\n');
  }

  private static void objective(ObjectiveLine line, Dashboard dashboard, Labels labels, int statusWidth,
      StringBuilder out) {
    String indent = "  ".repeat(line.depth());
    out.append(bar(line.progress().getProgress())).append(' ').append(pad(labels.percent(line.progress().getProgress()), 6))
        .append("  ").append(pad(labels.status(line.progress().getStatus()), statusWidth)).append("  ").append(indent)
        .append(line.depth() > 0 ? (line.informs() ? "⇢ " : "↳ ") : "").append(line.objective().getTitle())
        .append(" · ").append(line.owner().getName());
    if (line.repeated()) {
      out.append(' ').append(labels.get("label.seeAbove")).append('\n');
      return;
    }
    out.append(" · ").append(labels.format("label.coverage", labels.percent(line.progress().getCoverage())))
        .append(" · ").append(labels.format("label.expected", labels.percent(line.progress().getExpectedProgress())));
    if (dashboard.getSince().isPresent()) {
      OptionalDouble change = line.change();
      if (change.isPresent()) {
        long points = Math.round(change.getAsDouble() * 100);
        out.append(" · ").append(points >= 0 ? "+" : "").append(points).append(" pts");
      }
      line.earlier().ifPresent(earlier -> {
        if (earlier.getStatus() != line.progress().getStatus()) {
          out.append(" · ").append(labels.format("label.was", labels.status(earlier.getStatus())));
        }
      });
    }
    out.append('\n');
    String krIndent = " ".repeat(BAR + 2 + 1 + 6 + 2 + statusWidth + 2) + indent + "  ";
    for (KeyResultLine kr : line.keyResults()) {
      out.append(bar(kr.progress().getProgress())).append(' ').append(pad(labels.percent(kr.progress().getProgress()), 6))
          .append("  ").append(pad(labels.status(kr.progress().getStatus()), statusWidth)).append("  ").append(indent)
          .append("  ").append(labels.get("label.kr")).append(' ').append(kr.keyResult().getTitle()).append(labels.get("punct.colon"))
          .append(Measures.current(kr.keyResult(), kr.progress(), labels)).append(" (")
          .append(Measures.goal(kr.keyResult(), kr.progress(), labels)).append(')');
      if (kr.progress().isStale()) {
        out.append(" · ").append(labels.get("label.stale"));
      }
      out.append('\n');
    }
    if (line.restrictedContributions() > 0) {
      out.append(krIndent).append(labels.format("label.restricted", line.restrictedContributions())).append('\n');
    }
    if (line.contributions().size() > 1) {
      StringBuilder shares = new StringBuilder();
      for (ContributionLine contribution : line.contributions()) {
        if (shares.length() > 0) {
          shares.append(" + ");
        }
        shares.append(labels.percent(contribution.contribution().getShare())).append(' ').append(shortTitle(contribution.title()));
      }
      out.append(krIndent).append(labels.get("section.contributions")).append(labels.get("punct.colon")).append(shares).append('\n');
    }
  }

  private static String shortTitle(String title) {
    return title.length() <= 32 ? title : title.substring(0, 31) + "…";
  }

  /**
   * Draws a progress bar of ten cells: {@code [█████░░░░░]} for 0.5; empty without data;
   * overachievement and regression stay within the bar.
   */
  static String bar(OptionalDouble progress) {
    if (progress.isEmpty()) {
      return "[" + " ".repeat(BAR) + "]";
    }
    int full = (int) Math.round(Math.max(0, Math.min(1, progress.getAsDouble())) * BAR);
    return "[" + "█".repeat(full) + "░".repeat(BAR - full) + "]";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
