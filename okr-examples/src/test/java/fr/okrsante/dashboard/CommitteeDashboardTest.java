package fr.okrsante.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.okrsante.dashboard.Dashboard.UnitLine;
import fr.okrsante.examples.HospitalExample;
import fr.okrsante.examples.TerritorialNetworkExample;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Status;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.UnitFocus;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What issue 17 adds to the committee dashboard, format by format. */
class CommitteeDashboardTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
  private static final Plan HOSPITAL = HospitalExample.plan();
  private static final Dashboard DASHBOARD =
      Dashboard.of(HOSPITAL, Evaluation.of(HOSPITAL, JUNE), Evaluation.of(HOSPITAL, MARCH));
  private static final Labels FR = Labels.forLanguage("fr");
  private static final Labels EN = Labels.forLanguage("en");

  private static String resource(String name) {
    try (InputStream in = CommitteeDashboardTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void key_result_series_holds_its_check_ins_up_to_the_as_of_date() {
    KeyResult delay = HOSPITAL.keyResult("kr-delai").orElseThrow();
    long upToJune = delay.getCheckIns().stream().filter(c -> !c.getObservedOn().isAfter(JUNE)).count();
    Trends.KeyResultTrend trend = DASHBOARD.trends().keyResult("kr-delai").orElseThrow();
    assertThat(trend.points()).hasSize((int) upToJune).isNotEmpty();
    assertThat(trend.points()).allSatisfy(p -> assertThat(p.date()).isBeforeOrEqualTo(JUNE));
    assertThat(trend.pace().get(0).expected()).isZero();
    assertThat(trend.pace().get(trend.pace().size() - 1).expected()).isEqualTo(1.0);
  }

  @Test
  void objective_series_has_one_point_per_month_end_up_to_the_as_of_date() {
    Trends.ObjectiveTrend trend = DASHBOARD.trends().objective("securite-soins").orElseThrow();
    assertThat(trend.points()).extracting(Trends.ObjectivePoint::date).containsExactly(LocalDate.of(2026, 1, 31),
        LocalDate.of(2026, 2, 28), MARCH, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), JUNE);
    Trends.ObjectivePoint june = trend.points().get(5);
    assertThat(june.progress()).isEqualTo(Evaluation.of(HOSPITAL, JUNE).objective("securite-soins").getProgress());
    assertThat(trend.pace()).hasSize(13);
  }

  @Test
  void month_end_evaluations_keep_only_what_the_shown_objectives_depend_on() {
    Plan needed = Trends.needed(HOSPITAL, List.of("urgences-filiere-courte"));
    assertThat(needed.getObjectives()).extracting(Objective::getId).containsExactly("urgences-filiere-courte");
    assertThat(Trends.needed(HOSPITAL, List.of("experience-patient")).getObjectives()).extracting(Objective::getId)
        .contains("experience-patient", "urgences-delais", "urgences-filiere-courte");
  }

  @Test
  void html_has_a_chart_with_a_text_alternative_per_objective_and_key_result() {
    String html = HtmlDashboard.render(DASHBOARD, FR);
    int charts = html.split("<figure class=\"chart\">", -1).length - 1;
    assertThat(charts).isEqualTo(DASHBOARD.getKeyResults().size() + (int) DASHBOARD.getObjectives().stream()
        .filter(l -> !l.repeated()).count());
    assertThat(html).contains("role=\"img\" aria-label=\"").contains("Avancement de Renforcer la culture")
        .contains("rythme attendu").contains("au 30 juin 2026").contains("avancement (%)");
  }

  @Test
  void since_section_comes_first_and_lists_what_moved() {
    String html = HtmlDashboard.render(DASHBOARD, FR);
    assertThat(html.indexOf("Depuis le dernier comité")).isPositive().isLessThan(html.indexOf("<section class=\"map\">"))
        .isLessThan(html.indexOf("<h2>Alignement</h2>"));
    List<SinceSection.Change> changes = SinceSection.changes(DASHBOARD, FR);
    assertThat(changes).isNotEmpty();
    assertThat(changes).anySatisfy(c -> assertThat(c.text()).contains("nouveau(x) point(s) de mesure"));
    int firstMoved = changes.stream().map(SinceSection.Change::kind).toList().indexOf("moved");
    if (firstMoved >= 0) {
      assertThat(changes.subList(firstMoved, changes.size())).allSatisfy(c -> assertThat(c.kind()).isEqualTo("moved"));
    }
  }

  @Test
  void without_since_the_page_says_how_to_get_what_moved() {
    Dashboard plain = Dashboard.of(HOSPITAL, Evaluation.of(HOSPITAL, JUNE));
    assertThat(SinceSection.changes(plain, EN)).isEmpty();
    assertThat(HtmlDashboard.render(plain, EN)).contains("Give --since DATE");
  }

  @Test
  void coverage_names_frameworks_and_objectives_and_lists_the_gaps() {
    String html = HtmlDashboard.render(DASHBOARD, FR);
    String coverage = html.substring(html.indexOf("<section class=\"coverage\">"));
    assertThat(coverage).contains("Certification HAS").doesNotContain("HAS_CERTIFICATION")
        .contains("1 code(s) exigé(s) sur 3 couvert(s)")
        .contains("Bon usage des antibiotiques").contains("Pas encore couverts")
        .contains("Renforcer la culture de la sécurité des soins");
    List<CoverageSection.Requirement> requirements = CoverageSection.requirements(DASHBOARD);
    assertThat(requirements).extracting(r -> r.ref().getCode() + "=" + r.covered())
        .containsExactly("1.1-01=false", "2.3-11=false", "2.4-04=true");
  }

  @Test
  void guardrail_reads_as_days_held_and_whether_the_limit_is_met_now() {
    String html = HtmlDashboard.render(DASHBOARD, FR);
    assertThat(html).containsPattern("tenue \\d+ % des jours").contains("limite respectée aujourd&#39;hui");
    String text = TextDashboard.render(DASHBOARD, EN);
    assertThat(text).containsPattern("held \\d+% of the days").contains("limit met now");
  }

  @Test
  void heat_map_puts_the_units_that_need_attention_first() {
    List<UnitLine> sorted = UnitHeatMap.sorted(List.of(
        unit("calm", Map.of(Status.ON_TRACK, 3)),
        unit("behind", Map.of(Status.BEHIND, 1, Status.ON_TRACK, 1)),
        unit("risky", Map.of(Status.AT_RISK, 1)),
        unit("nodata", Map.of(Status.NO_DATA, 2))));
    assertThat(sorted).extracting(u -> u.unit().getId()).containsExactly("risky", "behind", "nodata", "calm");
    assertThat(HtmlDashboard.render(DASHBOARD, EN)).contains("<table class=\"heat\"");
  }

  private static UnitLine unit(String id, Map<Status, Integer> statuses) {
    return new UnitLine(fr.okrsante.plan.OrgUnit.of(id, id, fr.okrsante.plan.UnitKind.SERVICE), 3, statuses,
        OptionalDouble.empty());
  }

  @Test
  void alignment_map_draws_several_parents_and_anonymous_restricted_boxes() {
    Plan network = TerritorialNetworkExample.plan();
    String html = HtmlDashboard.render(Dashboard.of(network, Evaluation.of(network, LocalDate.of(2026, 12, 31))), FR);
    String map = html.substring(html.indexOf("<section class=\"map\">"), html.indexOf("</section>", html.indexOf("<section class=\"map\">")));
    assertThat(map).contains("<svg viewBox=").contains("<title>");
    long arrows = map.split("<line ", -1).length - 1;
    assertThat(arrows).isGreaterThanOrEqualTo(network.getLinks().size());

    PlanView view = Access.of(RestrictedComputedValueTest.plan(), Viewer.of("p-ide", Membership.member("chu.urgences")))
        .view(HiddenContributions.COUNTED_REDACTED);
    String restricted = HtmlDashboard.render(Dashboard.of(view.evaluate(JUNE)), FR);
    assertThat(restricted).doesNotContain("Objectif confidentiel").doesNotContain("Indicateur confidentiel")
        .doesNotContain("777,12").contains(FR.get("chart.restricted"));
  }

  @Test
  void text_dashboard_keeps_100_columns_and_draws_a_sparkline_per_key_result() {
    for (Labels labels : List.of(FR, EN)) {
      String text = TextDashboard.render(DASHBOARD, labels);
      assertThat(text.lines()).allSatisfy(line -> assertThat(TextDashboard.width(line)).as(line).isLessThanOrEqualTo(100));
      assertThat(text).containsPattern("[▁▂▃▄▅▆▇█]{3,}");
    }
    Trends.KeyResultTrend trend = DASHBOARD.trends().keyResult("kr-delai").orElseThrow();
    assertThat(Sparkline.of(trend)).hasSize(Math.min(Sparkline.MAX, trend.points().size()));
  }

  @Test
  void sparkline_goes_from_the_lowest_to_the_highest_block() {
    KeyResult kr = HOSPITAL.keyResult("kr-delai").orElseThrow();
    Trends.KeyResultTrend trend = new Trends.KeyResultTrend(kr, MARCH, JUNE, List.of(
        new Trends.ValuePoint(MARCH, new java.math.BigDecimal("1"), false, false, false),
        new Trends.ValuePoint(JUNE, new java.math.BigDecimal("5"), true, false, false)), List.of(), false);
    assertThat(Sparkline.of(trend)).isEqualTo("▁█");
    assertThat(Sparkline.of(new Trends.KeyResultTrend(kr, MARCH, JUNE, trend.points(), List.of(), true))).isEmpty();
  }

  @Test
  void json_report_with_series_validates_against_the_dashboard_schema() {
    String json = JsonDashboard.render(DASHBOARD);
    assertThat(dashboardSchema().validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json).contains("\"series\": [{\"date\": \"2026-01-31\"").contains("\"pace\": [");
    PlanView view = Access.of(RestrictedComputedValueTest.plan(), Viewer.of("p-ide", Membership.member("chu.urgences")))
        .view(HiddenContributions.COUNTED_REDACTED);
    String restricted = JsonDashboard.render(Dashboard.of(view.evaluate(JUNE), view.evaluate(MARCH)));
    assertThat(dashboardSchema().validate(restricted, InputFormat.JSON)).isEmpty();
    assertThat(restricted).containsPattern("\"valueRestricted\" ?: true").contains("\"series\": []")
        .doesNotContainPattern("\"currentValue\" ?: 777");
  }

  @Test
  void json_report_with_series_carries_the_figures_as_the_evaluation_document() throws Exception {
    com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(JsonDashboard.render(DASHBOARD));
    fr.okrsante.json.OkrJson json = fr.okrsante.json.OkrJson.standard();
    fr.okrsante.json.EvaluationDocument figures = json.readEvaluation(report.get("figures").toString());
    fr.okrsante.json.EvaluationDocument earlier = json.readEvaluation(report.get("earlierFigures").toString());
    Evaluation june = Evaluation.of(HOSPITAL, JUNE);
    assertThat(json.toJson(figures)).as("the same document as okr report --format json writes")
        .isEqualTo(json.toJson(fr.okrsante.json.EvaluationDocument.of(june)));
    assertThat(earlier.objective("securite-soins").getStatus())
        .isEqualTo(Evaluation.of(HOSPITAL, MARCH).objective("securite-soins").getStatus());
  }

  /** The dashboard schema, with okr-jackson's published plan and evaluation schemas it refers to by id. */
  private static Schema dashboardSchema() {
    String plan = "https://okr-sante.fr/schema/plan/1/plan.schema.json";
    String evaluation = "https://okr-sante.fr/schema/evaluation/1/evaluation.schema.json";
    String dashboard = "https://okr-sante.fr/schema/dashboard/2/dashboard.schema.json";
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of(plan, resource("/fr/okrsante/json/plan.schema.json"),
            evaluation, resource("/fr/okrsante/json/evaluation.schema.json"),
            dashboard, resource("/fr/okrsante/dashboard/dashboard.schema.json"))))
        .getSchema(com.networknt.schema.SchemaLocation.of(dashboard));
  }

  @Test
  void csv_report_carries_the_series() {
    String csv = CsvDashboard.render(DASHBOARD, EN);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith("Check-ins (date=value),Objective progress at month ends");
    assertThat(csv).containsPattern("2026-0\\d-\\d\\d=216");
    assertThat(CsvDashboard.render(DASHBOARD, FR)).containsPattern("2026-01-31=0,\\d{4}");
  }

  @Test
  void focused_dashboard_of_one_unit_charts_only_its_objectives() {
    Dashboard focused = DASHBOARD.focusedOn(UnitFocus.of(HOSPITAL, "chvs.cardiologie"));
    assertThat(focused.trends().objective("cardio-risques")).isPresent();
    assertThat(focused.trends().objective("urgences-qvct")).isEmpty();
  }

  @Test
  void unit_dashboard_of_the_needed_part_is_the_focused_dashboard_of_the_whole_plan() {
    for (String unit : List.of("chvs.cardiologie", "chvs.urgences", "chvs")) {
      Dashboard whole = DASHBOARD.focusedOn(UnitFocus.of(HOSPITAL, unit));
      Dashboard part = UnitDashboards.of(HOSPITAL, unit, fr.okrsante.plan.Evaluator.standard(), JUNE, MARCH);
      assertThat(HtmlDashboard.render(part, FR)).as(unit).isEqualTo(HtmlDashboard.render(whole, FR));
      assertThat(TextDashboard.render(part, EN)).as(unit).isEqualTo(TextDashboard.render(whole, EN));
      assertThat(JsonDashboard.render(part)).as(unit).isEqualTo(JsonDashboard.render(whole));
    }
  }

  @Test
  void late_check_in_is_marked_as_such() {
    KeyResult kr = HOSPITAL.keyResult("kr-delai").orElseThrow();
    Plan closed = HOSPITAL.withCycle(HOSPITAL.cycle("2026").orElseThrow().withClosedAt(java.time.Instant.parse("2026-05-15T00:00:00Z")))
        .withCheckIn(kr.getId(), CheckIn.builder().observedOn(LocalDate.of(2026, 6, 15)).value(new java.math.BigDecimal("210"))
            .recordedAt(java.time.Instant.parse("2026-06-20T00:00:00Z")).build());
    Dashboard dashboard = Dashboard.of(closed, Evaluation.of(closed, JUNE));
    assertThat(dashboard.trends().keyResult(kr.getId()).orElseThrow().points()).anySatisfy(p -> {
      assertThat(p.late()).isTrue();
      assertThat(p.value()).isEqualByComparingTo("210");
    });
    assertThat(HtmlDashboard.render(dashboard, FR)).contains("◆ en retard");
  }
}
