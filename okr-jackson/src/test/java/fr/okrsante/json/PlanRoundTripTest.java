package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRoundTripTest {

  private final OkrJson json = OkrJson.standard();

  @Test
  void hospital_plan_reads_back_equal() {
    Plan plan = HospitalPlan.build();
    Plan read = json.readPlan(json.toJson(plan));
    assertThat(read).isEqualTo(plan);
    assertThat(read.getObjectives()).isEqualTo(plan.getObjectives());
  }

  @Test
  void writing_the_same_plan_twice_gives_identical_bytes() {
    Plan plan = HospitalPlan.build();
    assertThat(json.toJsonBytes(plan)).isEqualTo(json.toJsonBytes(plan));
    assertThat(json.toJsonBytes(json.readPlan(json.toJsonBytes(plan)))).isEqualTo(json.toJsonBytes(plan));
  }

  @Test
  void indented_document_reads_back_equal_and_is_stable() {
    OkrJson indented = json.withIndentation(true);
    Plan plan = HospitalPlan.build();
    String text = indented.toJson(plan);
    assertThat(text).contains("\n  \"title\": \"Plan qualité").doesNotContain("\r");
    assertThat(indented.readPlan(text)).isEqualTo(plan);
    assertThat(indented.toJson(indented.readPlan(text))).isEqualTo(text);
    PlanSchema.assertValid(text, "the indented hospital plan");
  }

  @Test
  void hospital_plan_document_validates_against_the_schema() {
    PlanSchema.assertValid(json.toJson(HospitalPlan.build()), "the hospital plan");
  }

  @Test
  void stream_and_text_and_bytes_give_the_same_plan() {
    Plan plan = HospitalPlan.build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writePlan(plan, out);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(json.toJson(plan));
    assertThat(json.readPlan(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(plan);
    assertThat(json.readPlan(out.toByteArray())).isEqualTo(plan);
  }

  @Test
  void document_starts_with_schema_version_and_uses_lower_case_names() {
    String text = json.toJson(HospitalPlan.build());
    assertThat(text).startsWith("{\"schemaVersion\":1,\"title\":");
    assertThat(text)
        .contains("\"kind\":\"organisation\"", "\"scheme\":\"has_certification\"", "\"status\":\"at_risk\"",
            "\"type\":\"move_to_target\"", "\"type\":\"rate\"", "\"type\":\"guardrail\"", "\"type\":\"milestone\"",
            "\"type\":\"computed\"", "\"aggregation\":\"pooled_rate\"", "\"state\":\"in_progress\"",
            "\"mode\":\"informs\"", "\"target\":{\"changePercent\":-20}", "\"target\":{\"value\":90}",
            "\"identifiers\":{\"FINESS\":\"590780193\"", "\"cadence\":\"P1M\"",
            "\"recordedAt\":\"2026-02-03T17:05:09.123456789Z\"");
  }

  @Test
  void unknown_baseline_is_left_out_and_reads_back_unknown() {
    Plan plan = HospitalPlan.build();
    String text = json.toJson(plan);
    assertThat(text).contains("\"metric\":{\"type\":\"move_to_target\",\"target\":{\"changePercent\":15.0},\"fromInitiatives\":false}");
    assertThat(json.readPlan(text).keyResult("kr-satisfaction").orElseThrow().getMetric())
        .isEqualTo(plan.keyResult("kr-satisfaction").orElseThrow().getMetric());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.10", "1E+3", "2.50E+3", "1E-6", "-0.000", "123456789.123456", "999999999999999",
      "0", "-42", "1.000", "9.99E-4", "7E+14", "2.5000000000000000000000000"})
  void decimals_survive_digit_for_digit(String digits) {
    BigDecimal value = new BigDecimal(digits);
    Plan plan = HospitalPlan.build();
    KeyResult chutes = plan.keyResult("kr-chutes").orElseThrow();
    Plan changed = plan.withCheckIn(chutes.getId(), CheckIn.of(HospitalPlan.day("2026-03-31"), value));
    String text = json.toJson(changed);
    assertThat(text).contains("\"value\":" + value);
    Plan read = json.readPlan(text);
    List<CheckIn> checkIns = read.keyResult("kr-chutes").orElseThrow().getCheckIns();
    BigDecimal back = checkIns.get(checkIns.size() - 1).getValue();
    assertThat(back).as("read back of %s", digits).isEqualTo(value);
    assertThat(back.scale()).isEqualTo(value.scale());
    assertThat(read).isEqualTo(changed);
    assertThat(json.toJson(read)).isEqualTo(text);
    PlanSchema.assertValid(text, digits);
  }

  @Test
  void guardrail_limits_keep_their_scale() {
    Guardrail budget = (Guardrail) json.readPlan(json.toJson(HospitalPlan.build()))
        .keyResult("kr-budget").orElseThrow().getMetric();
    assertThat(budget.getLow()).contains(new BigDecimal("1E+3"));
    assertThat(budget.getHigh()).contains(new BigDecimal("2.50E+3"));
  }

  @Test
  void defaults_may_be_left_out_when_reading() {
    String minimal = "{\"schemaVersion\":1,"
        + "\"units\":[{\"id\":\"u\",\"name\":\"Unité\",\"kind\":\"unit\"}],"
        + "\"cycles\":[{\"id\":\"c\",\"label\":\"2026\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}],"
        + "\"objectives\":[{\"id\":\"o\",\"title\":\"Objectif\",\"ownerUnitId\":\"u\",\"cycleId\":\"c\","
        + "\"keyResults\":[{\"id\":\"k\",\"title\":\"Résultat\",\"metric\":{\"type\":\"guardrail\",\"low\":85},"
        + "\"checkIns\":[{\"observedOn\":\"2026-02-01\",\"value\":86}]}]}]}";
    PlanSchema.assertValid(minimal, "the minimal document");
    Plan plan = json.readPlan(minimal);
    assertThat(plan.getTitle()).isEmpty();
    assertThat(plan.keyResult("k").orElseThrow().getWeight()).isEqualTo(1.0);
    String full = json.toJson(plan);
    assertThat(full).contains("\"weight\":1.0", "\"source\":\"manual\"", "\"status\":\"final\"",
        "\"recordedAt\":\"2026-02-01T00:00:00Z\"", "\"visibility\":\"organisation\"");
    assertThat(json.readPlan(full)).isEqualTo(plan);
  }
}
