package fr.okrsante.fhir;

import static fr.okrsante.fhir.Fixtures.bundle;
import static fr.okrsante.fhir.Fixtures.bytes;
import static fr.okrsante.fhir.Fixtures.continuous;
import static fr.okrsante.fhir.Fixtures.group;
import static fr.okrsante.fhir.Fixtures.plan;
import static fr.okrsante.fhir.Fixtures.population;
import static fr.okrsante.fhir.Fixtures.populations;
import static fr.okrsante.fhir.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.okrsante.fhir.ImportOutcome.Kind;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.Plan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each import rule of {@link MeasureReportImport}, on hand-computed DEQM-shaped reports. */
class MeasureReportImportTest {

  private static final MeasureReportImport FHIR = MeasureReportImport.builder().build();

  private static ImportReport run(ObjectNode document) {
    return FHIR.apply(plan(), bytes(document));
  }

  private static ImportOutcome only(ImportReport report, Kind kind) {
    assertThat(report.get(kind)).as("%s outcomes of %s", kind, report.getOutcomes()).hasSize(1);
    return report.get(kind).get(0);
  }

  private static ImportOutcome refused(ObjectNode document) {
    ImportReport report = run(document);
    assertThat(report.get(Kind.APPLIED)).as("%s", report.getOutcomes()).isEmpty();
    assertThat(report.getPlan()).isEqualTo(plan());
    return only(report, Kind.REFUSED);
  }

  private static CheckIn applied(ImportReport report, String keyResultId) {
    ImportOutcome applied = only(report, Kind.APPLIED);
    assertThat(applied.getKeyResultId()).contains(keyResultId);
    List<CheckIn> checkIns = report.getPlan().keyResult(keyResultId).orElseThrow().getCheckIns();
    assertThat(checkIns).last().isEqualTo(applied.getCheckIn().orElseThrow());
    return checkIns.get(checkIns.size() - 1);
  }

  // ---------------------------------------------------------------- the DEQM shape

