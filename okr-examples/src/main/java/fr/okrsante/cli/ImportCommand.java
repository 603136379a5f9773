package fr.okrsante.cli;

import fr.okrsante.importing.AsanaImport;
import fr.okrsante.importing.CheckInColumn;
import fr.okrsante.importing.ImportOutcome;
import fr.okrsante.importing.ImportReport;
import fr.okrsante.importing.IssueImport;
import fr.okrsante.importing.SourceFormatException;
import fr.okrsante.importing.SpreadsheetImport;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import fr.okrsante.jdbc.UnknownPlanException;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanVersionConflictException;
import fr.okrsante.plan.VersionedPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * {@code okr import csv|xlsx|asana|jira|gitlab SOURCE --plan PLAN}: check-ins from spreadsheets,
 * and objectives, initiatives and check-ins from work tools' saved API responses (module okr-import).
 * Prints what changed (or would change, with {@code --dry-run}); writes the plan to a file or
 * appends to a stored plan.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import check-ins from CSV or xlsx, and progress from Asana, Jira or GitLab saved API responses.",
    subcommands = {ImportCommand.Csv.class, ImportCommand.Xlsx.class, ImportCommand.Asana.class, ImportCommand.Jira.class,
        ImportCommand.Gitlab.class})
final class ImportCommand implements Runnable {

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

  /** What every import shares: the plan, where the result goes, dry run. */
  abstract static class Base implements Callable<Integer> {

    @ParentCommand
    @Nullable ImportCommand command;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The file (or, for asana, the folder) to import.")
    @Nullable Path source;

    @Option(names = "--plan", required = true, paramLabel = "PLAN",
        description = "The plan document (JSON), or with --store the plan's id in the store.")
    @Nullable String plan;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the updated plan here (may be the --plan file).")
    @Nullable Path output;

    @Option(names = "--store", paramLabel = "URL", description = "Import into a stored plan: jdbc:sqlite:FILE or "
        + "jdbc:postgresql://HOST/DATABASE (check-ins are appended to its history).")
    @Nullable String store;

    @Option(names = "--dry-run", description = "Only say what would change; write nothing.")
    boolean dryRun;

    /** Runs the import on a plan. */
    abstract ImportReport importInto(Plan current, Path from, OkrCommand okr);

