package fr.okrsante.cli;

import fr.okrsante.jdbc.HistoryRewriteException;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import fr.okrsante.jdbc.UnknownPlanException;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanVersionConflictException;
import fr.okrsante.plan.VersionedPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr store put|get|list}: keep plan documents in a store, read them back as they are or
 * as they were.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Keep plans in a database (an SQLite file by default): put, get, list.",
    subcommands = {StoreCommand.Put.class, StoreCommand.Get.class, StoreCommand.ListPlans.class})
final class StoreCommand implements Runnable {

  private static final Pattern ID = Pattern.compile(Plan.ID_PATTERN);

  @ParentCommand
  @Nullable OkrCommand parent;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public void run() {
    Objects.requireNonNull(spec, "spec").commandLine().usage(spec.commandLine().getOut());
  }

  OkrCommand okr() {
    return Objects.requireNonNull(parent, "parent");
  }

  static void checkPlanId(String planId) {
    if (!ID.matcher(planId).matches()) {
      throw new CliException(CliException.USAGE, "'" + planId + "' is not a plan id: use letters, digits and . _ : -");
    }
  }

  /** {@code okr store put FILE}: the document becomes the plan's new state. */
  @Command(name = "put", mixinStandardHelpOptions = true,
      description = "Store a plan document: the first time as a new plan, then as its next state "
          + "(new check-ins are appended; stored ones cannot change or disappear).")
  static final class Put implements Runnable {
    @ParentCommand
    @Nullable StoreCommand parent;

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan document (JSON).")
    @Nullable Path file;

    @Option(names = "--id", paramLabel = "PLAN", description = "The plan's id in the store (default: the file name without .json).")
    @Nullable String id;

    @Option(names = "--author", paramLabel = "ID", description = "Your pseudonymous id, kept with the revision (erasable).")
    @Nullable String author;

    @Override
    public void run() {
      OkrCommand okr = Objects.requireNonNull(parent, "parent").okr();
      Path document = Objects.requireNonNull(file, "file");
      String planId = id != null ? id : document.getFileName().toString().replaceFirst("\\.json$", "");
      checkPlanId(planId);
      Plan plan = okr.documents().read(document);
      JdbcPlanStore opened = store.open();
      try {
        OptionalLong current = opened.version(planId);
        VersionedPlan saved = opened.save(planId, current.orElse(0), plan, author);
        String what = current.isEmpty() ? "stored as a new plan"
            : saved.getVersion() == current.getAsLong() ? "unchanged" : "stored";
        okr.out().println("plan " + planId + " " + what + ": version " + saved.getVersion());
      } catch (HistoryRewriteException e) {
        throw new CliException(CliException.INVALID_PLAN, document + ": " + e.getMessage(), e);
      } catch (PlanVersionConflictException e) {
        throw new CliException(CliException.UNREADABLE, "plan " + planId + " changed while it was being stored: run the command again", e);
      } catch (IllegalArgumentException e) {
        throw new CliException(CliException.USAGE, e.getMessage(), e);
      } catch (PlanStoreException e) {
        throw store.unreachable(e);
      }
    }
  }

  /** {@code okr store get PLAN}: the plan document, now or as it was. */
  @Command(name = "get", mixinStandardHelpOptions = true,
      description = "Write a stored plan as a JSON document, as it is now or as it was at the end of a day.")
  static final class Get implements Runnable {
    @ParentCommand
    @Nullable StoreCommand parent;

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id in the store.")
    @Nullable String planId;

    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The plan as the store held it at the end of that day (the machine's time zone).")
    @Nullable LocalDate asOf;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    @Nullable Path output;

    @Override
    public void run() {
      OkrCommand okr = Objects.requireNonNull(parent, "parent").okr();
      String id = Objects.requireNonNull(planId, "planId");
      JdbcPlanStore opened = store.open();
      VersionedPlan plan;
      try {
        plan = asOf == null ? opened.load(id)
            : opened.loadAsOf(id, asOf.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusNanos(1));
      } catch (UnknownPlanException e) {
        throw new CliException(CliException.USAGE, e.getMessage(), e);
      } catch (PlanStoreException e) {
        throw store.unreachable(e);
      }
      String json = OkrJson.standard().withIndentation(true).toJson(plan.getPlan());
      if (output == null) {
        okr.out().print(json);
        okr.out().flush();
        return;
      }
      try {
        Files.writeString(output, json);
      } catch (IOException e) {
        throw new CliException(CliException.UNREADABLE, output + ": cannot be written (" + e.getMessage() + ")", e);
      }
      okr.out().println("plan " + id + " (version " + plan.getVersion() + ") → " + output);
    }
  }

  /** {@code okr store list}: the stored plans and their versions. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored plans and their versions.")
  static final class ListPlans implements Runnable {
    @ParentCommand
    @Nullable StoreCommand parent;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public void run() {
      OkrCommand okr = Objects.requireNonNull(parent, "parent").okr();
      JdbcPlanStore opened = store.open();
      try {
        List<String> ids = opened.planIds();
        for (String id : ids) {
          okr.out().println(id + "  version " + opened.version(id).orElse(0));
        }
        if (ids.isEmpty()) {
          okr.out().println("no plan stored yet: okr store put plan.json");
        }
      } catch (PlanStoreException e) {
        throw store.unreachable(e);
      }
    }
  }
}