  @Test
  void summary_report_gives_a_rate_check_in_from_the_counts() {
    CheckIn checkIn = applied(run(summary()), "kr-dpa");
    assertThat(checkIn.getNumerator()).contains(BigDecimal.valueOf(80));
    assertThat(checkIn.getDenominator()).contains(BigDecimal.valueOf(100));
    assertThat(checkIn.getValue()).isEqualByComparingTo("80");
    assertThat(checkIn.getObservedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(checkIn.getRecordedAt()).isEqualTo(Instant.parse("2026-04-15T08:00:00Z"));
    assertThat(checkIn.getStatus()).isEqualTo(CheckInStatus.FINAL);
    assertThat(checkIn.getSource()).isEqualTo(CheckInSource.IMPORT);
    assertThat(checkIn.getSourceRef()).contains("fhir:MeasureReport/summ-01/_history/1");
    assertThat(checkIn.getNote()).isEmpty();
    assertThat(checkIn.getAuthorId()).isEmpty();
  }

  @Test
  void a_single_report_or_a_bundle_of_it_give_the_same_check_in() {
    assertThat(applied(run(bundle(summary())), "kr-dpa")).isEqualTo(applied(run(summary()), "kr-dpa"));
  }

  // ---------------------------------------------------------------- type and status

  @Test
  void individual_and_subject_list_reports_are_refused_as_patient_level_data() {
    for (String type : new String[] {"individual", "subject-list"}) {
      ObjectNode report = summary().put("type", type);
      report.putObject("subject").put("reference", "Patient/secret-123").put("display", "Jeanne Martin");
      ImportOutcome outcome = refused(report);
      assertThat(outcome.getMessage()).contains("patient-level").doesNotContain("secret-123").doesNotContain("Jeanne");
      assertThat(outcome.getPointer()).isEqualTo("/type");
      assertThat(outcome.getKeyResultId()).isEmpty();
    }
  }

  @Test
  void a_patient_level_report_is_refused_before_its_other_elements_are_read() {
    // a broken status would be reported if the report were read further
    ImportOutcome outcome = refused(summary().put("type", "individual").put("status", 42));
    assertThat(outcome.getPointer()).isEqualTo("/type");
  }

  @Test
  void a_summary_about_a_patient_is_refused() {
    ObjectNode report = summary();
    report.putObject("subject").put("reference", "Patient/p-1");
    assertThat(refused(report).getPointer()).isEqualTo("/subject");
  }

  @Test
  void contained_patients_evaluated_patients_and_subject_lists_are_refused_as_patient_level() {
    ObjectNode contained = summary();
    contained.putArray("contained").addObject().put("resourceType", "Patient").put("id", "p-secret");
    ImportOutcome outcome = refused(contained);
    assertThat(outcome.getPointer()).isEqualTo("/contained/0");
    assertThat(outcome.getMessage()).contains("patient-level").doesNotContain("p-secret");
    ObjectNode organization = summary();
    organization.putArray("contained").addObject().put("resourceType", "Organization").put("id", "ch");
    assertThat(applied(run(organization), "kr-dpa")).isNotNull();
    ObjectNode evaluated = summary();
    evaluated.putArray("evaluatedResource").addObject().put("reference", "Patient/p-secret");
    assertThat(refused(evaluated).getPointer()).isEqualTo("/evaluatedResource/0");
    ObjectNode subjects = summary();
    ((ObjectNode) populations(subjects).get(1)).putObject("subjectResults").put("reference", "List/patients");
    assertThat(refused(subjects).getPointer()).isEqualTo("/group/0/population/1/subjectResults");
  }

  @Test
  void data_collection_reports_are_refused_for_want_of_a_score() {
    assertThat(refused(summary().put("type", "data-collection")).getMessage()).contains("no score");
  }

  @Test
  void pending_status_gives_a_provisional_check_in() {
    assertThat(applied(run(summary().put("status", "pending")), "kr-dpa").getStatus()).isEqualTo(CheckInStatus.PROVISIONAL);
  }

  @Test
  void error_status_is_refused() {
    assertThat(refused(summary().put("status", "error")).getPointer()).isEqualTo("/status");
  }

  @Test
  void implicit_rules_and_modifier_extensions_are_refused() {
    assertThat(refused(summary().put("implicitRules", "https://example.org/rules")).getPointer()).isEqualTo("/implicitRules");
    ObjectNode root = summary();
    root.putArray("modifierExtension").addObject().put("url", "https://example.org/x").put("valueBoolean", true);
    assertThat(refused(root).getPointer()).isEqualTo("/modifierExtension");
    ObjectNode inGroup = summary();
    group(inGroup).putArray("modifierExtension").addObject().put("url", "https://example.org/x").put("valueBoolean", true);
    assertThat(refused(inGroup).getPointer()).isEqualTo("/group/0/modifierExtension");
    ObjectNode inPopulation = summary();
    ((ObjectNode) populations(inPopulation).get(1)).putArray("modifierExtension").addObject()
        .put("url", "https://example.org/x").put("valueBoolean", true);
    assertThat(refused(inPopulation).getPointer()).isEqualTo("/group/0/population/1/modifierExtension");
  }

  // ---------------------------------------------------------------- measure matching

  @Test
  void measure_is_matched_without_its_version_or_through_the_mapping_table() {
    assertThat(applied(run(summary().put("measure", Fixtures.DPA)), "kr-dpa")).isNotNull();
    ObjectNode other = summary().put("measure", "https://other.example/Measure/dossier|3");
    assertThat(refused(other).getMessage()).contains("no key result is bound");
    MeasureReportImport mapped = MeasureReportImport.builder().map("https://other.example/Measure/dossier", "kr-dpa").build();
    assertThat(applied(mapped.apply(plan(), bytes(other)), "kr-dpa").getValue()).isEqualByComparingTo("80");
  }

  @Test
  void several_groups_need_a_mapping_per_group() {
    ObjectNode report = summary();
    ObjectNode second = group(report).deepCopy();
    second.put("id", "group-2");
    ((com.fasterxml.jackson.databind.node.ArrayNode) report.get("group")).add(second);
    assertThat(refused(report).getMessage()).contains("2 groups and no mapping");
    MeasureReportImport mapped = MeasureReportImport.builder().map(Fixtures.DPA + "#group-2", "kr-dpa").build();
    ImportReport result = mapped.apply(plan(), bytes(report));
    assertThat(applied(result, "kr-dpa").getSourceRef()).contains("fhir:MeasureReport/summ-01/_history/1#group=group-2");
    assertThat(only(result, Kind.WARNING).getPointer()).isEqualTo("/group/0");
  }

  @Test
  void the_measure_version_is_kept_in_the_outcome() {
    assertThat(only(run(summary()), Kind.APPLIED).getMessage()).endsWith("(measure version 2026)");
  }

  @Test
  void stratifiers_are_ignored_and_reported() {
    ObjectNode report = summary();
    group(report).putArray("stratifier").addObject().putObject("code").put("text", "sexe");
    ImportReport result = run(report);
    assertThat(applied(result, "kr-dpa").getValue()).isEqualByComparingTo("80");
    assertThat(only(result, Kind.WARNING).getPointer()).isEqualTo("/group/0/stratifier");
  }

  @Test
  void a_report_for_a_milestone_is_refused() {
    assertThat(refused(summary().put("measure", Fixtures.JALON)).getMessage()).contains("takes no check-ins");
  }

  // ---------------------------------------------------------------- dates

  @Test
  void a_partial_period_end_is_the_last_day_it_covers_and_a_date_time_is_taken_in_the_zone() {
    ObjectNode month = summary();
    ((ObjectNode) month.get("period")).put("end", "2026-02");
    assertThat(applied(run(month), "kr-dpa").getObservedOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    ObjectNode late = summary();
    ((ObjectNode) late.get("period")).put("end", "2026-03-31T23:30:00Z");
    assertThat(applied(run(late), "kr-dpa").getObservedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    MeasureReportImport utc = MeasureReportImport.builder().zone(ZoneId.of("UTC")).build();
    assertThat(applied(utc.apply(plan(), bytes(late)), "kr-dpa").getObservedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void a_start_after_the_end_or_a_missing_end_is_refused() {
    ObjectNode inverted = summary();
    ((ObjectNode) inverted.get("period")).put("start", "2026-06-01");
    assertThat(refused(inverted).getPointer()).isEqualTo("/period");
    ObjectNode noEnd = summary();
    ((ObjectNode) noEnd.get("period")).remove("end");
    assertThat(refused(noEnd).getMessage()).contains("period.end is missing");
  }

  @Test
  void a_period_longer_than_the_cadence_is_a_warning() {
    ObjectNode year = summary();
    ((ObjectNode) year.get("period")).put("start", "2025-01-01");
    ImportReport result = run(year);
    applied(result, "kr-dpa");
    assertThat(only(result, Kind.WARNING).getMessage()).contains("cadence P3M");
  }

  @Test
  void without_date_the_last_update_is_the_recording_time() {
    ObjectNode report = summary();
    report.remove("date");
    ((ObjectNode) report.get("meta")).put("lastUpdated", "2026-05-02T09:00:00Z");
    assertThat(applied(run(report), "kr-dpa").getRecordedAt()).isEqualTo(Instant.parse("2026-05-02T09:00:00Z"));
  }

  @Test
  void a_malformed_date_is_refused_with_its_location() {
    ImportOutcome outcome = refused(summary().put("date", "15/04/2026"));
    assertThat(outcome.getPointer()).isEqualTo("/date");
    assertThat(outcome.getLine()).isEqualTo(1);
    assertThat(outcome.getColumn()).isPositive();
  }

  // ---------------------------------------------------------------- counts

  @Test
  void exclusions_and_exceptions_are_taken_out_of_the_counts() {
    // n' = 80 − 5 = 75; d' = 100 − 10 − 5 = 85; 100 × 75 / 85 = 88.235294…
    ObjectNode report = summary();
    population(populations(report), "numerator-exclusion", 5);
    population(populations(report), "denominator-exclusion", 10);
    population(populations(report), "denominator-exception", 5);
    ImportReport result = run(report);
    CheckIn checkIn = applied(result, "kr-dpa");
    assertThat(checkIn.getNumerator()).contains(BigDecimal.valueOf(75));
    assertThat(checkIn.getDenominator()).contains(BigDecimal.valueOf(85));
    assertThat(checkIn.getValue()).as("100 × 75 / 85 to the 6 decimals of the number domain").isEqualByComparingTo("88.235294");
    // 0.8 is neither 75/85 nor its complement
    assertThat(only(result, Kind.WARNING).getMessage()).contains("differs from the counts 75/85");
  }

  @Test
  void a_denominator_of_zero_or_less_gives_no_check_in() {
    ObjectNode zero = summary();
    population(populations(zero), "denominator-exclusion", 60);
    population(populations(zero), "denominator-exception", 40);
    ImportOutcome outcome = refused(zero);
    assertThat(outcome.getMessage()).contains("denominator after exclusions and exceptions is 0").contains("never 0 %");
    assertThat(outcome.getKeyResultId()).contains("kr-dpa");
    ObjectNode negative = summary();
    population(populations(negative), "denominator-exclusion", 120);
    assertThat(refused(negative).getMessage()).contains("is -20");
  }

  @Test
  void a_duplicate_population_or_a_fractional_count_is_refused() {
    ObjectNode duplicate = summary();
    population(populations(duplicate), "numerator", 3);
    assertThat(refused(duplicate).getMessage()).contains("'numerator' appears twice");
    ObjectNode fraction = summary();
    ((ObjectNode) populations(fraction).get(1)).put("count", new BigDecimal("80.5"));
    assertThat(refused(fraction).getPointer()).isEqualTo("/group/0/population/1/count");
    ObjectNode negative = summary();
    ((ObjectNode) populations(negative).get(1)).put("count", -1);
    assertThat(refused(negative).getMessage()).contains("from 0 to");
  }

  @Test
  void counts_win_over_a_score_that_says_otherwise() {
    ObjectNode report = summary();
    ((ObjectNode) group(report).get("measureScore")).put("value", new BigDecimal("0.5"));
    ImportReport result = run(report);
    assertThat(applied(result, "kr-dpa").getValue()).isEqualByComparingTo("80");
    assertThat(only(result, Kind.WARNING).getMessage()).contains("measureScore 0.5 differs from the counts 80/100");
  }

  @Test
  void a_score_equal_to_one_minus_the_counts_is_reported_as_an_inverting_producer() {
    // the cqframework convention for a 'decrease' measure: 1 − 80/100 = 0.2
    ObjectNode report = summary();
    report.put("measure", Fixtures.INFECTIONS);
    ((ObjectNode) report.get("improvementNotation").get("coding").get(0)).put("code", "decrease");
    ((ObjectNode) group(report).get("measureScore")).put("value", new BigDecimal("0.2"));
    populations(report).removeAll();
    population(populations(report), "numerator", 8);
    population(populations(report), "denominator", 10);
    ((ObjectNode) group(report).get("measureScore")).put("value", new BigDecimal("0.20"));
    ImportReport result = run(report);
    CheckIn checkIn = applied(result, "kr-infections");
    assertThat(checkIn.getValue()).as("8/10, never flipped").isEqualByComparingTo("80");
    assertThat(only(result, Kind.WARNING).getMessage()).contains("inverts the scores of 'decrease' measures");
  }

  @Test
  void a_score_rounded_to_its_own_digits_agrees_with_the_counts() {
    ObjectNode report = summary();
    populations(report).removeAll();
    population(populations(report), "numerator", 1);
    population(populations(report), "denominator", 3);
    ((ObjectNode) group(report).get("measureScore")).put("value", new BigDecimal("0.333"));
    ImportReport result = run(report);
    assertThat(applied(result, "kr-dpa").getValue()).as("100 × 1 / 3 to 6 decimals").isEqualByComparingTo("33.333333");
    assertThat(result.get(Kind.WARNING)).isEmpty();
  }

  @Test
  void a_rate_key_result_needs_the_counts() {
    ObjectNode report = summary();
    group(report).remove("population");
    assertThat(refused(report).getMessage()).contains("needs numerator and denominator");
  }

  // ---------------------------------------------------------------- scores without counts

  @Test
  void without_counts_a_percent_score_is_a_percentage_and_a_bare_proportion_a_fraction() {
    ObjectNode percent = summary().put("measure", Fixtures.SATISFACTION);
    group(percent).remove("population");
    ((ObjectNode) group(percent).get("measureScore")).put("value", new BigDecimal("78.5")).put("unit", "%")
        .put("system", MeasureReportImport.UCUM).put("code", "%");
    assertThat(applied(run(percent), "kr-satisfaction").getValue()).isEqualTo(new BigDecimal("78.5"));
    ObjectNode fraction = summary().put("measure", Fixtures.SATISFACTION);
    group(fraction).remove("population");
    ((ObjectNode) group(fraction).get("measureScore")).put("value", new BigDecimal("0.785"));
    assertThat(applied(run(fraction), "kr-satisfaction").getValue()).isEqualByComparingTo("78.5");
  }

  @Test
  void a_decrease_report_without_counts_needs_the_producer_convention() {
    ObjectNode report = summary().put("measure", Fixtures.SATISFACTION);
    group(report).remove("population");
    ((ObjectNode) report.get("improvementNotation").get("coding").get(0)).put("code", "decrease");
    ((ObjectNode) group(report).get("measureScore")).put("value", new BigDecimal("0.3"));
    assertThat(refused(report).getMessage()).contains("configure the producer's score convention");
    MeasureReportImport raw = MeasureReportImport.builder().scoreConvention(ScoreConvention.RAW).build();
    assertThat(applied(raw.apply(plan(), bytes(report)), "kr-satisfaction").getValue()).isEqualByComparingTo("30");
    MeasureReportImport complement = MeasureReportImport.builder().scoreConvention(ScoreConvention.COMPLEMENT_ON_DECREASE).build();
    assertThat(applied(complement.apply(plan(), bytes(report)), "kr-satisfaction").getValue()).isEqualByComparingTo("70");
  }

  @Test
  void a_notation_that_disagrees_with_the_key_result_is_a_warning_and_nothing_is_flipped() {
    // kr-infections goes from 5 down to 2; the report says 'increase'
    ObjectNode report = summary().put("measure", Fixtures.INFECTIONS);
    ImportReport result = run(report);
    assertThat(applied(result, "kr-infections").getValue()).isEqualByComparingTo("80");
    assertThat(only(result, Kind.WARNING).getMessage()).contains("'increase' disagrees with key result 'kr-infections'");
  }

  @Test
  void a_group_notation_extension_wins_over_the_report_notation() {
    ObjectNode report = summary().put("measure", Fixtures.INFECTIONS);
    group(report).putArray("extension").addObject()
        .put("url", "http://hl7.org/fhir/uv/deqm/StructureDefinition/deqm-groupImprovementNotation")
        .putObject("valueCodeableConcept").putArray("coding").addObject()
        .put("system", MeasureReportImport.NOTATION_SYSTEM).put("code", "decrease");
    assertThat(run(report).get(Kind.WARNING)).isEmpty();
  }

  // ---------------------------------------------------------------- continuous measures

  @Test
  void a_continuous_measure_feeds_a_move_to_target_key_result_in_its_unit() {
    CheckIn checkIn = applied(run(continuous("212.5", "min")), "kr-attente");
    assertThat(checkIn.getValue()).isEqualTo(new BigDecimal("212.5"));
    assertThat(checkIn.isRate()).isFalse();
  }

  @Test
  void a_unit_mismatch_is_refused_with_both_units_named() {
    ImportOutcome outcome = refused(continuous("3.5", "h"));
    assertThat(outcome.getMessage()).contains("'h'").contains("MINUTES").contains("'min'");
    assertThat(refused(continuous("212", null)).getMessage()).contains("none");
  }

  @Test
  void decimals_are_kept_digit_for_digit() {
    assertThat(applied(run(continuous("212.50", "min")), "kr-attente").getValue()).isEqualTo(new BigDecimal("212.50"));
  }

  // ---------------------------------------------------------------- idempotency and versions

  @Test
  void importing_the_same_report_twice_changes_nothing() {
    ImportReport first = run(summary());
    ImportReport second = FHIR.apply(first.getPlan(), bytes(summary()));
    assertThat(second.getPlan()).isSameAs(first.getPlan());
    assertThat(only(second, Kind.SKIPPED).getSourceRef()).contains("fhir:MeasureReport/summ-01/_history/1");
    ImportReport doubled = run(bundle(summary(), summary()));
    assertThat(doubled.get(Kind.APPLIED)).hasSize(1);
    assertThat(doubled.get(Kind.SKIPPED)).hasSize(1);
  }

  @Test
  void a_new_version_of_a_report_is_a_later_check_in_that_wins() {
    ObjectNode v2 = summary().put("date", "2026-04-20T10:00:00+02:00");
    ((ObjectNode) v2.get("meta")).put("versionId", "2");
    populations(v2).removeAll();
    population(populations(v2), "numerator", 85);
    population(populations(v2), "denominator", 100);
    ((ObjectNode) group(v2).get("measureScore")).put("value", new BigDecimal("0.85"));
    Plan plan = run(bundle(summary(), v2)).getPlan();
    List<CheckIn> checkIns = plan.keyResult("kr-dpa").orElseThrow().getCheckIns();
    assertThat(checkIns).hasSize(2);
    assertThat(checkIns.get(1).getObservedOn()).isEqualTo(checkIns.get(0).getObservedOn());
    assertThat(checkIns.get(1).getRecordedAt()).isAfter(checkIns.get(0).getRecordedAt());
    assertThat(checkIns.get(1).getValue()).isEqualByComparingTo("85");
    assertThat(checkIns.get(1).getSourceRef()).contains("fhir:MeasureReport/summ-01/_history/2");
  }

  @Test
  void a_report_without_id_is_keyed_by_its_identifier_or_else_its_measure_and_period() {
    ObjectNode identified = summary();
    identified.remove("id");
    identified.putArray("identifier").addObject().put("system", "urn:oid:1.2.3").put("value", "R-7");
    assertThat(applied(run(identified), "kr-dpa").getSourceRef()).contains("fhir:identifier:urn:oid:1.2.3|R-7/_history/1");
    ObjectNode bare = summary();
    bare.remove("id");
    bare.remove("meta");
    assertThat(applied(run(bare), "kr-dpa").getSourceRef())
        .contains("fhir:measure:" + Fixtures.DPA + "|2026|period=2026-01-01/2026-03-31");
  }

  // ---------------------------------------------------------------- bundles

  @Test
  void a_bundle_applies_the_good_reports_and_reports_each_bad_one() {
    ObjectNode bad1 = summary().put("id", "bad-1").put("status", "error");
    ObjectNode bad2 = summary().put("id", "bad-2").put("type", "individual");
    ObjectNode good2 = continuous("200", "min");
    ImportReport result = run(bundle(summary(), bad1, good2, bad2));
    assertThat(result.get(Kind.APPLIED)).extracting(o -> o.getKeyResultId().orElseThrow()).containsExactly("kr-dpa", "kr-attente");
    assertThat(result.get(Kind.REFUSED)).extracting(ImportOutcome::getPointer)
        .containsExactly("/entry/1/resource/status", "/entry/3/resource/type");
    assertThat(result.isComplete()).isFalse();
    assertThat(result.getPlan().keyResult("kr-attente").orElseThrow().getCheckIns()).hasSize(1);
  }

  @Test
  void all_or_nothing_applies_none_when_one_report_is_refused() {
    MeasureReportImport strict = MeasureReportImport.builder().allOrNothing(true).build();
    ImportReport result = strict.apply(plan(), bytes(bundle(summary(), summary().put("id", "bad").put("status", "error"))));
    assertThat(result.getPlan()).isEqualTo(plan());
    assertThat(result.get(Kind.APPLIED)).isEmpty();
    assertThat(result.get(Kind.WITHHELD)).hasSize(1);
    assertThat(result.get(Kind.REFUSED)).hasSize(1);
    ImportReport clean = strict.apply(plan(), bytes(bundle(summary())));
    assertThat(clean.get(Kind.APPLIED)).hasSize(1);
  }

  @Test
  void a_bundle_entry_that_is_not_a_measure_report_is_refused_unread() {
    ObjectNode patient = Fixtures.MAPPER.createObjectNode().put("resourceType", "Patient").put("id", "p-secret");
    patient.putArray("name").addObject().put("family", "Martin");
    ImportReport result = run(bundle(summary(), patient));
    ImportOutcome outcome = only(result, Kind.REFUSED);
    assertThat(outcome.getPointer()).isEqualTo("/entry/1/resource/resourceType");
    assertThat(outcome.getMessage()).doesNotContain("p-secret").doesNotContain("Martin");
    assertThat(result.get(Kind.APPLIED)).hasSize(1);
  }

  @Test
  void the_report_text_counts_each_kind() {
    ImportReport result = run(bundle(summary(), summary(), summary().put("id", "x").put("status", "error")));
    assertThat(result).hasToString("ImportReport{applied=1, skipped=1, refused=1, withheld=0, warnings=0}");
    assertThat(result.get(Kind.REFUSED).get(0).toString()).startsWith("REFUSED /entry/2/resource/status (1:");
  }
}
