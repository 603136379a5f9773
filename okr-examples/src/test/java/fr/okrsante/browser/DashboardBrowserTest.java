package fr.okrsante.browser;

import fr.okrsante.dashboard.Dashboard;
import fr.okrsante.dashboard.HtmlDashboard;
import fr.okrsante.dashboard.Labels;
import fr.okrsante.examples.HospitalExample;
import fr.okrsante.examples.LocalHealthContractExample;
import fr.okrsante.examples.MedicoSocialExample;
import fr.okrsante.examples.TerritorialNetworkExample;
import fr.okrsante.examples.YouthPreventionExample;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example's committee dashboard, and a restricted viewer's, opened in headless
 * Chromium: no load error, nothing past the viewport at 1280 and 390 pixels, an A4 print of the
 * expected length with no chart cut, a screenshot that is not blank. Skipped with a notice when
 * Chromium is not installed. The page counts are those measured on the committed layout, within
 * two pages either way (fonts differ a little between machines). The screenshots are left in {@code target/browser/}; the README's
 * picture of the hospital dashboard is {@code hospital-1280.png}.
 */
@Tag("browser")
class DashboardBrowserTest {

  static final Path WORK = Path.of("target", "browser");

  @BeforeAll
  static void chromium() {
    PageChecks.assumeChromium();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        example("hospital", HospitalExample::plan, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 3, 31), 8, 12),
        example("local-health-contract", LocalHealthContractExample::plan, LocalDate.of(2026, 12, 31),
            LocalDate.of(2026, 6, 30), 3, 7),
        example("medico-social", MedicoSocialExample::plan, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30), 3, 7),
        example("territorial-network", TerritorialNetworkExample::plan, LocalDate.of(2026, 12, 31),
            LocalDate.of(2026, 6, 30), 8, 12),
        example("youth-prevention", YouthPreventionExample::plan, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30),
            3, 7));
  }

  private static Arguments example(String name, Supplier<Plan> plan, LocalDate asOf, LocalDate since, int min, int max) {
    return Arguments.of(name, plan, asOf, since, min, max);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_dashboard_renders_fits_prints_and_shows(String name, Supplier<Plan> factory, LocalDate asOf,
      LocalDate since, int minPages, int maxPages) throws IOException {
    Plan plan = factory.get();
    Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, asOf), Evaluation.of(plan, since));
    String html = HtmlDashboard.render(dashboard, Labels.of(plan.getLanguage().orElseThrow()));
    PageChecks.check(html, name, WORK, minPages, maxPages);
  }

  @Test
  void restricted_viewer_dashboard_renders_fits_prints_and_shows() throws IOException {
    Plan plan = HospitalExample.plan();
    PlanView view = Access.of(plan, Viewer.of("p-ide-cardio", Membership.member("chvs.cardiologie"))).view();
    Dashboard dashboard = Dashboard.of(view.evaluate(LocalDate.of(2026, 6, 30)), view.evaluate(LocalDate.of(2026, 3, 31)));
    PageChecks.check(HtmlDashboard.render(dashboard, Labels.forLanguage("fr")), "hospital-restricted", WORK, 6, 10);
  }

  @Test
  void english_dashboard_renders_fits_prints_and_shows() throws IOException {
    Plan plan = HospitalExample.plan();
    Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, LocalDate.of(2026, 6, 30)));
    PageChecks.check(HtmlDashboard.render(dashboard, Labels.forLanguage("en")), "hospital-en", WORK, 7, 11);
  }
}
