package fr.okrsante.cli;

import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import fr.okrsante.jdbc.StoredCheckIn;
import fr.okrsante.jdbc.UnknownPlanException;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.UnknownIdException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code okr history PLAN KR}: every stored check-in of a key result, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List every stored check-in of a key result, with its number, dates and source.")
final class HistoryCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id in the store.")
  @Nullable String planId;

  @Parameters(index = "1", paramLabel = "KR", description = "The key result's id.")
  @Nullable String keyResultId;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    String plan = Objects.requireNonNull(planId, "planId");
    String keyResult = Objects.requireNonNull(keyResultId, "keyResultId");
    JdbcPlanStore opened = store.open();
    List<StoredCheckIn> history;
    try {
      history = opened.history(plan, keyResult);
    } catch (UnknownPlanException | UnknownIdException e) {
      throw new CliException(CliException.USAGE, e.getMessage(), e);
    } catch (PlanStoreException e) {
      throw store.unreachable(e);
    }
    PrintWriter out = okr.out();
    if (history.isEmpty()) {
      out.println("no check-in of " + keyResult + " in plan " + plan + " yet");
      return;
    }
    out.println("#\tobserved\tvalue\tstatus\tsource\trecorded\tstored\tversion\tauthor\treference");
    for (StoredCheckIn stored : history) {
      CheckIn checkIn = stored.checkIn();
      String value = checkIn.getValue().toPlainString()
          + (checkIn.isRate() ? " (" + checkIn.getNumerator().orElseThrow().toPlainString() + "/"
              + checkIn.getDenominator().orElseThrow().toPlainString() + ")" : "");
      String author = stored.personalDataErased() ? "(erased)" : checkIn.getAuthorId().orElse("");
      out.println(stored.seq() + "\t" + checkIn.getObservedOn() + "\t" + value + "\t"
          + checkIn.getStatus().name().toLowerCase(Locale.ROOT) + "\t" + checkIn.getSource().name().toLowerCase(Locale.ROOT)
          + "\t" + checkIn.getRecordedAt() + "\t" + stored.storedAt() + "\t" + stored.version() + "\t" + author + "\t"
          + stored.getSourceReference().orElse(""));
    }
  }
}
