package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A check-in's source reference (the key that makes an import idempotent), a key result's
 * indicator binding (the key importers find it by), and the batch append that skips what was
 * already imported.
 */
class SourceReferenceTest {

  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  private static final String REF = "fhir:MeasureReport/summ-01/_history/2";

  private static Plan plan() {
    KeyResult rate = KeyResult.builder().id("kr-rate").title("Taux").metric(Rate.ofPercent("40", "90"))
        .indicator(IndicatorBinding.of("https://example.org/fhir/Measure/iqss-dpa")).build();
    KeyResult count = KeyResult.builder().id("kr-count").title("Nombre").metric(MoveToTarget.of("0", Target.absolute("10")))
        .build();
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(Objective.builder().id("obj").title("Objectif").ownerUnitId("chu").cycleId("2026")
            .addKeyResults(rate, count).build())
        .build();
  }

  private static CheckIn rate(long numerator, long denominator, String ref) {
    return CheckIn.rateBuilder(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)).observedOn(MAR_31)
        .source(CheckInSource.IMPORT).sourceRef(ref).build();
  }

  private static List<String> paths(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, call);
    assertThat(e).as("expected an InvalidPlanException").isNotNull();
    return e.getProblems().stream().map(PlanProblem::getPath).toList();
  }

  // ---------------------------------------------------------------- source reference

  @Test
  void source_reference_is_kept_as_given() {
    assertThat(rate(80, 100, REF).getSourceRef()).contains(REF);
    assertThat(CheckIn.of(MAR_31, "1").getSourceRef()).isEmpty();
  }

  @Test
  void source_reference_with_a_control_character_is_refused() {
    assertThat(paths(() -> CheckIn.builder().observedOn(MAR_31).value(BigDecimal.ONE).sourceRef("csv:a.csv\n#row=1").build()))
        .containsExactly("checkIns[2026-03-31].sourceRef");
    assertThat(paths(() -> CheckIn.builder().observedOn(MAR_31).value(BigDecimal.ONE).sourceRef("a\u2028b").build()))
        .containsExactly("checkIns[2026-03-31].sourceRef");
  }

  @Test
  void source_reference_empty_too_long_or_padded_is_refused() {
    for (String bad : new String[] {"", " fhir:x", "fhir:x ", "x".repeat(Plan.MAX_REFERENCE_LENGTH + 1)}) {
      assertThat(paths(() -> CheckIn.builder().observedOn(MAR_31).value(BigDecimal.ONE).sourceRef(bad).build()))
          .as("'%s'", bad.length() > 20 ? bad.length() + " characters" : bad)
          .containsExactly("checkIns[2026-03-31].sourceRef");
    }
    assertThat(CheckIn.builder().observedOn(MAR_31).value(BigDecimal.ONE)
        .sourceRef("x".repeat(Plan.MAX_REFERENCE_LENGTH)).build().getSourceRef()).isPresent();
  }

  @Test
  void two_check_ins_of_one_key_result_may_not_share_a_source_reference() {
    Plan plan = plan().withCheckIn("kr-rate", rate(80, 100, REF));
    assertThat(paths(() -> plan.withCheckIn("kr-rate", rate(81, 100, REF))))
        .containsExactly("objectives[obj].keyResults[kr-rate].checkIns[2026-03-31].sourceRef");
  }

  @Test
  void two_key_results_may_share_a_source_reference() {
    Plan plan = plan().withCheckIn("kr-rate", rate(80, 100, REF))
        .withCheckIn("kr-count", CheckIn.builder().observedOn(MAR_31).value(BigDecimal.TEN).sourceRef(REF).build());
    assertThat(plan.hasCheckInFrom("kr-rate", REF)).isTrue();
    assertThat(plan.hasCheckInFrom("kr-count", REF)).isTrue();
  }

  // ---------------------------------------------------------------- batch append

  @Test
  void importing_the_same_batch_twice_changes_nothing_the_second_time() {
    List<KeyResultCheckIn> batch = List.of(KeyResultCheckIn.of("kr-rate", rate(80, 100, REF)),
        KeyResultCheckIn.of("kr-rate", rate(82, 100, "fhir:MeasureReport/summ-01/_history/3")));
    AppendedCheckIns first = plan().withCheckIns(batch);
    assertThat(first.getApplied()).isEqualTo(batch);
    assertThat(first.getSkipped()).isEmpty();
    AppendedCheckIns second = first.getPlan().withCheckIns(batch);
    assertThat(second.getApplied()).isEmpty();
    assertThat(second.getSkipped()).isEqualTo(batch);
    assertThat(second.getPlan()).isSameAs(first.getPlan());
    assertThat(second.getPlan().keyResult("kr-rate").orElseThrow().getCheckIns()).hasSize(2);
  }

  @Test
  void a_source_reference_repeated_within_a_batch_is_applied_once() {
    KeyResultCheckIn item = KeyResultCheckIn.of("kr-rate", rate(80, 100, REF));
    AppendedCheckIns result = plan().withCheckIns(List.of(item, item));
    assertThat(result.getApplied()).containsExactly(item);
    assertThat(result.getSkipped()).containsExactly(item);
    assertThat(result).hasToString("AppendedCheckIns{applied=1, skipped=1}");
  }

  @Test
  void check_ins_without_a_source_reference_are_always_appended() {
    KeyResultCheckIn manual = KeyResultCheckIn.of("kr-count", CheckIn.of(MAR_31, "4"));
    AppendedCheckIns result = plan().withCheckIns(List.of(manual, manual));
    assertThat(result.getApplied()).hasSize(2);
    assertThat(result.getPlan().keyResult("kr-count").orElseThrow().getCheckIns()).hasSize(2);
  }

  @Test
  void a_refused_check_in_leaves_the_whole_batch_unapplied() {
    Plan plan = plan();
    List<KeyResultCheckIn> batch = List.of(KeyResultCheckIn.of("kr-rate", rate(80, 100, REF)),
        KeyResultCheckIn.of("kr-rate", CheckIn.builder().observedOn(MAR_31).value(BigDecimal.ONE).sourceRef("other").build()));
    assertThat(paths(() -> plan.withCheckIns(batch))).containsExactly("objectives[obj].keyResults[kr-rate].checkIns[2026-03-31]");
    assertThat(plan.keyResult("kr-rate").orElseThrow().getCheckIns()).isEmpty();
    assertThatThrownBy(() -> plan.withCheckIns(List.of(KeyResultCheckIn.of("nope", CheckIn.of(MAR_31, "1")))))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void a_new_version_of_a_report_is_a_later_check_in_that_wins() {
    CheckIn v2 = rate(80, 100, REF).toBuilder().recordedAt(Instant.parse("2026-04-10T08:00:00Z")).build();
    CheckIn v3 = rate(85, 100, "fhir:MeasureReport/summ-01/_history/3").toBuilder()
        .recordedAt(Instant.parse("2026-04-12T08:00:00Z")).build();
    Plan plan = plan().withCheckIns(List.of(KeyResultCheckIn.of("kr-rate", v2), KeyResultCheckIn.of("kr-rate", v3))).getPlan();
    assertThat(plan.keyResult("kr-rate").orElseThrow().getCheckIns()).containsExactly(v2, v3);
  }

  // ---------------------------------------------------------------- indicator binding

  @Test
  void indicator_binding_matches_a_canonical_with_or_without_version() {
    IndicatorBinding binding = IndicatorBinding.of("https://example.org/fhir/Measure/iqss-dpa");
    assertThat(binding.matchesCanonical("https://example.org/fhir/Measure/iqss-dpa")).isTrue();
    assertThat(binding.matchesCanonical("https://example.org/fhir/Measure/iqss-dpa|2024")).isTrue();
    assertThat(binding.matchesCanonical("https://example.org/fhir/Measure/iqss-dpa2")).isFalse();
    assertThat(binding.matchesCanonical("https://example.org/fhir/Measure/iqss")).isFalse();
    assertThat(IndicatorBinding.of("https://example.org/fhir/Measure", "iqss-dpa")
        .matchesCanonical("https://example.org/fhir/Measure|iqss-dpa")).isFalse();
  }

  @Test
  void indicator_binding_text_form_round_trips() {
    IndicatorBinding coded = IndicatorBinding.of("https://www.has-sante.fr/iqss", "ESATIS48H");
    assertThat(coded).hasToString("https://www.has-sante.fr/iqss|ESATIS48H");
    assertThat(IndicatorBinding.parse(coded.toString())).isEqualTo(coded).hasSameHashCodeAs(coded);
    assertThat(IndicatorBinding.parse("ESATIS48H")).isEqualTo(IndicatorBinding.of("ESATIS48H"));
    assertThat(IndicatorBinding.of("ESATIS48H").getSystem()).isEmpty();
    assertThat(coded.getSystem()).contains("https://www.has-sante.fr/iqss");
    assertThat(coded.getCode()).isEqualTo("ESATIS48H");
    assertThat(coded).isNotEqualTo(IndicatorBinding.of("ESATIS48H"));
  }

  @Test
  void indicator_binding_with_a_bar_or_a_bad_part_is_refused() {
    assertThat(paths(() -> IndicatorBinding.of("https://example.org/Measure/x|2024"))).containsExactly("indicator.code");
    assertThat(paths(() -> IndicatorBinding.of("", "x"))).containsExactly("indicator.system");
    assertThat(paths(() -> IndicatorBinding.parse("a|b|c"))).containsExactly("indicator.code");
    assertThat(paths(() -> IndicatorBinding.of("x\ty"))).containsExactly("indicator.code");
  }

  @Test
  void key_result_keeps_its_indicator_binding() {
    assertThat(plan().keyResult("kr-rate").orElseThrow().getIndicator())
        .contains(IndicatorBinding.of("https://example.org/fhir/Measure/iqss-dpa"));
    assertThat(plan().keyResult("kr-count").orElseThrow().getIndicator()).isEqualTo(Optional.empty());
  }
}
