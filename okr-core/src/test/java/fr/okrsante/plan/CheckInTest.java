package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The hand-written, compact check-in keeps every attribute exactly as given. */
class CheckInTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  @Test
  void defaults_are_final_manual_recorded_at_midnight_utc() {
    CheckIn checkIn = CheckIn.of(DAY, "87.5");
    assertThat(checkIn.getValue()).isEqualTo(new BigDecimal("87.5"));
    assertThat(checkIn.getRecordedAt()).isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
    assertThat(checkIn.getStatus()).isEqualTo(CheckInStatus.FINAL);
    assertThat(checkIn.getSource()).isEqualTo(CheckInSource.MANUAL);
    assertThat(checkIn.getNote()).isEmpty();
    assertThat(checkIn.getAuthorId()).isEmpty();
    assertThat(checkIn.getConfidence()).isEmpty();
    assertThat(checkIn.isRate()).isFalse();
  }

  @Test
  void values_keep_their_digits_and_scale_within_the_number_domain() {
    for (String value : new String[] {"0", "1.00", "-3.5", "123456789012345", "-999999999.999999", "1E+5",
        "0.000001", "2.500000000000000000000000000000000000000000000000000000000000000000000000000000000000000"}) {
      BigDecimal decimal = new BigDecimal(value);
      assertThat(CheckIn.of(DAY, decimal).getValue()).as(value).isEqualTo(decimal);
      assertThat(CheckIn.of(DAY, decimal).getValue().scale()).as(value).isEqualTo(decimal.scale());
    }
  }

  @Test
  void every_attribute_round_trips_through_the_builder() {
    Instant[] instants = {Instant.parse("2026-03-16T09:30:00Z"), Instant.parse("2026-03-16T09:30:00.123456789Z"),
        Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2300-01-01T00:00:00Z")};
    double[] confidences = {0, 0.7, 1, 0.123456789};
    for (Instant recorded : instants) {
      for (double confidence : confidences) {
        CheckIn checkIn = CheckIn.builder().observedOn(DAY).value(new BigDecimal("12.5")).recordedAt(recorded)
            .confidence(confidence).note("Relevé").authorId("p-1").source(CheckInSource.IMPORT)
            .status(CheckInStatus.PROVISIONAL).build();
        assertThat(checkIn.getRecordedAt()).isEqualTo(recorded);
        assertThat(checkIn.getConfidence()).isEqualTo(OptionalDouble.of(confidence));
        assertThat(checkIn.getNote()).isEqualTo("Relevé");
        assertThat(checkIn.getAuthorId()).contains("p-1");
        assertThat(checkIn.getSource()).isEqualTo(CheckInSource.IMPORT);
        assertThat(checkIn.getStatus()).isEqualTo(CheckInStatus.PROVISIONAL);
        CheckIn copy = checkIn.toBuilder().build();
        assertThat(copy).isEqualTo(checkIn).hasSameHashCodeAs(checkIn).hasToString(checkIn.toString());
      }
    }
  }

  @Test
  void rate_parts_small_or_not_round_trip() {
    CheckIn small = CheckIn.ofRate(DAY, 9, 12);
    assertThat(small.getNumerator()).contains(new BigDecimal("9"));
    assertThat(small.getDenominator()).contains(new BigDecimal("12"));
    assertThat(small.getValue()).isEqualTo(new BigDecimal("75"));
    assertThat(small.isRate()).isTrue();
    CheckIn large = CheckIn.rateBuilder(new BigDecimal("12345678901"), new BigDecimal("23456789012.5")).observedOn(DAY)
        .build();
    assertThat(large.getNumerator()).contains(new BigDecimal("12345678901"));
    assertThat(large.getDenominator()).contains(new BigDecimal("23456789012.5"));
    assertThat(large.isRate()).isTrue();
    assertThat(CheckIn.of(DAY, "1").getNumerator()).isEqualTo(Optional.empty());
  }

  @Test
  void observation_dates_are_shared_between_check_ins() {
    CheckIn a = CheckIn.of(LocalDate.of(2026, 5, 1), "1");
    CheckIn b = CheckIn.of(LocalDate.parse("2026-05-01"), "2");
    assertThat(a.getObservedOn()).isSameAs(b.getObservedOn());
    assertThat(CheckIn.of(LocalDate.of(-5000, 1, 1), "1").getObservedOn()).isEqualTo(LocalDate.of(-5000, 1, 1));
  }

  @Test
  void a_missing_value_or_date_is_named() {
    assertThatThrownBy(() -> CheckIn.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[value, observedOn]");
  }

  @Test
  void an_invalid_check_in_names_its_date_in_the_path() {
    assertThatThrownBy(() -> CheckIn.builder().observedOn(DAY).value(BigDecimal.ONE).numerator(BigDecimal.ONE).build())
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("checkIns[2026-03-15]");
  }
}
