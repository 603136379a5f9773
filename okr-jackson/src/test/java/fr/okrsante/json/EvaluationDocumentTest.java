package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationDocumentTest {

  private final OkrJson json = OkrJson.standard();

  /**
   * A parent objective fed by one key result (waiting time 240 → 192 minutes, 216 observed: half
   * way) and by a child objective (a rate 60 % → 100 %, 9 out of 12 observed: 75 %, so 15/40 of
   * the way), both of weight 1.
   */
  static Plan smallPlan() {
    OrgUnit unit = OrgUnit.of("urg", "Urgences", UnitKind.SERVICE);
    Cycle year = Cycle.of("y2026", "2026", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    KeyResult wait = KeyResult.builder().id("kr-wait").title("Attente médiane 240 → 192 min")
        .metric(MoveToTarget.of("240", Target.absolute("192")))
        .addCheckIns(CheckIn.of(LocalDate.parse("2026-03-31"), new BigDecimal("216"))).build();
    KeyResult eig = KeyResult.builder().id("kr-eig").title("Analyses d'EIG sous 30 jours")
        .metric(Rate.ofPercent("60", "100"))
        .addCheckIns(CheckIn.ofRate(LocalDate.parse("2026-03-31"), 9, 12)).build();
    Objective parent = Objective.builder().id("o-parent").title("Urgences plus sûres").ownerUnitId("urg")
        .cycleId("y2026").addKeyResults(wait)
        .statusOverride(StatusOverride.of(Status.ON_TRACK, "p-1", Instant.parse("2026-04-01T09:00:00Z"), "Plan validé"))
        .build();
    Objective child = Objective.builder().id("o-child").title("Analyser les EIG").ownerUnitId("urg")
        .cycleId("y2026").addKeyResults(eig).build();
    return Plan.builder().title("Plan").addUnits(unit).addCycles(year).addObjectives(parent, child)
        .addLink(AlignmentLink.of("o-child", "o-parent")).build();
  }

  static final LocalDate AS_OF = LocalDate.parse("2026-07-02");

  /**
   * Hand-checked: kr-wait (240 − 216) / (240 − 192) = 0.5; kr-eig current 100 × 9 / 12 = 75, so
   * (75 − 60) / (100 − 60) = 0.375; o-child = 0.375; o-parent = (0.5 + 0.375) / 2 = 0.4375, each
   * contribution a share of 0.5. Expected: 2026-07-02 is day 182 of the 364 days from the first to
   * the last day of the cycle, so 0.5; every number is behind by at most 0.125 (BEHIND threshold
   * 0.25): BEHIND, and o-parent's owner set ON_TRACK.
   */
  static final String SMALL = """
      {"schemaVersion":1,"kind":"evaluation","asOf":"2026-07-02","objectives":[\
      {"objectiveId":"o-child","progress":0.375,"expectedProgress":0.5,"coverage":1.0,"computedStatus":"behind",\
      "contributionCount":1,"countedContributionCount":1,"keyResults":[\
      {"keyResultId":"kr-eig","progress":0.375,"countedProgress":0.375,"expectedProgress":0.5,"computedStatus":"behind",\
      "currentValue":75,"numerator":9,"denominator":12,"baseline":60,"target":100,"latestObservedOn":"2026-03-31",\
      "stale":false,"lateCheckIns":0}],\
      "contributions":[{"kind":"key_result","sourceId":"kr-eig","weight":1.0,"progress":0.375,"hasData":true,\
      "counted":true,"share":1.0}]},\
      {"objectiveId":"o-parent","progress":0.4375,"expectedProgress":0.5,"coverage":1.0,"computedStatus":"behind",\
      "statusOverride":{"status":"on_track","authorId":"p-1","setAt":"2026-04-01T09:00:00Z","reason":"Plan validé"},\
      "contributionCount":2,"countedContributionCount":2,"keyResults":[\
      {"keyResultId":"kr-wait","progress":0.5,"countedProgress":0.5,"expectedProgress":0.5,"computedStatus":"on_track",\
      "currentValue":216,"baseline":240,"target":192,"latestObservedOn":"2026-03-31","stale":false,"lateCheckIns":0}],\
      "contributions":[{"kind":"key_result","sourceId":"kr-wait","weight":1.0,"progress":0.5,"hasData":true,\
      "counted":true,"share":0.5},{"kind":"objective","sourceId":"o-child","weight":1.0,"progress":0.375,\
      "hasData":true,"counted":true,"share":0.5}]}]}""";

  @Test
  void small_evaluation_is_written_as_hand_checked() {
    Evaluation evaluation = Evaluation.of(smallPlan(), AS_OF);
    String written = json.toJson(evaluation);
    assertThat(written).isEqualTo(SMALL);
    DocumentSchemas.assertValidEvaluation(written, "the small evaluation");
  }

  @Test
  void small_evaluation_reads_back_to_the_same_figures_and_bytes() {
    Evaluation evaluation = Evaluation.of(smallPlan(), AS_OF);
    EvaluationDocument read = json.readEvaluation(SMALL);
    assertThat(FigureLines.of(read)).isEqualTo(FigureLines.of(evaluation));
    assertThat(read.objective("o-parent").getStatus()).isEqualTo(Status.ON_TRACK);
    assertThat(read.objective("o-parent").getComputedStatus()).isEqualTo(Status.BEHIND);
    assertThat(read.objective("o-child").getKeyResults().get(0).getNumerator()).contains(new BigDecimal("9"));
    assertThat(json.toJson(read)).isEqualTo(SMALL);
  }

  @Test
  void absent_progress_is_left_out_never_nan() {
    Plan plan = smallPlan();
    Evaluation before = Evaluation.of(plan, LocalDate.parse("2026-02-01"));
    String written = json.toJson(before);
    assertThat(written).doesNotContain("NaN").doesNotContain("\"progress\":null");
    KeyResultProgress wait = json.readEvaluation(written).objective("o-parent").getKeyResults().get(0);
    assertThat(wait.getProgress()).isEmpty();
    assertThat(wait.getCurrentValue()).isEmpty();
    assertThat(wait.getLatestObservedOn()).isEmpty();
    DocumentSchemas.assertValidEvaluation(written, "an evaluation without data");
  }

  @Test
  void hospital_plan_evaluation_round_trips_through_every_entry_point() {
    Evaluation evaluation = Evaluation.of(HospitalPlan.build(), LocalDate.parse("2026-05-15"));
    String text = json.toJson(evaluation);
    DocumentSchemas.assertValidEvaluation(text, "the hospital plan's evaluation");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeEvaluation(evaluation, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    EvaluationDocument fromBytes = json.readEvaluation(out.toByteArray());
    EvaluationDocument fromStream = json.readEvaluation(new ByteArrayInputStream(out.toByteArray()));
    assertThat(FigureLines.of(fromBytes)).isEqualTo(FigureLines.of(fromStream)).isEqualTo(FigureLines.of(evaluation));
    assertThat(json.toJson(fromBytes)).isEqualTo(text);
    String indented = json.withIndentation(true).toJson(evaluation);
    DocumentSchemas.assertValidEvaluation(indented, "indented");
    assertThat(FigureLines.of(json.readEvaluation(indented))).isEqualTo(FigureLines.of(fromBytes));
  }

  @Test
  void a_mapper_with_the_module_writes_and_reads_the_same_documents() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new OkrModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    Evaluation evaluation = Evaluation.of(HospitalPlan.build(), LocalDate.parse("2026-05-15"));
    String text = mapper.writeValueAsString(evaluation);
    assertThat(text).isEqualTo(json.toJson(evaluation));
    EvaluationDocument read = mapper.readValue(text, EvaluationDocument.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(text);
  }
}