    @Override
    public Integer call() {
      OkrCommand okr = Objects.requireNonNull(command, "command").okr();
      if (output != null && store != null) {
        throw new CliException(CliException.USAGE, "give --output or --store, not both");
      }
      Path from = Objects.requireNonNull(source, "source");
      String planName = Objects.requireNonNull(plan, "plan");
      JdbcPlanStore opened = null;
      VersionedPlan stored = null;
      Plan current;
      if (store != null) {
        StoreOption option = new StoreOption();
        option.url = store;
        opened = option.open();
        try {
          stored = opened.load(planName);
        } catch (UnknownPlanException e) {
          throw new CliException(CliException.USAGE, e.getMessage() + "; nothing imported", e);
        } catch (PlanStoreException e) {
          throw option.unreachable(e);
        }
        current = stored.getPlan();
      } else {
        current = okr.documents().read(Path.of(planName));
      }
      ImportReport result;
      try {
        result = importInto(current, from, okr);
      } catch (SourceFormatException e) {
        throw new CliException(CliException.UNREADABLE, e.getMessage() + "; nothing imported", e);
      } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
        throw new CliException(CliException.USAGE, e.getMessage() + "; nothing imported", e);
      }
      print(okr.out(), result);
      boolean changed = result.getPlan() != current;
      if (dryRun) {
        okr.out().println("dry run: nothing written");
      } else if (changed && opened != null) {
        try {
          VersionedPlan saved = opened.save(planName, Objects.requireNonNull(stored).getVersion(), result.getPlan(), null);
          okr.out().println("→ store: plan " + planName + " at version " + saved.getVersion());
        } catch (PlanVersionConflictException e) {
          throw new CliException(CliException.WRITE_FAILED, "plan " + planName + " changed in the store meanwhile: "
              + "import again; nothing written", e);
        } catch (PlanStoreException e) {
          throw new CliException(CliException.WRITE_FAILED, "store: " + e.getMessage() + "; nothing written", e);
        }
      } else if (output != null) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OkrJson.standard().withIndentation(true).writePlan(result.getPlan(), bytes);
        OutputFiles.write(output, bytes.toByteArray(), true);
        okr.out().println("→ " + output);
      }
      okr.out().flush();
      return result.isComplete() ? 0 : CliException.INVALID_PLAN;
    }

    private static void print(PrintWriter out, ImportReport result) {
      for (String assumption : result.getAssumptions()) {
        out.println("assumed: " + assumption);
      }
      int shown = 0;
      for (ImportOutcome outcome : result.getOutcomes()) {
        boolean always = outcome.getKind() != ImportOutcome.Kind.APPLIED && outcome.getKind() != ImportOutcome.Kind.SKIPPED
            && outcome.getKind() != ImportOutcome.Kind.WITHHELD;
        if (always || shown < 50) {
          out.println(outcome);
          if (!always) {
            shown++;
          }
        }
      }
      long rest = result.getOutcomes().size() - result.getOutcomes().stream().filter(o -> o.getKind() != ImportOutcome.Kind.APPLIED
          && o.getKind() != ImportOutcome.Kind.SKIPPED && o.getKind() != ImportOutcome.Kind.WITHHELD).count() - shown;
      if (rest > 0) {
        out.println("… and " + rest + " more applied, skipped or withheld rows");
      }
      if (result.getOmittedProblems() > 0) {
        out.println("… and " + result.getOmittedProblems() + " more refused rows, not listed");
      }
      out.println(result);
    }
  }

  /** What the spreadsheet imports share. */
  abstract static class Sheet extends Base {

    @Option(names = "--skip-bad-rows", description = "Apply the good rows when others are refused (default: all or nothing).")
    boolean skipBadRows;

    @Option(names = "--map", paramLabel = "HEADER=COLUMN", description = "Read the column with this header as COLUMN: "
        + "KEY_RESULT, INDICATOR, DATE, VALUE, NUMERATOR, DENOMINATOR, STATUS, NOTE, AUTHOR. Repeatable.")
    Map<String, String> mapping = new LinkedHashMap<>();

    SpreadsheetImport.Builder builder(OkrCommand okr) {
      SpreadsheetImport.Builder builder = SpreadsheetImport.builder().skipBadRows(skipBadRows).clock(okr.clock());
      mapping.forEach((header, column) -> {
        try {
          builder.map(header, CheckInColumn.valueOf(column.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new CliException(CliException.USAGE, "--map " + header + "=" + column + ": the column is one of "
              + List.of(CheckInColumn.values()));
        }
      });
      return builder;
    }
  }

  /** {@code okr import csv FILE}. */
  @Command(name = "csv", mixinStandardHelpOptions = true,
      description = "Check-ins from a CSV file: one row per check-in (Indicateur or Résultat clé, Date, Valeur or "
          + "Numérateur and Dénominateur, Statut, Commentaire, Auteur — French or English headers, any order).",
      footer = {"%nUTF-8 (with or without BOM) or Windows-1252, ';' ',' tab or '|' detected, decimal comma, dates as "
          + "31/03/2026. All or nothing unless --skip-bad-rows; importing the same file twice adds nothing. Exit code 1 "
          + "when a row is refused, 3 when the file cannot be read."})
  static final class Csv extends Sheet {

    @Option(names = "--separator", paramLabel = "CHAR", description = "The separator, instead of detecting it (';', ',', '|' or 'tab').")
    @Nullable String separator;

    @Override
    ImportReport importInto(Plan current, Path from, OkrCommand okr) {
      SpreadsheetImport.Builder builder = builder(okr);
      if (separator != null) {
        String s = separator.equalsIgnoreCase("tab") ? "\t" : separator;
        if (s.length() != 1) {
          throw new CliException(CliException.USAGE, "--separator: one character, or 'tab'");
        }
        builder.separator(s.charAt(0));
      }
      return builder.build().importCsv(current, from);
    }
  }

  /** {@code okr import xlsx FILE}. */
  @Command(name = "xlsx", mixinStandardHelpOptions = true,
      description = "Check-ins from an xlsx workbook's sheet (same columns as csv; title rows and merged header cells allowed).",
      footer = {"%nRead in streaming; formulas are never evaluated (their stored result is read). Exit code 1 when a row "
          + "is refused, 3 when the workbook cannot be read or is refused (zip bomb, limits)."})
  static final class Xlsx extends Sheet {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the first).")
    @Nullable String sheet;

    @Override
    ImportReport importInto(Plan current, Path from, OkrCommand okr) {
      SpreadsheetImport.Builder builder = builder(okr);
      if (sheet != null) {
        builder.sheet(sheet);
      }
      return builder.build().importXlsx(current, from);
    }
  }

  /** {@code okr import asana FOLDER}. */
  @Command(name = "asana", mixinStandardHelpOptions = true,
      description = "Cycles, objectives, key results, links, initiatives and check-ins from a folder of saved Asana API pages.",
      footer = {"%nThe folder holds the JSON pages the host fetched (time_periods, goals, goal_relationships, projects "
          + "with task_counts, tasks), in any file names. Re-importing updates statuses and initiative states, appends "
          + "the projects' task-count rates, and reports ids that vanished (never deletes)."})
  static final class Asana extends Base {

    @Option(names = "--owner", paramLabel = "UNIT", required = true, description = "The unit owning the imported objectives.")
    @Nullable String owner;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Paris",
        description = "The organisation's zone, for completion dates (default: ${DEFAULT-VALUE}).")
    String zone = "Europe/Paris";

    @Override
    ImportReport importInto(Plan current, Path from, OkrCommand okr) {
      return AsanaImport.builder().ownerUnit(Objects.requireNonNull(owner, "owner")).zone(ZoneId.of(zone))
          .clock(okr.clock()).build().apply(current, from);
    }
  }

  /** What Jira and GitLab share. */
  abstract static class Issues extends Base {

    @Option(names = "--key-result", paramLabel = "KR", required = true,
        description = "The key result the issues support. Repeatable.")
    List<String> keyResults = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Paris",
        description = "The organisation's zone, for completion dates (default: ${DEFAULT-VALUE}).")
    String zone = "Europe/Paris";

    /** The tool's importer, before the options shared by Jira and GitLab are set. */
    abstract IssueImport.Builder tool();

    /** What the tool says for cancelled (resolutions or labels); empty for the importer's default list. */
    abstract List<String> cancelled();

    @Override
    final ImportReport importInto(Plan current, Path from, OkrCommand okr) {
      IssueImport.Builder builder = tool().keyResults(keyResults).zone(ZoneId.of(zone));
      if (!cancelled().isEmpty()) {
        builder.cancelledWhen(cancelled());
      }
      return builder.build().apply(current, from);
    }
  }

  /** {@code okr import jira FILE}. */
  @Command(name = "jira", mixinStandardHelpOptions = true,
      description = "Initiatives from a saved Jira search result (statusCategory, resolution, resolutiondate).",
      footer = {"%nstatusCategory new/indeterminate/done → planned/in progress/done; a resolution named by --cancelled "
          + "(default: Won't Do, Won't Fix, Duplicate, Cannot Reproduce, Declined) → cancelled."})
  static final class Jira extends Issues {

    @Option(names = "--cancelled", paramLabel = "RESOLUTION", split = ",",
        description = "Resolutions that mean cancelled (replaces the default list).")
    List<String> cancelled = new ArrayList<>();

    @Override
    IssueImport.Builder tool() {
      return IssueImport.jira();
    }

    @Override
    List<String> cancelled() {
      return cancelled;
    }
  }

  /** {@code okr import gitlab FILE}. */
  @Command(name = "gitlab", mixinStandardHelpOptions = true,
      description = "Initiatives from a saved GitLab issues list (state, closed_at, labels).",
      footer = {"%nopened → planned (in progress with a label named by --in-progress), closed → done; closed with a label "
          + "named by --cancelled (default: wontfix, won't do, duplicate, invalid) → cancelled."})
  static final class Gitlab extends Issues {

    @Option(names = "--cancelled", paramLabel = "LABEL", split = ",",
        description = "Labels that mean cancelled (replaces the default list).")
    List<String> cancelled = new ArrayList<>();

    @Override
    IssueImport.Builder tool() {
      return IssueImport.gitlab();
    }

    @Override
    List<String> cancelled() {
      return cancelled;
    }
  }
}
