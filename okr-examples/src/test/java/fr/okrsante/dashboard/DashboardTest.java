package fr.okrsante.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.okrsante.examples.HospitalExample;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.ViewDocument;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboards show the key numbers, in both languages, and the HTML page is self-contained. */
class DashboardTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final Plan HOSPITAL = HospitalExample.plan();
  private static final Dashboard DASHBOARD =
      Dashboard.of(HOSPITAL, Evaluation.of(HOSPITAL, JUNE), Evaluation.of(HOSPITAL, LocalDate.of(2026, 3, 31)));
  private static final Labels FR = Labels.forLanguage("fr");
  private static final Labels EN = Labels.forLanguage("en");

  @Test
  void tree_starts_with_the_establishment_objectives_and_nests_the_services() {
    assertThat(DASHBOARD.getObjectives()).extracting(line -> line.objectiveId() + "@" + line.depth())
        .containsExactly("experience-patient@0", "urgences-delais@1", "urgences-filiere-courte@2",
            "securite-soins@0", "cardio-risques@1", "urgences-qvct@1");
  }

  @Test
  void text_dashboard_shows_progress_status_and_values_in_french() {
    String text = TextDashboard.render(DASHBOARD, FR);
    assertThat(text).contains("Tableau de bord OKR", "au 30 juin 2026", "Alignement", "Par unité",
        "Couverture des référentiels", "À risque");
    // (216 − 240) / (192 − 240) = 50 %, shown with its goal
    assertThat(text).contains("[█████░░░░░] 50 %", "216 min (240 → 192 min)");
    // securite-soins 0.4972 → 50 %, was behind in March
    assertThat(text).contains("Renforcer la culture de la sécurité des soins", "était En retard");
    assertThat(text).contains("8,5 %");
    assertThat(text).contains("HAS_CERTIFICATION 2.4-04");
  }

  @Test
  void text_dashboard_speaks_english_when_asked() {
    String text = TextDashboard.render(DASHBOARD, EN);
    assertThat(text).contains("OKR dashboard", "as of Jun 30, 2026", "On track", "8.5 %", "50%");
    assertThat(text).doesNotContain("Alignement", "En bonne voie");
  }

  @Test
  void labels_follow_the_locale_without_falling_back_to_the_machine() {
    Locale machine = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      assertThat(Labels.of(Locale.ENGLISH).get("section.atRisk")).isEqualTo("At risk");
      assertThat(Labels.of(Locale.CANADA_FRENCH).get("section.atRisk")).isEqualTo("À risque");
      assertThat(Labels.of(Locale.GERMANY).get("section.atRisk")).isEqualTo("At risk");
    } finally {
      Locale.setDefault(machine);
    }
  }

  @Test
  void html_dashboard_is_self_contained() {
    String html = HtmlDashboard.render(DASHBOARD, FR);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg", "lang=\"fr\"");
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "http", "src=", "@import", "url(");
  }

  @Test
  void html_dashboard_shows_key_numbers_and_contributions() {
    String html = HtmlDashboard.render(DASHBOARD, EN);
    assertThat(html).contains("Réduire les délais de prise en charge aux urgences")
        .contains("216 min").contains("class=\"status ON_TRACK\"").contains("Contributions")
        // the pôle's objective: key result and short-track objective, half each
        .contains("50%");
  }

  @Test
  void html_escapes_text_from_the_plan() {
    Plan plan = Plan.builder()
        .addUnits(OrgUnit.of("u", "Unit <b>&</b>", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(Objective.builder().id("o").title("<script>alert('x')</script>").ownerUnitId("u").cycleId("2026")
            .addKeyResults(KeyResult.builder().id("k").title("\"quoted\"").metric(MoveToTarget.of("0", Target.absolute("1"))).build())
            .build())
        .build();
    String html = HtmlDashboard.render(Dashboard.of(plan, Evaluation.of(plan, JUNE)), EN);
    assertThat(html).doesNotContain("<script", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)", "&amp;", "&quot;quoted&quot;");
  }

  @Test
  void csv_has_one_row_per_key_result() {
    String csv = CsvDashboard.render(DASHBOARD, EN);
    String[] rows = csv.split("\r\n");
    assertThat(rows).hasSize(1 + 8);
    assertThat(rows[0]).isEqualTo("Unit,Objective,Key result,Baseline,Target,Current,Progress,Expected,Status,Stale,"
        + "Check-ins (date=value),Objective progress at month ends");
    assertThat(csv).contains("Pôle urgences et soins critiques,Réduire les délais de prise en charge aux urgences,"
        + "Réduire de 20 % le délai médian de prise en charge aux urgences,240,192,216,0.5000,");
  }

  @Test
  void csv_neutralises_formulas() {
    Plan plan = Plan.builder()
        .addUnits(OrgUnit.of("u", "=HYPERLINK(\"x\")", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(Objective.builder().id("o").title("Objectif, avec virgule").ownerUnitId("u").cycleId("2026")
            .addKeyResults(KeyResult.builder().id("k").title("+1").metric(MoveToTarget.of("0", Target.absolute("1"))).build())
            .build())
        .build();
    String csv = CsvDashboard.render(Dashboard.of(plan, Evaluation.of(plan, JUNE)), EN);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",\"Objectif, avec virgule\",'+1,");
  }

  @Test
  void a_dashboard_rendered_from_an_evaluation_document_read_back_equals_the_live_one() {
    OkrJson json = OkrJson.standard();
    Evaluation live = Evaluation.of(HOSPITAL, JUNE);
    Evaluation earlier = Evaluation.of(HOSPITAL, LocalDate.of(2026, 3, 31));
    Dashboard fromLive = Dashboard.of(HOSPITAL, live, earlier);
    Dashboard fromJson = Dashboard.of(HOSPITAL, json.readEvaluation(json.toJson(live)),
        json.readEvaluation(json.toJson(earlier)));
    for (Labels labels : new Labels[] {FR, EN}) {
      assertThat(TextDashboard.render(fromJson, labels)).isEqualTo(TextDashboard.render(fromLive, labels));
      assertThat(HtmlDashboard.render(fromJson, labels)).isEqualTo(HtmlDashboard.render(fromLive, labels));
      assertThat(CsvDashboard.render(fromJson, labels)).isEqualTo(CsvDashboard.render(fromLive, labels));
    }
  }

  @Test
  void a_dashboard_rendered_from_a_view_document_read_back_needs_no_other_plan_and_equals_the_live_one() {
    OkrJson json = OkrJson.standard();
    for (String unit : new String[] {"chvs.cardiologie", "chvs.urgences"}) {
      PlanView view = Access.of(HOSPITAL, Viewer.of("p-1", Membership.member(unit))).view();
      ViewDocument read = json.readView(json.toJson(view.evaluate(JUNE)));
      Dashboard fromJson = Dashboard.of(read.plan(), read.evaluation().orElseThrow());
      Dashboard fromLive = Dashboard.of(view.toPlan(), view.evaluate(JUNE));
      for (Labels labels : new Labels[] {FR, EN}) {
        assertThat(TextDashboard.render(fromJson, labels)).as(unit).isEqualTo(TextDashboard.render(fromLive, labels));
        // A view document cannot be evaluated again at each month end as the view was (its hidden
        // contributions are only counted): the objectives' month-end trend charts of a view document read
        // back come from the visible plan alone. Everything else on the page is the same.
        assertThat(withoutObjectiveTrends(HtmlDashboard.render(fromJson, labels))).as(unit)
            .isEqualTo(withoutObjectiveTrends(HtmlDashboard.render(fromLive, labels)));
        assertThat(withoutLastColumn(CsvDashboard.render(fromJson, labels))).as(unit)
            .isEqualTo(withoutLastColumn(CsvDashboard.render(fromLive, labels)));
      }
    }
  }

  @Test
  void a_dashboard_of_an_evaluation_document_alone_renders_as_the_live_evaluation_alone() {
    OkrJson json = OkrJson.standard();
    Evaluation live = Evaluation.of(HOSPITAL, JUNE);
    Dashboard fromJson = Dashboard.ofFigures(json.readEvaluation(json.toJson(live)));
    Dashboard fromLive = Dashboard.ofFigures(live);
    for (Labels labels : new Labels[] {FR, EN}) {
      assertThat(TextDashboard.render(fromJson, labels)).isEqualTo(TextDashboard.render(fromLive, labels));
      assertThat(HtmlDashboard.render(fromJson, labels)).isEqualTo(HtmlDashboard.render(fromLive, labels));
      assertThat(CsvDashboard.render(fromJson, labels)).isEqualTo(CsvDashboard.render(fromLive, labels));
    }
  }

  @Test
  void a_dashboard_of_figures_alone_shows_every_figure_of_the_dashboard_with_its_plan() {
    OkrJson json = OkrJson.standard();
    Evaluation live = Evaluation.of(HOSPITAL, JUNE);
    Dashboard alone = Dashboard.ofFigures(json.readEvaluation(json.toJson(live)));
    Dashboard withPlan = Dashboard.of(HOSPITAL, live);
    // the hospital's links all contribute, so the contributions give the same tree
    assertThat(alone.getObjectives()).isEqualTo(withPlan.getObjectives());
    // a document's key results keep every figure but the latest check-in itself (its date stays)
    java.util.function.Function<fr.okrsante.plan.KeyResultProgress, String> figures = kr -> kr.getKeyResultId() + " "
        + kr.getStatus() + " " + kr.getProgress() + " " + kr.getCurrentValue() + " " + kr.getLatestObservedOn();
    assertThat(alone.getKeyResults()).extracting(figures).isEqualTo(withPlan.getKeyResults().stream().map(figures).toList());
    assertThat(alone.getAtRiskObjectives()).isEqualTo(withPlan.getAtRiskObjectives());
    assertThat(alone.getAtRiskKeyResults()).extracting(figures)
        .isEqualTo(withPlan.getAtRiskKeyResults().stream().map(figures).toList());
    assertThat(alone.getUnits()).as("owners are the plan's").isEmpty();
    assertThat(alone.getFrameworks()).as("framework codes are the plan's").isEmpty();
    String text = TextDashboard.render(alone, FR);
    for (Dashboard.ObjectiveLine line : withPlan.getObjectives()) {
      fr.okrsante.plan.ObjectiveProgress progress = live.objective(line.objectiveId());
      assertThat(text.lines().filter(l -> l.contains(line.objectiveId() + " · ")).findFirst()).as(line.objectiveId())
          .hasValueSatisfying(l -> assertThat(l).contains(TextDashboard.bar(progress.getProgress()),
              FR.percent(progress.getProgress()), FR.status(progress.getStatus())));
    }
    // a key result named by its id, its value and goal without the plan's unit of measure
    assertThat(text).contains("kr-delai", "216 (240 → 192)").doesNotContain("min", "Renforcer la culture");
  }

  @Test
  void a_dashboard_of_a_view_document_alone_counts_the_restricted_contribution_and_names_nothing_hidden() {
    OkrJson json = OkrJson.standard();
    PlanView view = Access.of(HOSPITAL, Viewer.of("p-1", Membership.member("chvs.cardiologie"))).view();
    ProgressFigures read = json.readView(json.toJson(view.evaluate(JUNE))).evaluation().orElseThrow();
    Dashboard alone = Dashboard.ofFigures(read);
    String text = TextDashboard.render(alone, EN);
    assertThat(text).contains(EN.format("label.restricted", 1)).doesNotContain("urgences-qvct", "kr-absenteisme");
    assertThat(alone.progress("securite-soins").getProgress())
        .as("counted but redacted: the same progress as on the whole plan")
        .isEqualTo(Evaluation.of(HOSPITAL, JUNE).objective("securite-soins").getProgress());
    assertThat(HtmlDashboard.render(alone, EN)).isEqualTo(HtmlDashboard.render(Dashboard.ofFigures(view.evaluate(JUNE)), EN));
  }

  /** The CSV without its last column, the objective's month-end series (see above). */
  private static String withoutLastColumn(String csv) {
    String separator = csv.lines().findFirst().orElse("").contains(";") ? ";" : ",";
    return csv.replaceAll("(?m)" + separator + "[^" + separator + "\r\n]*$", "");
  }

  /** The page with each objective's month-end trend chart (an svg whose title starts the objective label) cut out. */
  private static String withoutObjectiveTrends(String html) {
    return html.replaceAll("(?s)<figure class=\"chart\"><svg class=\"trend\"[^>]*><title>(Avancement de|Progress of) .*?</figure>",
        "<figure>objective trend</figure>");
  }

  @Test
  void figures_that_lack_an_objective_of_the_plan_are_refused() {
    OkrJson json = OkrJson.standard();
    PlanView view = Access.of(HOSPITAL, Viewer.of("p-1", Membership.member("chvs.cardiologie"))).view();
    // a viewer's figures beside the whole plan: the hidden objectives have no figures
    ProgressFigures partial = json.readView(json.toJson(view.evaluate(JUNE))).evaluation().orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dashboard.of(HOSPITAL, partial))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void unit_focus_keeps_the_unit_objectives_and_what_they_serve() {
    Dashboard focus = DASHBOARD.focusedOn(HOSPITAL, "chvs.cardiologie");
    assertThat(focus.getObjectives()).extracting(line -> line.objectiveId())
        .containsExactly("securite-soins", "cardio-risques");
    assertThat(focus.getKeyResults()).extracting(line -> line.getKeyResultId()).containsExactly("kr-cardio-formation");
  }

  private static PlanView nurseView() {
    return Access.of(HOSPITAL, Viewer.of("p-ide", Membership.member("chvs.cardiologie"))).view();
  }

  @Test
  void viewer_dashboard_has_no_line_of_a_hidden_objective_and_counts_its_contribution() {
    PlanView view = nurseView();
    Dashboard dashboard = Dashboard.of(view.evaluate(JUNE), view.evaluate(LocalDate.of(2026, 3, 31)));
    assertThat(dashboard.getViewer()).hasValue("member:chvs.cardiologie");
    assertThat(dashboard.getObjectives()).extracting(line -> line.objectiveId()).doesNotContain("urgences-qvct");
    assertThat(dashboard.getKeyResults()).extracting(line -> line.getKeyResultId()).doesNotContain("kr-absenteisme");
    assertThat(dashboard.getFrameworks()).extracting(Dashboard.FrameworkLine::code).doesNotContain("QVCT-ABS");
    Dashboard.ObjectiveLine safety = dashboard.getObjectives().stream()
        .filter(line -> line.objectiveId().equals("securite-soins")).findFirst().orElseThrow();
    assertThat(dashboard.getFigures().restrictedContributionCount(safety.objectiveId())).isEqualTo(1);
    assertThat(dashboard.getFigures().contributions(safety.objectiveId())).extracting(c -> c.getSourceId())
        .doesNotContain("urgences-qvct");
    assertThat(dashboard.progress(safety.objectiveId()).getProgress())
        .as("counted but redacted: the same progress as on the whole plan")
        .isEqualTo(Evaluation.of(HOSPITAL, JUNE).objective("securite-soins").getProgress());
  }

  @Test
  void viewer_dashboard_refuses_an_earlier_evaluation_seen_through_another_view() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dashboard.of(nurseView().evaluate(JUNE), nurseView().evaluate(LocalDate.of(2026, 3, 31))))
        .withMessageContaining("same PlanView");
  }
}
