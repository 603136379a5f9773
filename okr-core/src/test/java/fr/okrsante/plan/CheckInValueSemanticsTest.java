package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Equality, hash code and text form of check-ins: every attribute counts. */
class CheckInValueSemanticsTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  private static CheckIn.Builder full() {
    return CheckIn.rateBuilder(new BigDecimal("9"), new BigDecimal("12")).observedOn(JUNE_30)
        .recordedAt(Instant.parse("2026-07-01T08:30:00Z")).confidence(0.75).note("audit interne")
        .authorId("p-17").source(CheckInSource.IMPORT).status(CheckInStatus.PROVISIONAL);
  }

  @Test
  void check_ins_with_the_same_attributes_are_equal_with_equal_hash_codes() {
    assertThat(full().build()).isEqualTo(full().build()).hasSameHashCodeAs(full().build());
    assertThat(full().build()).isEqualTo(full().build().toBuilder().build());
  }

  @Test
  void every_attribute_takes_part_in_equality_and_hash_code() {
    CheckIn base = full().build();
    List<UnaryOperator<CheckIn.Builder>> changes = List.of(
        b -> b.value(new BigDecimal("76")).numerator(new BigDecimal("19")).denominator(new BigDecimal("25")),
        b -> b.observedOn(JUNE_30.plusDays(1)),
        b -> b.recordedAt(Instant.parse("2026-07-02T08:30:00Z")),
        b -> b.confidence(0.5),
        b -> b.confidence(OptionalDouble.empty()),
        b -> b.note("autre note"),
        b -> b.authorId("p-18"),
        b -> b.source(CheckInSource.MANUAL),
        b -> b.status(CheckInStatus.FINAL));
    for (UnaryOperator<CheckIn.Builder> change : changes) {
      CheckIn changed = change.apply(base.toBuilder()).build();
      assertThat(changed).as("changed: " + changed).isNotEqualTo(base);
      assertThat(changed.hashCode()).as("hash of " + changed).isNotEqualTo(base.hashCode());
    }
    assertThat(base).isNotEqualTo("a check-in").isNotEqualTo(null).isEqualTo(base);
  }

  @Test
  void values_with_another_scale_are_different_check_ins() {
    assertThat(CheckIn.of(JUNE_30, "1.0")).isNotEqualTo(CheckIn.of(JUNE_30, "1.00"));
  }

  @Test
  void text_form_lists_every_attribute_that_is_set() {
    assertThat(full().build().toString()).isEqualTo("CheckIn{value=75, numerator=9, denominator=12, observedOn=2026-06-30, "
        + "recordedAt=2026-07-01T08:30:00Z, confidence=0.75, note=audit interne, authorId=p-17, source=IMPORT, status=PROVISIONAL}");
    assertThat(CheckIn.of(JUNE_30, "216").toString()).isEqualTo("CheckIn{value=216, observedOn=2026-06-30, "
        + "recordedAt=2026-06-30T00:00:00Z, note=, source=MANUAL, status=FINAL}");
  }

  @Test
  void clearing_the_confidence_removes_it() {
    assertThat(full().confidence(OptionalDouble.empty()).build().getConfidence()).isEmpty();
    assertThat(full().confidence(OptionalDouble.of(0.25)).build().getConfidence()).hasValue(0.25);
  }

  @Test
  void a_rate_of_zero_is_allowed() {
    CheckIn none = CheckIn.ofRate(JUNE_30, 0, 12);
    assertThat(none.getValue()).isEqualByComparingTo("0");
    assertThat(none.getNumerator()).hasValue(BigDecimal.ZERO);
  }

  @Test
  void a_confidence_that_is_not_a_number_is_refused_with_its_path() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CheckIn.builder().observedOn(JUNE_30).value(BigDecimal.ONE).confidence(Double.NaN).build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("checkIns[2026-06-30].confidence");
  }

  @Test
  void a_confidence_outside_zero_to_one_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CheckIn.builder().observedOn(JUNE_30).value(BigDecimal.ONE).confidence(1.5).build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("confidence");
  }
}
