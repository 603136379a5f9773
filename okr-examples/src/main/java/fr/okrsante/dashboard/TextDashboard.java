package fr.okrsante.dashboard;

import fr.okrsante.dashboard.Dashboard.FrameworkLine;
import fr.okrsante.dashboard.Dashboard.ObjectiveLine;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.dashboard.Dashboard.UnitLine;
import fr.okrsante.plan.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a {@link Dashboard} as plain text for a terminal: the alignment tree with progress bars,
 * statuses and data coverage, the summary per unit, the framework coverage and the at-risk list.
 *
 * <p>Objective and key-result lines fit in {@value #WIDTH} columns: a long title is cut with an
 * ellipsis (the figures then go on the next line, under it); the contributions and restricted
 * contributions of an objective are listed under it, marked {@code └}. Indentation stops growing
 * after {@value #MAX_INDENT} levels (deeper levels show their depth as a number), so the text
 * grows linearly with the plan whatever its depth. Each key result ends with a sparkline of its
 * values ({@code ▁▂▃▅▆}, the latest twelve); a guardrail says the share of the days its limit held
 * and whether it is met now. Control characters that reach the dashboard
 * despite the plan's validation are shown as U+FFFD.
 *
 * <pre>
 * [█████░░░░░]  50 %  En retard      Renforcer la culture de la sécurité des soins · Centre hospitalier · données 100 %
 * [█████░░░░░]  50 %  En bonne voie    RC Réaliser 100 % des analyses d'EIG sous 30 jours : 80 % (60 → 100 %)
 * </pre>
 */
public final class TextDashboard {

  private static final int BAR = 10;

  /** The width of a terminal the text is made for. */
  static final int WIDTH = 100;

  /** The deepest indentation, in levels of two spaces. */
  static final int MAX_INDENT = 8;

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
    Trends trends = dashboard.trends();
    for (ObjectiveLine line : dashboard.getObjectives()) {
      objective(line, dashboard, trends, labels, statusWidth, out);
    }
    section(labels.get("section.units"), out);
    for (UnitLine unit : dashboard.getUnits()) {
      StringBuilder line = new StringBuilder().append(bar(unit.meanProgress())).append(' ')
          .append(pad(labels.percent(unit.meanProgress()), 6)).append("  ").append(unit.unit().getName()).append(" · ")
          .append(labels.format("label.objectiveCount", unit.objectiveCount()));
      for (Map.Entry<Status, Integer> entry : unit.statuses().entrySet()) {
        line.append(" · ").append(labels.status(entry.getKey())).append(' ').append(entry.getValue());
      }
      out.append(cut(line.toString(), WIDTH)).append('\n');
    }
    section(labels.get("section.frameworks"), out);
    if (dashboard.getFrameworks().isEmpty()) {
      out.append(labels.get("label.none")).append('\n');
    }
    for (FrameworkLine framework : dashboard.getFrameworks()) {
      StringBuilder line = new StringBuilder().append(framework.scheme().name()).append(' ').append(framework.code());
      if (!framework.label().isEmpty()) {
        line.append(" (").append(framework.label()).append(')');
      }
      line.append(" ← ").append(String.join(", ", framework.objectiveIds()));
      out.append(cut(line.toString(), WIDTH)).append('\n');
    }
    section(labels.get("section.atRisk"), out);
    if (dashboard.getAtRiskObjectives().isEmpty() && dashboard.getAtRiskKeyResults().isEmpty()) {
      out.append(labels.get("label.nothingAtRisk")).append('\n');
    }
    for (ObjectiveLine line : dashboard.getAtRiskObjectives()) {
      ObjectiveProgress progress = dashboard.progress(line.objectiveId());
      String figures = owner(dashboard.ownerName(line.objectiveId())) + " · " + labels.percent(progress.getProgress())
          + ' ' + labels.format("label.expected", labels.percent(progress.getExpectedProgress()));
      out.append("! ").append(cut(dashboard.objectiveTitle(line.objectiveId()), WIDTH - 2 - width(figures)))
          .append(figures).append('\n');
    }
    for (KeyResultProgress line : dashboard.getAtRiskKeyResults()) {
      String figures = owner(dashboard.ownerName(line)) + " · " + labels.status(line.getStatus())
          + (line.isStale() ? " · " + labels.get("label.stale") : "");
      String kr = labels.get("label.kr") + ' ';
      out.append("! ").append(kr).append(cut(dashboard.keyResultTitle(line.getKeyResultId()),
          WIDTH - 2 - width(kr) - width(figures))).append(figures).append('\n');
    }
    return neutralise(out.toString());
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

  /** " · Unit name", or nothing for figures without their plan. */
  private static String owner(String name) {
    return name.isEmpty() ? "" : " · " + name;
  }

  private static void section(String title, StringBuilder out) {
    out.append('\n').append(title).append('\n').append("─".repeat(title.length())).append('\n');
  }

  private static void objective(ObjectiveLine line, Dashboard dashboard, Trends trends, Labels labels,
      int statusWidth, StringBuilder out) {
    String id = line.objectiveId();
    ObjectiveProgress progress = dashboard.progress(id);
    String indent = indent(line.depth());
    boolean weightless = dashboard.weightless(id);
    String prefix = bar(progress.getProgress()) + ' '
        + pad(weightless ? labels.get("label.noWeight") : labels.percent(progress.getProgress()), 6) + "  "
        + pad(weightless ? labels.get("status.noWeight") : labels.status(progress.getStatus()), statusWidth)
        + "  " + indent
        + (line.depth() > 0 ? (line.informs() ? "⇢ " : "↳ ") : "");
    // the title, then owner, coverage, expected, change: wrapped under the title when too long
    List<String> parts = new ArrayList<>();
    parts.add(dashboard.objectiveTitle(id));
    String owner = dashboard.ownerName(id);
    if (!owner.isEmpty() || line.repeated()) {
      parts.add(" · " + owner + (line.repeated() ? (owner.isEmpty() ? "" : " ") + labels.get("label.seeAbove") : ""));
    }
    if (!line.repeated()) {
      parts.add(" · " + labels.format("label.coverage", labels.percent(progress.getCoverage())));
      parts.add(" · " + labels.format("label.expected", labels.percent(progress.getExpectedProgress())));
      if (dashboard.getSince().isPresent()) {
        OptionalDouble change = dashboard.change(id);
        if (change.isPresent()) {
          long points = Math.round(change.getAsDouble() * 100);
          parts.add(" · " + (points >= 0 ? "+" : "") + points + " pts");
        }
        dashboard.earlier(id).ifPresent(earlier -> {
          if (earlier.getStatus() != progress.getStatus()) {
            parts.add(" · " + labels.format("label.was", labels.status(earlier.getStatus())));
          }
        });
      }
    }
    String blank = " ".repeat(BAR + 2 + 1 + 6 + 2 + statusWidth + 2) + indent + "  ";
    wrap(prefix, blank, parts, out);
    if (line.repeated()) {
      return;
    }
    for (KeyResultProgress kr : progress.getKeyResults()) {
      Optional<KeyResult> keyResult = dashboard.keyResult(kr.getKeyResultId());
      String krPrefix = bar(kr.getProgress()) + ' ' + pad(labels.percent(kr.getProgress()), 6)
          + "  " + pad(labels.status(kr.getStatus()), statusWidth) + "  " + indent + "  ";
      List<String> krParts = new ArrayList<>();
      krParts.add(labels.get("label.kr") + ' ' + dashboard.keyResultTitle(kr.getKeyResultId())
          + labels.get("punct.colon").stripTrailing());
      krParts.add(" " + Measures.current(keyResult, kr, labels) + " (" + Measures.goal(keyResult, kr, labels) + ')');
      keyResult.flatMap(k -> GuardrailWording.held(k, kr, labels)).ifPresent(held -> krParts.add(" · " + held));
      keyResult.flatMap(k -> GuardrailWording.now(k, kr, labels)).ifPresent(now -> krParts.add(" · " + now));
      if (kr.isStale()) {
        krParts.add(" · " + labels.get("label.stale"));
      }
      trends.keyResult(kr.getKeyResultId()).map(Sparkline::of).filter(spark -> !spark.isEmpty())
          .ifPresent(spark -> krParts.add(" " + spark));
      wrap(krPrefix, blank + "   ", krParts, out);
    }
    // under the objective, marked as its own: "└ 1 restricted contribution(s)", "└ Contributions: …"
    String owned = blank + "└ ";
    String more = blank + "  ";
    int restricted = dashboard.getFigures().restrictedContributionCount(id);
    if (restricted > 0) {
      out.append(owned).append(labels.format("label.restricted", restricted)).append('\n');
    }
    List<Contribution> contributions = dashboard.getFigures().contributions(id);
    if (contributions.size() > 1) {
      StringBuilder current = new StringBuilder(owned).append(labels.get("section.contributions"))
          .append(labels.get("punct.colon"));
      boolean first = true;
      for (Contribution contribution : contributions) {
        String part = (first ? "" : " + ") + labels.percent(contribution.getShare()) + ' '
            + shortTitle(dashboard.contributorTitle(contribution));
        if (!first && width(current) + width(part) > WIDTH) {
          out.append(current).append('\n');
          current = new StringBuilder(more);
        }
        current.append(part);
        first = false;
      }
      out.append(current).append('\n');
    }
  }

  /**
   * Writes parts on a line after a prefix, going on to further lines (after {@code next}) when the
   * line would pass {@value #WIDTH} columns; a part too long for a whole line is cut.
   */
  private static void wrap(String first, String next, List<String> parts, StringBuilder out) {
    StringBuilder current = new StringBuilder(first);
    boolean empty = true;
    for (String part : parts) {
      String text = empty ? part.stripLeading() : part;
      if (!empty && width(current) + width(text) > WIDTH) {
        out.append(current).append('\n');
        current = new StringBuilder(next);
        text = part.startsWith(" · ") ? part.substring(3) : part.stripLeading();
      }
      current.append(cut(text, WIDTH - width(current)));
      empty = false;
    }
    out.append(current).append('\n');
  }

  /**
   * The indentation of a depth, capped so that a line's length does not grow with the depth of the
   * plan: beyond {@value #MAX_INDENT} levels, the depth is written as a number.
   */
  static String indent(int depth) {
    if (depth <= MAX_INDENT) {
      return "  ".repeat(depth);
    }
    String level = "(" + depth + ") ";
    return "  ".repeat(MAX_INDENT - level.length() / 2) + level + (level.length() % 2 == 1 ? " " : "");
  }

  private static String shortTitle(String title) {
    return cut(title, 32);
  }

  /** Cuts a text to a number of columns, ending it with an ellipsis when cut. */
  static String cut(String text, int columns) {
    int max = Math.max(8, columns);
    if (width(text) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + "…";
  }

  /** The columns a text takes, one per code point. */
  static int width(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /**
   * Replaces every control character of a rendered text but the line feed (C0, DEL, C1, the
   * bidirectional overrides and isolates) with U+FFFD, so that a text that reached the dashboard
   * despite validation cannot move the cursor, clear the screen or reverse what follows.
   *
   * @param text the rendered text
   * @return the text, safe for a terminal
   */
  public static String neutralise(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069'));
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? '\ufffd' : c);
      }
    }
    return out == null ? text : out.toString();
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
