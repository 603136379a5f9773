package fr.okrsante.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Goal export: mapping, R4 schema validity, the invariants the schema cannot check. */
class GoalExportTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  static final Set<String> LIFECYCLE = Set.of("proposed", "planned", "accepted", "active", "on-hold", "completed",
      "cancelled", "entered-in-error", "rejected");

  static Plan plan() {
    KeyResult rate = KeyResult.builder().id("kr-dpa").title("Tenue du dossier patient").metric(Rate.ofPercent("40", "90"))
        .indicator(IndicatorBinding.of("https://www.has-sante.fr/iqss", "DPA"))
        .addCheckIns(CheckIn.ofRate(LocalDate.of(2026, 3, 31), 60, 100), CheckIn.ofRate(LocalDate.of(2026, 5, 31), 70, 100))
        .build();
    KeyResult attente = KeyResult.builder().id("kr_attente:urg").title("Attente médiane").unit(MeasureUnit.MINUTES)
        .metric(MoveToTarget.of("240", Target.reduceBy(20))).weight(2)
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 3, 31), "220"), CheckIn.of(LocalDate.of(2026, 5, 31), "230")).build();
    KeyResult inconnu = KeyResult.builder().id("kr-inconnu").title("Baseline à trouver")
        .metric(MoveToTarget.unknownBaseline(Target.increaseBy(10))).build();
    KeyResult occupation = KeyResult.builder().id("kr-occupation").title("Taux d'occupation").unit(MeasureUnit.PERCENT)
        .metric(Guardrail.within(new BigDecimal("85"), new BigDecimal("95")))
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 2, 1), "90")).build();
    KeyResult jalon = KeyResult.builder().id("kr-jalon").title("Protocole validé").metric(Milestone.doneOrNot())
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 4, 1), "1")).build();
    Objective top = Objective.builder().id("obj-top").title("Qualité et sécurité des soins").ownerUnitId("ch").cycleId("2026")
        .visibility(Visibility.PUBLIC).addKeyResults(rate, jalon).addOwnerPersonIds("p-secret-owner").build();
    Objective urgences = Objective.builder().id("obj-urg").title("Réduire l'attente").ownerUnitId("ch.urg").cycleId("2026")
        .visibility(Visibility.PUBLIC).addKeyResults(attente, inconnu, occupation).build();
    Objective cache = Objective.builder().id("obj-cache").title("Objectif confidentiel").ownerUnitId("ch.urg").cycleId("2026")
        .visibility(Visibility.PRIVATE).lifecycle(Lifecycle.DRAFT)
        .addKeyResults(KeyResult.builder().id("kr-cache").title("Résultat confidentiel").metric(Milestone.doneOrNot()).build())
        .build();
    Objective ancien = Objective.builder().id("obj-2025").title("Objectif clos").ownerUnitId("ch").cycleId("2026")
        .visibility(Visibility.PUBLIC).lifecycle(Lifecycle.CLOSED)
        .addKeyResults(KeyResult.builder().id("kr-2025").title("Clos").metric(MoveToTarget.of("0", Target.absolute("10")))
            .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 31), "4")).build())
        .build();
    return Plan.builder().title("CH")
        .addUnits(OrgUnit.builder().id("ch").name("Centre hospitalier").kind(UnitKind.ORGANISATION)
                .putIdentifiers("FINESS", "590780193").build(),
            OrgUnit.of("ch.urg", "Urgences", UnitKind.SERVICE, "ch"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(top, urgences, cache, ancien)
        .addLink(AlignmentLink.of("obj-urg", "obj-top", 2, LinkMode.CONTRIBUTES))
        .addLink(AlignmentLink.of("obj-cache", "obj-top"))
        .addLink(AlignmentLink.of("obj-2025", "obj-top", 1, LinkMode.INFORMS))
        .build();
  }

  static PlanView publicView(Plan plan) {
    return Access.of(plan, Viewer.of("p-x", List.of())).view();
  }

  static JsonNode export(PlanView view) throws Exception {
    return MAPPER.readTree(GoalExport.builder().build().toJson(view, AS_OF));
  }

  static JsonNode goal(JsonNode bundle, String id) {
    for (JsonNode entry : bundle.get("entry")) {
      if (entry.get("resource").get("id").asText().equals(id)) {
        return entry.get("resource");
      }
    }
    throw new AssertionError("no Goal " + id + " in " + bundle);
  }

  static String extension(JsonNode goal, String url) {
    for (JsonNode extension : goal.path("extension")) {
      if (extension.get("url").asText().equals(url)) {
        return extension.toString();
      }
    }
    return null;
  }

  /** Every Goal of a bundle: schema-valid, gol-1, a lifecycleStatus of R4, a FHIR id. */
  static void assertConformant(JsonNode bundle, String context) {
    assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode goal = entry.get("resource");
      String label = context + " " + goal.get("id");
      assertThat(GoalSchema.errors(goal)).as("R4 schema errors of %s", label).isEmpty();
      assertThat(goal.get("id").asText()).as(label).matches(FHIR_ID);
      assertThat(goal.path("lifecycleStatus").asText()).as("lifecycleStatus of %s", label).isIn(LIFECYCLE);
      for (JsonNode target : goal.path("target")) {
        boolean detail = target.has("detailQuantity") || target.has("detailRange") || target.has("detailBoolean")
            || target.has("detailString") || target.has("detailInteger") || target.has("detailRatio")
            || target.has("detailCodeableConcept");
        assertThat(!detail || target.has("measure")).as("gol-1 on %s", label).isTrue();
      }
      assertThat(goal.has("expressedBy")).as(label).isFalse();
      assertThat(goal.has("note")).as(label).isFalse();
    }
  }

  @Test
  void every_goal_validates_against_the_r4_schema_and_its_invariants() throws Exception {
    assertConformant(export(publicView(plan())), "the public view");
    JsonNode transaction = MAPPER.readTree(GoalExport.builder().transaction(true).indent(true).build()
        .toJson(Access.of(plan(), Viewer.of("p-dir", List.of(Membership.overseer("ch")))).view(), AS_OF));
    assertConformant(transaction, "the direction's transaction");
  }

  @Test
  void the_schema_check_catches_a_broken_goal() throws Exception {
    ObjectNode goal = (ObjectNode) goal(export(publicView(plan())), "o-obj-top").deepCopy();
    goal.put("lifecycleStatus", "finished");
    ((ObjectNode) goal.get("description")).put("text", 42);
    assertThat(GoalSchema.errors(goal)).hasSizeGreaterThanOrEqualTo(1);
    ObjectNode noSubject = (ObjectNode) goal(export(publicView(plan())), "o-obj-top").deepCopy();
    noSubject.remove("subject");
    assertThat(GoalSchema.errors(noSubject)).isNotEmpty();
  }

  @Test
  void one_goal_per_visible_objective_and_key_result_and_none_for_hidden_ones() throws Exception {
    JsonNode bundle = export(publicView(plan()));
    List<String> ids = new ArrayList<>();
    bundle.get("entry").forEach(e -> ids.add(e.get("resource").get("id").asText()));
    assertThat(ids).containsExactly("o-obj-2025", "k-kr-2025", "o-obj-top", "k-kr-dpa", "k-kr-jalon", "o-obj-urg",
        GoalExport.keyResultGoalId("kr_attente:urg"), "k-kr-inconnu", "k-kr-occupation");
    String text = bundle.toString();
    assertThat(text).doesNotContain("obj-cache").doesNotContain("confidentiel").doesNotContain("kr-cache")
        .doesNotContain("p-secret-owner");
    assertThat(extension(goal(bundle, "o-obj-top"), GoalExport.EXTENSION_BASE + "restricted-contributions"))
        .contains("\"valueInteger\":1");
  }

  @Test
  void ids_that_are_not_fhir_ids_are_hashed_and_kept_in_the_identifier() throws Exception {
    String id = GoalExport.keyResultGoalId("kr_attente:urg");
    assertThat(id).matches("kx-[0-9a-f]{40}");
    assertThat(GoalExport.keyResultGoalId("x".repeat(100))).matches("kx-[0-9a-f]{40}");
    assertThat(GoalExport.objectiveGoalId("obj-top")).isEqualTo("o-obj-top");
    JsonNode goal = goal(export(publicView(plan())), id);
    assertThat(goal.get("identifier").get(0).get("value").asText()).isEqualTo("kr_attente:urg");
    assertThat(goal.get("identifier").get(0).get("system").asText()).isEqualTo("urn:okr-sante:key-result");
  }

  @Test
  void lifecycle_maps_to_the_r4_codes() throws Exception {
    JsonNode bundle = export(Access.of(plan(), Viewer.of("p-dir", List.of(Membership.overseer("ch")))).view());
    assertThat(goal(bundle, "o-obj-top").get("lifecycleStatus").asText()).isEqualTo("active");
    assertThat(goal(bundle, "o-obj-2025").get("lifecycleStatus").asText()).isEqualTo("completed");
    assertThat(goal(bundle, "k-kr-2025").get("lifecycleStatus").asText()).isEqualTo("completed");
    assertThat(goal(bundle, "o-obj-cache").get("lifecycleStatus").asText()).isEqualTo("proposed");
  }

  @Test
  void achievement_status_follows_progress_and_trend() throws Exception {
    JsonNode bundle = export(publicView(plan()));
    // 60 → 70 % towards 90: improving; 220 → 230 minutes towards 192: worsening
    assertThat(goal(bundle, "k-kr-dpa").at("/achievementStatus/coding/0/code").asText()).isEqualTo("improving");
    assertThat(goal(bundle, GoalExport.keyResultGoalId("kr_attente:urg")).at("/achievementStatus/coding/0/code").asText())
        .isEqualTo("worsening");
    assertThat(goal(bundle, "k-kr-jalon").at("/achievementStatus/coding/0/code").asText()).isEqualTo("achieved");
    assertThat(goal(bundle, "k-kr-occupation").at("/achievementStatus/coding/0/code").asText()).isEqualTo("sustaining");
    assertThat(goal(bundle, "k-kr-inconnu").has("achievementStatus")).as("no data: left out").isFalse();
    assertThat(goal(bundle, "k-kr-2025").at("/achievementStatus/coding/0/code").asText()).isEqualTo("not-achieved");
    assertThat(extension(goal(bundle, "k-kr-inconnu"), GoalExport.EXTENSION_BASE + "status")).contains("no-data");
  }

  @Test
  void key_result_target_by_metric_kind() throws Exception {
    JsonNode bundle = export(publicView(plan()));
    JsonNode rate = goal(bundle, "k-kr-dpa").get("target").get(0);
    assertThat(rate.at("/detailQuantity/value").decimalValue()).isEqualByComparingTo("90");
    assertThat(rate.at("/detailQuantity/code").asText()).isEqualTo("%");
    assertThat(rate.at("/measure/coding/0/system").asText()).isEqualTo("https://www.has-sante.fr/iqss");
    assertThat(rate.at("/measure/coding/0/code").asText()).isEqualTo("DPA");
    assertThat(rate.get("dueDate").asText()).isEqualTo("2026-12-31");
    JsonNode attente = goal(bundle, GoalExport.keyResultGoalId("kr_attente:urg")).get("target").get(0);
    assertThat(attente.at("/detailQuantity/value").decimalValue()).as("240 reduced by 20 %").isEqualByComparingTo("192");
    assertThat(attente.at("/detailQuantity/code").asText()).isEqualTo("min");
    JsonNode inconnu = goal(bundle, "k-kr-inconnu").get("target").get(0);
    assertThat(inconnu.has("detailQuantity") || inconnu.has("measure")).as("unresolved relative target").isFalse();
    JsonNode range = goal(bundle, "k-kr-occupation").get("target").get(0).get("detailRange");
    assertThat(range.at("/low/value").decimalValue()).isEqualByComparingTo("85");
    assertThat(range.at("/high/value").decimalValue()).isEqualByComparingTo("95");
    assertThat(goal(bundle, "k-kr-jalon").get("target").get(0).get("detailBoolean").asBoolean()).isTrue();
    assertThat(extension(goal(bundle, "k-kr-dpa"), GoalExport.EXTENSION_BASE + "baseline")).contains("40");
  }

  @Test
  void owner_unit_is_an_organization_by_finess_when_known() throws Exception {
    JsonNode bundle = export(publicView(plan()));
    JsonNode top = goal(bundle, "o-obj-top").get("subject");
    assertThat(top.get("type").asText()).isEqualTo("Organization");
    assertThat(top.at("/identifier/system").asText()).isEqualTo(GoalExport.FINESS);
    assertThat(top.at("/identifier/value").asText()).isEqualTo("590780193");
    JsonNode urg = goal(bundle, "o-obj-urg").get("subject");
    assertThat(urg.at("/identifier/system").asText()).isEqualTo("urn:okr-sante:unit");
    assertThat(urg.at("/identifier/value").asText()).isEqualTo("ch.urg");
  }

  @Test
  void alignment_uses_the_goal_relationship_extension_with_weights_in_ours() throws Exception {
    JsonNode top = goal(export(publicView(plan())), "o-obj-top");
    List<String> relations = new ArrayList<>();
    for (JsonNode extension : top.get("extension")) {
      if (extension.get("url").asText().equals(GoalExport.RELATIONSHIP)) {
        relations.add(extension.at("/extension/0/valueCodeableConcept/coding/0/code").asText() + " "
            + extension.at("/extension/1/valueReference/reference").asText());
      }
    }
    assertThat(relations).containsExactly("milestone Goal/k-kr-dpa", "milestone Goal/k-kr-jalon", "other Goal/o-obj-2025",
        "milestone Goal/o-obj-urg");
    assertThat(top.toString()).contains("\"reference\":\"Goal/o-obj-urg\"}},{\"url\":\"weight\",\"valueDecimal\":2.0}");
  }

  @Test
  void transaction_entries_put_each_goal_by_id() throws Exception {
    JsonNode bundle = MAPPER.readTree(GoalExport.builder().transaction(true).build().toJson(publicView(plan()), AS_OF));
    assertThat(bundle.get("type").asText()).isEqualTo("transaction");
    for (JsonNode entry : bundle.get("entry")) {
      assertThat(entry.at("/request/method").asText()).isEqualTo("PUT");
      assertThat(entry.at("/request/url").asText()).isEqualTo("Goal/" + entry.at("/resource/id").asText());
    }
  }

  @Test
  void a_namespace_must_be_an_absolute_uri() {
    assertThatThrownBy(() -> GoalExport.builder().namespace("chu")).isInstanceOf(IllegalArgumentException.class);
    assertThat(GoalExport.builder().namespace("https://chu.fr/okr/").build()).isNotNull();
  }
}
