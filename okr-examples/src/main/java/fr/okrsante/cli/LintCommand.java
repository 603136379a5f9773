package fr.okrsante.cli;

import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import fr.okrsante.review.Finding;
import fr.okrsante.review.PlanReview;
import fr.okrsante.review.ReviewReport;
import fr.okrsante.review.Severity;
import fr.okrsante.review.UnknownRuleException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr lint PLAN}: the plan review ({@link PlanReview}) of a plan document — findings grouped
 * by objective with their paths, messages and suggestions, then the findings the plan's
 * suppressions accepted and the suppressions that matched nothing — as text or as a review
 * document ({@code review.schema.json}).
 *
 * <p>Exit code 0 when no active finding reaches the {@code --fail-on} level (warning by default),
 * 1 otherwise: a host's CI or nightly job can run it. The findings are in the language {@code --lang}
 * names, else the plan's declared language, else the machine's. The review reads the whole plan: it is for
 * the plan's owners, and has no {@code --viewer}. Texts of the plan that reach the text output are
 * neutralised like the dashboards' (control characters as U+FFFD).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Review a plan as an OKR facilitator would: named rules, each finding with its path, message and "
        + "suggestion; exit code 1 when a finding reaches the --fail-on level.",
    footer = {"%nThe review reads the whole plan (it is for the plan's owners): there is no --viewer.",
        "Accept a finding for good with a suppression in the plan document: "
            + "\"suppressions\": [{\"ruleId\": \"kr-is-activity\", \"target\": \"kr-ateliers\", \"reason\": \"…\", \"authorId\": \"p-1\"}]."})
final class LintCommand implements Runnable {

  /** The formats of a review. */
  enum Format { text, json }

  /** The levels a review can fail on. */
  enum Level {
    warning(Severity.WARNING), advice(Severity.ADVICE);

    final Severity severity;

    Level(Severity severity) {
      this.severity = severity;
    }
  }

  @ParentCommand
  @Nullable OkrCommand parent;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan document (JSON).")
  @Nullable Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the review, e.g. 2026-06-30 (default: today).")
  @Nullable LocalDate asOf;

  @Option(names = "--lang", paramLabel = "fr|en",
      description = "Language of the findings (default: the plan's declared language, else the machine's).")
  @Nullable String language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}; json follows review.schema.json).")
  Format format = Format.text;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
      description = "Exit with code 1 when a finding is at this level or above: warning or advice (default: ${DEFAULT-VALUE}).")
  Level failOn = Level.warning;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Switch rules off, e.g. --disable unit-missing,orphan-objective.")
  List<String> disabled = new ArrayList<>();

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Labels checked = OkrCommand.labels(language);
    Plan plan = okr.documents().read(Objects.requireNonNull(file, "file"));
    // --lang overrides the plan's declared language, which overrides the machine's
    Locale locale = (language == null ? OkrCommand.labels(null, plan) : checked).getLocale();
    LocalDate date = asOf != null ? asOf : LocalDate.now(okr.clock());
    PlanReview.Builder builder = PlanReview.builder().locale(locale);
    try {
      builder.disable(disabled);
    } catch (UnknownRuleException e) {
      throw new CliException(CliException.USAGE, "--disable: " + e.getMessage());
    }
    ReviewReport report = builder.build().review(plan, date);
    okr.print(format == Format.json ? OkrJson.standard().withIndentation(true).toJson(report) + System.lineSeparator()
        : render(plan, report, french(locale)));
    if (report.reaches(failOn.severity)) {
      throw new CliException(CliException.INVALID_PLAN, (french(locale) ? "la revue du plan a des constats au niveau "
          : "the plan review has findings at level ") + failOn + (french(locale) ? " ou plus" : " or above"));
    }
  }

  private static boolean french(Locale locale) {
    return locale.getLanguage().equals("fr");
  }

  /** The text form: a summary line, findings by objective, then what the plan's suppressions accepted. */
  static String render(Plan plan, ReviewReport report, boolean fr) {
    StringBuilder out = new StringBuilder();
    String title = plan.getTitle().isBlank() ? "" : " «" + plan.getTitle() + "»";
    out.append(fr ? "Revue du plan" + title.replace("«", "« ").replace("»", " »") + " au " : "Review of the plan"
            + title.replace('«', '“').replace('»', '”') + " as of ")
        .append(report.getAsOf()).append(fr ? " : " : ": ")
        .append(count(report.count(Severity.WARNING), fr ? "avertissement" : "warning"))
        .append(", ").append(count(report.count(Severity.ADVICE), fr ? "conseil" : "advice"))
        .append(", ").append(count(report.getSuppressed().size(), fr ? "accepté" : "accepted")).append('\n');
    if (report.getFindings().isEmpty()) {
      out.append('\n').append(fr ? "Rien à signaler." : "Nothing to report.").append('\n');
    }
    groups(out, plan, report.byObjective(), fr, false);
    if (!report.getSuppressed().isEmpty()) {
      out.append('\n').append(fr ? "Acceptés par les suppressions du plan :" : "Accepted by the plan's suppressions:").append('\n');
      groups(out, plan, report.suppressedByObjective(), fr, true);
    }
    if (!report.getUnusedSuppressions().isEmpty()) {
      out.append('\n').append(fr ? "Suppressions sans effet (à retirer du plan) :" : "Suppressions that match nothing (remove them from the plan):")
          .append('\n');
      for (Suppression s : report.getUnusedSuppressions()) {
        out.append("  ").append(s.getRuleId()).append("  ").append(s.getTarget()).append(" — ").append(s.getReason())
            .append(" (").append(s.getAuthorId()).append(")\n");
      }
    }
    return TextDashboard.neutralise(out.toString());
  }

  private static void groups(StringBuilder out, Plan plan, Map<String, List<Finding>> groups, boolean fr, boolean accepted) {
    for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
      out.append('\n');
      if (group.getKey().isEmpty()) {
        out.append(fr ? "Plan (unités, cycles, référentiels)" : "Plan (units, cycles, frameworks)");
      } else {
        Objective objective = plan.objective(group.getKey()).orElseThrow();
        out.append(objective.getId()).append(" — ").append(objective.getTitle());
      }
      out.append('\n');
      for (Finding finding : group.getValue()) {
        out.append("  ").append(severity(finding.getSeverity(), fr)).append(' ').append(finding.getRuleId()).append("  ")
            .append(finding.getPath().isRoot() ? (fr ? "(plan)" : "(plan)") : finding.getPath().toString()).append('\n');
        out.append("    ").append(finding.getMessage()).append('\n');
        if (accepted) {
          Suppression s = finding.getSuppression().orElseThrow();
          out.append("    ").append(fr ? "accepté : " : "accepted: ").append(s.getReason()).append(" (")
              .append(s.getAuthorId()).append(")\n");
        } else {
          out.append("    → ").append(finding.getSuggestion()).append('\n');
        }
      }
    }
  }

  private static String severity(Severity severity, boolean fr) {
    if (severity == Severity.WARNING) {
      return fr ? "AVERTISSEMENT" : "WARNING";
    }
    return fr ? "CONSEIL" : "ADVICE";
  }

  private static String count(int n, String noun) {
    if (noun.equals("advice")) {
      return n + " advice";
    }
    boolean french = !noun.equals("warning") && !noun.equals("accepted");
    boolean plural = french ? n > 1 : n != 1 && !noun.equals("accepted");
    return n + " " + noun + (plural ? "s" : "");
  }
}
