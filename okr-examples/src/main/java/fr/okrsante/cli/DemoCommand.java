package fr.okrsante.cli;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.HtmlDashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.examples.HospitalExample;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The page replaces an earlier one in one step and is never written through a symbolic link;
 * when it cannot be written, the text dashboard is still printed and the tool exits with
 * {@link CliException#WRITE_FAILED}.
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

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the dashboard (default: the plan's, French).")
  @Nullable String language;

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Plan plan = HospitalExample.plan();
    Labels labels = OkrCommand.labels(language, plan);
    Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, AS_OF), Evaluation.of(plan, SINCE));
    Path html = okr.workingDirectory().resolve(HTML_FILE);
    // the dashboard first: it is shown even when the page cannot be written
    okr.print(TextDashboard.render(dashboard, labels) + System.lineSeparator());
    // never through a symbolic link: the demo runs in any folder, perhaps one shared with others
    OutputFiles.write(html, HtmlDashboard.render(dashboard, labels).getBytes(StandardCharsets.UTF_8), false);
    okr.print("→ " + html.toAbsolutePath().normalize() + System.lineSeparator());
  }
}
