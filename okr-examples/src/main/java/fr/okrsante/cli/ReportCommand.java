package fr.okrsante.cli;

import fr.okrsante.dashboard.CsvDashboard;
import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.HtmlDashboard;
import fr.okrsante.dashboard.JsonDashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.dashboard.UnitDashboards;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.json.ViewDocument;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.review.PlanReview;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.UnitFocus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr report FILE}: the dashboard of a plan document as of a date, as text, HTML or CSV;
 * optionally with what moved since an earlier date, for one viewer, or focused on one unit.
 *
 * <p>{@code --format json} writes the figures themselves for other tools: okr-jackson's evaluation
 * document (schema {@code fr/okrsante/json/evaluation.schema.json}), or with {@code --viewer} its
 * view document (schema {@code view.schema.json}: the visible plan, the restricted markers and the
 * viewer's figures), indented. Those are the figures as of {@code --as-of}; {@code --since} and
 * {@code --unit} shape a dashboard, not the figures, and are refused with this format.
 * {@code --format series} writes the dashboard's figures as that same evaluation document beside
 * the titles, owner units and chart series ({@code fr/okrsante/dashboard/dashboard.schema.json}).
 *
 * <p>{@code --figures} reads FILE as such a document instead of a plan and renders it as text,
 * HTML or CSV: a view document with the visible plan it carries, an evaluation document without a
 * plan ({@link Dashboard#ofFigures}: ids for titles, no owners, units of measure or charts).
 *
 * <p>With {@code --viewer}, every format holds only what that viewer may see
 * ({@link Access#view()}: hidden objectives counted but redacted, so progress is the same for
 * everyone, and each objective says how many restricted contributions it has).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print or write the dashboard of a plan document.",
    footer = {"%nViewers are described with the plan's units, ROLE:UNIT pairs separated by commas: "
        + "overseer:chvs, lead:chvs.urgences, member:chvs.cardiologie,person:p-42, or public (public objectives only)."})
final class ReportCommand implements Runnable {

  /** The formats of a report. */
  enum Format { text, json, html, csv, series }

  @ParentCommand
  @Nullable OkrCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan document (JSON).")
  @Nullable Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the figures, e.g. 2026-06-30 (default: today).")
  @Nullable LocalDate asOf;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Show what moved since this date (e.g. the last steering committee).")
  @Nullable LocalDate since;

  @Option(names = "--viewer", paramLabel = "SPEC", description = "Show only what this viewer may see (see below).")
  @Nullable String viewer;

  @Option(names = "--unit", paramLabel = "ID", description = "Focus on one unit's objectives and those they serve.")
  @Nullable String unit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, html, csv, json: the evaluation document (the view document with --viewer), or "
          + "series: the dashboard's figures (as the evaluation document) with the series behind its charts "
          + "(dashboard.schema.json) "
          + "(default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--figures", description = "FILE is an evaluation or view document (what --format json writes), "
      + "not a plan: render its figures as text, html or csv. An evaluation document holds no plan: objectives and key "
      + "results are named by id, without owners, units of measure, framework codes or trend charts. A view document "
      + "carries the visible plan and renders in full.")
  boolean figures;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to this file instead of standard output (- for standard output). The file is replaced "
          + "in one step, never left half-written; the plan document itself cannot be the output.")
  @Nullable Path output;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the labels, numbers and dates (default: the plan's declared language, "
      + "else the machine's).")
  @Nullable String language;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Labels checked = OkrCommand.labels(language);
    Path input = Objects.requireNonNull(file, "file");
    Path target = output == null || output.toString().equals("-") ? null : output;
    if (target != null && OutputFiles.sameFile(input, target)) {
      throw new CliException(CliException.USAGE, "--output " + target + " is the plan document itself: choose another file");
    }
    if (figures) {
      emit(okr, target, renderFigures(input, checked));
      return;
    }
    Plan plan = okr.documents().read(input);
    Labels labels = language == null ? OkrCommand.labels(null, plan) : checked;
    LocalDate date = asOf != null ? asOf : LocalDate.now(okr.clock());
    if (since != null && !since.isBefore(date)) {
      throw new CliException(CliException.USAGE, "--since " + since + " is not before the report date " + date);
    }
    if (format == Format.json) {
      if (since != null || unit != null) {
        throw new CliException(CliException.USAGE, (since != null ? "--since" : "--unit")
            + " shapes a dashboard: --format json writes the figures as of one date for the whole plan or view "
            + "(run it once per date)");
      }
      OkrJson json = OkrJson.standard().withIndentation(true);
      String document;
      if (viewer == null) {
        document = json.toJson(Evaluation.of(plan, date));
      } else {
        document = json.toJson(Access.of(plan, ViewerSpec.parse(viewer, plan).toViewer()).view().evaluate(date));
      }
      emit(okr, target, document + System.lineSeparator());
      return;
    }
    Dashboard dashboard;
    Plan shown;
    if (viewer == null && unit != null && plan.unit(unit).isPresent()) {
      // one unit's page: only the part of the plan it depends on is evaluated
      shown = plan;
      dashboard = UnitDashboards.of(plan, unit, Evaluator.standard(), date, since);
    } else if (viewer == null) {
      shown = plan;
      dashboard = Dashboard.of(plan, Evaluation.of(plan, date), since == null ? null : Evaluation.of(plan, since));
    } else {
      PlanView view = Access.of(plan, ViewerSpec.parse(viewer, plan).toViewer()).view();
      shown = view.toPlan();
      dashboard = Dashboard.of(view.evaluate(date), since == null ? null : view.evaluate(since));
    }
    if (unit != null && (viewer != null || shown.unit(unit).isEmpty())) {
      if (shown.unit(unit).isEmpty()) {
        // a unit the viewer sees nothing of answers as one the plan does not have: no existence oracle
        throw new CliException(CliException.USAGE, "--unit: unit '" + unit + "' is not in the plan"
            + (viewer == null ? "" : " as the viewer sees it"));
      }
      dashboard = dashboard.focusedOn(UnitFocus.of(shown, unit));
    }
    String text = switch (format) {
      case text -> TextDashboard.render(dashboard, labels);
      // the plan review names what it concerns: shown to readers of the whole plan only
      case html -> HtmlDashboard.render(dashboard, labels, viewer != null ? null
          : PlanReview.builder().locale(labels.getLocale()).build().review(plan, date));
      case csv -> CsvDashboard.render(dashboard, labels);
      case series -> JsonDashboard.render(dashboard);
      case json -> throw new IllegalStateException("written above");
    };
    emit(okr, target, text);
  }

  /**
   * Renders an evaluation document without its plan, or a view document with the visible plan it
   * carries: the figures as they were written, as of their own date.
   */
  private String renderFigures(Path input, Labels labels) {
    String refused = asOf != null ? "--as-of" : since != null ? "--since" : viewer != null ? "--viewer"
        : unit != null ? "--unit" : format == Format.json || format == Format.series ? "--format " + format : null;
    if (refused != null) {
      throw new CliException(CliException.USAGE, refused + " cannot be used with --figures: the document holds the "
          + "figures as of one date for one reader; render it as text, html or csv");
    }
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(input);
    } catch (java.io.IOException e) {
      throw new CliException(CliException.UNREADABLE, input + ": cannot be read (" + e.getMessage() + ")", e);
    }
    OkrJson json = OkrJson.standard();
    Dashboard dashboard;
    try {
      if (VIEW_KIND.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
        ViewDocument view = json.readView(bytes);
        dashboard = Dashboard.of(view.plan(), view.evaluation().orElseThrow(() -> new CliException(CliException.USAGE,
            input + ": the view document holds no evaluation: write it with okr report --format json --viewer")));
      } else {
        dashboard = Dashboard.ofFigures(json.readEvaluation(bytes));
      }
    } catch (OkrJsonException e) {
      throw new CliException(CliException.UNREADABLE, input + ": not an evaluation or view document: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
    return switch (format) {
      case html -> HtmlDashboard.render(dashboard, labels, null);
      case csv -> CsvDashboard.render(dashboard, labels);
      default -> TextDashboard.render(dashboard, labels);
    };
  }

  /** How a view document says what it is (okr-jackson writes {@code "kind": "view"}). */
  private static final java.util.regex.Pattern VIEW_KIND = java.util.regex.Pattern.compile("\"kind\"\\s*:\\s*\"view\"");

  private static void emit(OkrCommand okr, @Nullable Path target, String text) {
    if (target == null) {
      okr.print(text);
      return;
    }
    OutputFiles.write(target, text.getBytes(StandardCharsets.UTF_8), true);
    okr.print("→ " + target + System.lineSeparator());
  }
}
