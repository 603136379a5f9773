package fr.okrsante.cli;

import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import fr.okrsante.jdbc.UnknownPlanException;
import fr.okrsante.jdbc.Verification;
import java.io.PrintWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr audit PLAN}: check a stored plan's history against its hash chain and print the
 * first row altered, removed or inserted by hand. Exit code 1 when one is found.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Check that a stored plan's history is as it was written (exit code 1 if not).")
final class AuditCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's id in the store.")
  @Nullable String planId;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    String plan = Objects.requireNonNull(planId, "planId");
    JdbcPlanStore opened = store.open();
    Verification audit;
    try {
      audit = opened.verify(plan);
    } catch (UnknownPlanException e) {
      throw new CliException(CliException.USAGE, e.getMessage(), e);
    } catch (PlanStoreException e) {
      throw store.unreachable(e);
    }
    PrintWriter out = okr.out();
    out.println("plan " + plan + ", version " + audit.version() + ": " + audit.revisions() + " revisions, "
        + audit.checkIns() + " check-ins checked" + (audit.erasedPersonalData() > 0
            ? ", personal data erased on request from " + audit.erasedPersonalData() + " rows" : ""));
    out.println("last revision hash: " + audit.revisionHead());
    out.println("last check-in hash: " + audit.checkInHead());
    if (audit.isClean()) {
      out.println("history intact");
      return;
    }
    throw new CliException(CliException.INVALID_PLAN, "history not as written: " + audit.firstProblem().orElseThrow(),
        audit.problems().stream().skip(1).map(Verification.Finding::message).toList(), new IllegalStateException("audit"));
  }
}
