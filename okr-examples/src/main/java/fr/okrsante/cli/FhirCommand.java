package fr.okrsante.cli;

import fr.okrsante.fhir.GoalExport;
import fr.okrsante.fhir.ImportOutcome;
import fr.okrsante.fhir.ImportReport;
import fr.okrsante.fhir.MeasureReportImport;
import fr.okrsante.fhir.ScoreConvention;
import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.PlanView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr fhir import|export}: check-ins from FHIR R4 summary MeasureReports, and a plan's
 * objectives and key results out as FHIR R4 Goal resources (module okr-fhir).
 */
@Command(name = "fhir", mixinStandardHelpOptions = true,
    description = "FHIR R4: import MeasureReports as check-ins, export objectives and key results as Goals.",
    subcommands = {FhirCommand.Import.class, FhirCommand.Export.class})
final class FhirCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @CommandLine.Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    Objects.requireNonNull(spec, "spec").commandLine().usage(spec.commandLine().getOut());
  }

  OkrCommand okr() {
    return Objects.requireNonNull(parent, "parent");
  }

  /** {@code okr fhir import PLAN REPORTS}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Apply a MeasureReport, or a Bundle of them, to a plan: one check-in per summary report.",
      footer = {"%nOnly summary reports are read; individual and subject-list reports (patient-level data) and "
          + "data-collection reports are refused. Rates are recomputed from the population counts. Importing the "
          + "same report twice changes nothing. Exit code 1 when a report is refused (the others are applied, "
          + "unless --all-or-nothing)."})
  static final class Import implements Callable<Integer> {

    @ParentCommand
    @Nullable FhirCommand fhir;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan document (JSON).")
    @Nullable Path plan;

    @Parameters(index = "1", paramLabel = "REPORTS", description = "A FHIR R4 MeasureReport or Bundle (JSON).")
    @Nullable Path reports;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the updated plan here (else: only report).")
    @Nullable Path output;

    @Option(names = "--all-or-nothing", description = "Apply nothing if any report is refused.")
    boolean allOrNothing;

    @Option(names = "--map", paramLabel = "MEASURE=KR", description = "Map a measure canonical (optionally "
        + "#group) to a key result id, beside the key results' indicator bindings. Repeatable.")
    Map<String, String> mapping = Map.of();

    @Option(names = "--score-convention", paramLabel = "RAW|COMPLEMENT_ON_DECREASE",
        description = "How the producer scores 'decrease' measures, for reports without counts.")
    @Nullable ScoreConvention convention;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Paris",
        description = "Zone of the plan's dates (default: ${DEFAULT-VALUE}).")
    String zone = "Europe/Paris";

    @Override
    public Integer call() {
      OkrCommand okr = Objects.requireNonNull(fhir, "fhir").okr();
      Plan current = okr.documents().read(Objects.requireNonNull(plan, "plan"));
      MeasureReportImport.Builder builder = MeasureReportImport.builder().allOrNothing(allOrNothing);
      try {
        builder.zone(ZoneId.of(zone));
        mapping.forEach(builder::map);
      } catch (RuntimeException e) {
        throw new CliException(CliException.USAGE, e.getMessage());
      }
      if (convention != null) {
        builder.scoreConvention(convention);
      }
      Path source = Objects.requireNonNull(reports, "reports");
      ImportReport result;
      try {
        result = builder.build().apply(current, readBytes(source));
      } catch (OkrJsonException e) {
        throw refused(source, e);
      }
      PrintWriter out = okr.out();
      for (ImportOutcome outcome : result.getOutcomes()) {
        out.println(outcome);
      }
      out.println(result);
      if (output != null) {
        try (OutputStream stream = Files.newOutputStream(output)) {
          OkrJson.standard().withIndentation(true).writePlan(result.getPlan(), stream);
        } catch (IOException e) {
          throw new CliException(CliException.UNREADABLE, output + ": cannot be written (" + e.getMessage() + ")", e);
        }
        out.println("→ " + output);
      }
      out.flush();
      return result.isComplete() ? 0 : CliException.INVALID_PLAN;
    }
  }

  /** {@code okr fhir export PLAN}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write what a viewer may see of a plan as a FHIR R4 Bundle of Goal resources.",
      footer = {"%nWithout --viewer, only public objectives are exported. Viewers: ROLE:UNIT pairs separated by "
          + "commas, e.g. overseer:chvs, lead:chvs.urgences, member:chvs.cardiologie, or public."})
  static final class Export implements Runnable {

    @ParentCommand
    @Nullable FhirCommand fhir;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan document (JSON).")
    @Nullable Path plan;

    @Option(names = "--viewer", paramLabel = "SPEC", defaultValue = "public",
        description = "Export only what this viewer may see (default: ${DEFAULT-VALUE}).")
    String viewer = "public";

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the statuses, e.g. 2026-06-30 (default: today).")
    @Nullable LocalDate asOf;

    @Option(names = "--transaction", description = "A transaction Bundle of PUT Goal/<id> (upsert) instead of a collection.")
    boolean transaction;

    @Option(names = "--namespace", paramLabel = "URI", description = "Namespace of the identifier systems "
        + "(default: urn:okr-sante:).")
    @Nullable String namespace;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    @Nullable Path output;

    @Override
    public void run() {
      OkrCommand okr = Objects.requireNonNull(fhir, "fhir").okr();
      Plan current = okr.documents().read(Objects.requireNonNull(plan, "plan"));
      PlanView view = Access.of(current, ViewerSpec.parse(viewer, current).toViewer()).view();
      GoalExport.Builder builder = GoalExport.builder().transaction(transaction).indent(true);
      if (namespace != null) {
        try {
          builder.namespace(namespace);
        } catch (IllegalArgumentException e) {
          throw new CliException(CliException.USAGE, "--namespace: " + e.getMessage());
        }
      }
      String json = builder.build().toJson(view, asOf != null ? asOf : LocalDate.now(okr.clock())) + "\n";
      if (output == null) {
        okr.out().print(json);
        okr.out().flush();
        return;
      }
      try {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException(CliException.UNREADABLE, output + ": cannot be written (" + e.getMessage() + ")", e);
      }
      okr.out().println("→ " + output);
    }
  }

  private static byte[] readBytes(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": no such file");
    }
    try {
      long limit = MeasureReportImport.defaultLimits().getMaxDocumentLength();
      if (Files.size(file) > limit) {
        throw new CliException(CliException.UNREADABLE, file + ": over the limit of " + limit + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static CliException refused(Path file, OkrJsonException e) {
    List<String> details = new ArrayList<>();
    boolean unreadable = false;
    for (JsonProblem problem : e.getProblems()) {
      details.add(problem.toString());
      unreadable |= problem.getKind() != JsonProblem.Kind.CONTENT;
    }
    return unreadable
        ? new CliException(CliException.UNREADABLE, file + ": not a readable JSON document", details, e)
        : new CliException(CliException.INVALID_PLAN, file + ": not a MeasureReport or a Bundle of them", details, e);
  }
}
