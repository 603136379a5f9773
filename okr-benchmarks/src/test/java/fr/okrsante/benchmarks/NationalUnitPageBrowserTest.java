package fr.okrsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.browser.PageChecks;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The committee page of one unit of the generated plan, in headless Chromium: the checks of every
 * dashboard page (no error, nothing past 1280 and 390 pixels, A4 print with no chart cut, a
 * screenshot that is not blank). The unit's page is the same in the regional plan used here and in
 * the national one (every region is the same forest, and a unit's objectives depend only on its
 * region); {@link DashboardBenchmark} times the national one. Skipped with a notice when Chromium
 * is not installed.
 */
@Tag("browser")
class NationalUnitPageBrowserTest {

  @Test
  void unit_page_of_the_generated_plan_renders_fits_prints_and_shows() throws IOException {
    PageChecks.assumeChromium();
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.REGIONAL, 12);
    String html = DashboardBenchmark.page(plan, Evaluation.of(plan, PlanGenerator.AS_OF),
        Evaluation.of(plan, DashboardBenchmark.SINCE), Labels.forLanguage("fr"));
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).as("page size").isLessThan(5_000_000);
    // measured: 41 pages after the merge of this round (57 before the findings and figures changes); the
    // served regional objectives list their many contributions. The bounds catch a page that prints
    // nothing, or one whose content breaks out of the print layout, not a change of a few pages.
    PageChecks.check(html, "national-unit", Path.of("target", "browser"), 25, 80);
  }
}
