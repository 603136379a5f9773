package fr.okrsante.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * No hidden value through a computed key result, in every dashboard format (issue 12 §2): a
 * public key result computed from a private one at 777.12 shows its progress, marked restricted,
 * and the value appears nowhere in the bytes.
 */
class RestrictedComputedValueTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final Viewer NURSE = Viewer.of("p-ide", Membership.member("chu.urgences"));

  static Plan plan() {
    Objective secret = Objective.builder().id("secret").title("Objectif confidentiel").ownerUnitId("chu.drh").cycleId("2026")
        .visibility(Visibility.PRIVATE)
        .addKeyResults(KeyResult.builder().id("secret.kr").title("Indicateur confidentiel")
            .metric(MoveToTarget.of("0", Target.absolute("1000")))
            .addCheckIns(CheckIn.of(LocalDate.of(2026, 3, 31), "500.5"), CheckIn.of(JUNE, "777.12")).build())
        .build();
    Objective board = Objective.builder().id("tableau").title("Tableau partagé").ownerUnitId("chu.urgences").cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("tableau.total").title("Computed from hidden only")
            .metric(ComputedMetric.builder().aggregation(Aggregation.SUM).addSourceIds("secret.kr")
                .baseline(BigDecimal.ZERO).target(Target.absolute("1000")).build())
            .build())
        .build();
    return Plan.builder().title("Plan avec valeur calculée")
        .addUnits(OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION),
            OrgUnit.of("chu.urgences", "Urgences", UnitKind.SERVICE, "chu"),
            OrgUnit.of("chu.drh", "DRH", UnitKind.SERVICE, "chu"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(secret, board)
        .build();
  }

  private static Dashboard nurseDashboard() {
    PlanView view = Access.of(plan(), NURSE).view(HiddenContributions.COUNTED_REDACTED);
    return Dashboard.of(view.evaluate(JUNE), view.evaluate(LocalDate.of(2026, 4, 30)));
  }

  private static void assertNoHiddenValue(String output) {
    String bytes = new String(output.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(bytes).doesNotContain("777.12", "777,12", "500.5", "500,5", "777 ", "500 ");
  }

  @Test
  void the_text_dashboard_shows_no_hidden_value_through_a_computed_key_result() {
    for (String language : new String[] {"en", "fr"}) {
      String text = TextDashboard.render(nurseDashboard(), Labels.forLanguage(language));
      assertNoHiddenValue(text);
      assertThat(text).contains("Computed from hidden only").contains(Labels.forLanguage(language).get("value.restricted"));
    }
  }

  @Test
  void the_html_dashboard_shows_no_hidden_value_through_a_computed_key_result() {
    for (String language : new String[] {"en", "fr"}) {
      String html = HtmlDashboard.render(nurseDashboard(), Labels.forLanguage(language));
      assertNoHiddenValue(html);
      assertThat(html).contains("Computed from hidden only").contains(Labels.forLanguage(language).get("value.restricted"));
    }
  }

  @Test
  void the_csv_dashboard_shows_no_hidden_value_through_a_computed_key_result() {
    for (String language : new String[] {"en", "fr"}) {
      String csv = CsvDashboard.render(nurseDashboard(), Labels.forLanguage(language));
      assertNoHiddenValue(csv);
      assertThat(csv.lines().filter(l -> l.contains("Computed from hidden only")).findFirst().orElseThrow())
          .contains(Labels.forLanguage(language).get("value.restricted"));
    }
  }

  @Test
  void the_json_view_document_shows_no_hidden_value_through_a_computed_key_result() {
    PlanView view = Access.of(plan(), NURSE).view(HiddenContributions.COUNTED_REDACTED);
    String json = fr.okrsante.json.OkrJson.standard().withIndentation(true).toJson(view.evaluate(JUNE));
    assertNoHiddenValue(json);
    assertThat(json).contains("\"keyResultId\": \"tableau.total\"").contains("\"valueRestricted\": true");
  }

  @Test
  void a_dashboard_rendered_from_the_view_document_read_back_shows_no_hidden_value() {
    PlanView view = Access.of(plan(), NURSE).view(HiddenContributions.COUNTED_REDACTED);
    fr.okrsante.json.OkrJson json = fr.okrsante.json.OkrJson.standard();
    fr.okrsante.json.ViewDocument read = json.readView(json.toJson(view.evaluate(JUNE)));
    String text = TextDashboard.render(Dashboard.of(read.plan(), read.evaluation().orElseThrow()), Labels.forLanguage("en"));
    assertNoHiddenValue(text);
    assertThat(text).contains("Computed from hidden only").contains(Labels.forLanguage("en").get("value.restricted"));
  }

  @Test
  void a_viewer_who_sees_the_source_sees_the_computed_value() {
    PlanView view = Access.of(plan(), Viewer.of("p-dir", Membership.overseer("chu"))).view();
    String text = TextDashboard.render(Dashboard.of(view.evaluate(JUNE)), Labels.forLanguage("en"));
    assertThat(text).contains("777.12");
  }
}
