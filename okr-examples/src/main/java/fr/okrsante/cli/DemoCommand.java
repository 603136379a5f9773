package fr.okrsante.cli;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.HtmlDashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.examples.HospitalExample;
import fr.okrsante.plan.Plan;
import fr.okrsante.progress.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr demo}: evaluates the embedded hospital plan at its mid-year steering committee,
 * prints the text dashboard and writes {@code okr-dashboard.html} in the current directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Evaluate the embedded hospital plan as of 30 June 2026, print its dashboard "
        + "and write okr-dashboard.html in the current directory.")
final class DemoCommand implements Runnable {

  /** The date of the demo's steering committee. */
  static final LocalDate AS_OF = LocalDate.of(HospitalExample.YEAR, 6, 30);

  /** The date of the previous one. */
  static final LocalDate SINCE = LocalDate.of(HospitalExample.YEAR, 3, 31);

  /** The file the demo writes. */
  static final String HTML_FILE = "okr-dashboard.html";

  @ParentCommand
  @Nullable OkrCommand parent;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the dashboard (default: the machine's).")
  @Nullable String language;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Labels labels = OkrCommand.labels(language);
    Plan plan = HospitalExample.plan();
    Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, AS_OF), Evaluation.of(plan, SINCE));
    Path html = okr.workingDirectory().resolve(HTML_FILE);
    try {
      Files.writeString(html, HtmlDashboard.render(dashboard, labels), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(CliException.UNREADABLE, html.toAbsolutePath() + ": cannot be written (" + e.getMessage() + ")", e);
    }
    PrintWriter out = okr.out();
    out.print(TextDashboard.render(dashboard, labels));
    out.println();
    out.println("→ " + html.toAbsolutePath().normalize());
  }
}
