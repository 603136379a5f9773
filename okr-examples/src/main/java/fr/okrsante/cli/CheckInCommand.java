package fr.okrsante.cli;

import fr.okrsante.jdbc.AppendReceipt;
import fr.okrsante.jdbc.CheckInEntry;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import fr.okrsante.jdbc.UnknownPlanException;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.UnknownIdException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr check-in PLAN KR VALUE}: append one check-in to a stored plan. All checks happen
 * before anything is written: a wrong plan, key result, number or date writes nothing.
 */
@Command(name = "check-in", mixinStandardHelpOptions = true,
    description = "Record a key result's value in a stored plan (appended; history is never edited).")
final class CheckInCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id in the store.")
  @Nullable String planId;

  @Parameters(index = "1", paramLabel = "KR", description = "The key result's id.")
  @Nullable String keyResultId;

  @Parameters(index = "2", paramLabel = "VALUE", description = "The value, e.g. 87.5 (for a rate, the percentage).")
  @Nullable String value;

  @Option(names = "--date", paramLabel = "DATE", description = "The day the value describes (default: today).")
  @Nullable LocalDate date;

  @Option(names = "--numerator", paramLabel = "N", description = "A rate's numerator (with --denominator).")
  @Nullable String numerator;

  @Option(names = "--denominator", paramLabel = "D", description = "A rate's denominator (with --numerator).")
  @Nullable String denominator;

  @ArgGroup(exclusive = true)
  @Nullable StatusChoice status;

  /** {@code --final} or {@code --provisional}. */
  static final class StatusChoice {
    @Option(names = "--final", description = "The value is settled (the default).")
    boolean isFinal;

    @Option(names = "--provisional", description = "The value may still change.")
    boolean provisional;
  }

  @Option(names = "--note", paramLabel = "TEXT", description = "A note (personal data: erasable, never logged).")
  @Nullable String note;

  @Option(names = "--author", paramLabel = "ID", description = "Your pseudonymous id (personal data: erasable).")
  @Nullable String author;

  @Option(names = "--source-ref", paramLabel = "REF",
      description = "The reference of the record the value comes from: the same reference is stored once.")
  @Nullable String sourceReference;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    String plan = Objects.requireNonNull(planId, "planId");
    String keyResult = Objects.requireNonNull(keyResultId, "keyResultId");
    CheckIn.Builder builder;
    if ((numerator == null) != (denominator == null)) {
      throw new CliException(CliException.USAGE, "a rate needs both --numerator and --denominator");
    }
    try {
      builder = numerator != null
          ? CheckIn.rateBuilder(decimal("--numerator", numerator), decimal("--denominator", Objects.requireNonNull(denominator)))
          : CheckIn.builder();
      builder.value(decimal("VALUE", Objects.requireNonNull(value, "value")))
          .observedOn(date != null ? date : LocalDate.now(okr.clock()))
          .recordedAt(okr.clock().instant())
          .status(status != null && status.provisional ? CheckInStatus.PROVISIONAL : CheckInStatus.FINAL)
          .source(sourceReference != null ? CheckInSource.IMPORT : CheckInSource.MANUAL);
      if (note != null) {
        builder.note(note);
      }
      if (author != null) {
        builder.authorId(author);
      }
      CheckIn checkIn = builder.build();
      JdbcPlanStore opened = store.open();
      CheckInEntry entry = sourceReference != null ? CheckInEntry.imported(keyResult, checkIn, sourceReference)
          : CheckInEntry.of(keyResult, checkIn);
      AppendReceipt receipt = opened.append(plan, List.of(entry));
      if (receipt.appended() == 0) {
        okr.out().println("already stored: " + sourceReference + " (plan " + plan + " unchanged at version " + receipt.version() + ")");
      } else {
        okr.out().println("check-in " + receipt.firstSeq() + " stored in plan " + plan + " (version " + receipt.version() + ")");
      }
    } catch (InvalidPlanException e) {
      List<String> details = new ArrayList<>();
      for (PlanProblem problem : e.getProblems()) {
        details.add(problem.toString());
      }
      throw new CliException(CliException.INVALID_PLAN, "the check-in does not fit key result " + keyResult + "; nothing stored",
          details, e);
    } catch (UnknownPlanException | UnknownIdException e) {
      throw new CliException(CliException.USAGE, e.getMessage() + "; nothing stored", e);
    } catch (PlanStoreException e) {
      throw store.unreachable(e);
    } catch (IllegalArgumentException e) {
      throw new CliException(CliException.USAGE, e.getMessage() + "; nothing stored", e);
    }
  }

  private static BigDecimal decimal(String what, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new CliException(CliException.USAGE, what + ": '" + text + "' is not a number (write 87.5, not 87,5)");
    }
  }
}
