package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compact storage of check-ins in {@link CheckInColumns} (packed words, derived rate values,
 * the rare attributes in the side table) gives back exactly what was built, at and across every
 * boundary of the packing: observation days around 1611 and 2328, recording instants 97 days away
 * or with fractions of a second, scales 0 to 6 and beyond, 18 and 19 digits, rate parts of 9 and
 * 10 digits, rates whose value is or is not the computed percentage, confidences in hundredths or
 * finer.
 */
class CheckInStorageTest {

  private static final int CASES = 100_000;
  /** The first and last days kept packed. */
  private static final long FIRST_PACKED_DAY = -(1 << 17);
  private static final long LAST_PACKED_DAY = (1 << 17) - 1;
  private static final long MAX_PACKED_OFFSET = (1 << 23) - 1;

  @Test
  void every_attribute_comes_back_exactly_whatever_the_packing() {
    SplittableRandom random = new SplittableRandom(20261126);
    int built = 0;
    int rates = 0;
    int cases = Seeds.count(CASES);
    for (int i = 0; i < cases; i++) {
      Case c = Case.random(random);
      CheckIn checkIn;
      CheckIn given;
      try {
        given = c.builder().build();
      } catch (InvalidPlanException e) {
        continue;
      }
      CheckInColumns columns = CheckInColumns.copyOf(List.of(given));
      checkIn = columns.get(0);
      assertThat(checkIn).as("case " + i).isEqualTo(given).hasSameHashCodeAs(given);
      built++;
      if (c.numerator != null) {
        rates++;
      }
      String label = "case " + i;
      assertThat(checkIn.getValue()).as(label).isEqualTo(c.value);
      assertThat(checkIn.getValue().scale()).as(label).isEqualTo(c.value.scale());
      assertThat(checkIn.getObservedOn()).as(label).isEqualTo(c.observedOn);
      assertThat(checkIn.getRecordedAt()).as(label)
          .isEqualTo(c.recordedAt != null ? c.recordedAt : c.observedOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
      assertThat(checkIn.getConfidence()).as(label)
          .isEqualTo(c.confidence == null ? OptionalDouble.empty() : OptionalDouble.of(c.confidence));
      assertThat(checkIn.getNote()).as(label).isEqualTo(c.note);
      assertThat(checkIn.getAuthorId()).as(label).isEqualTo(java.util.Optional.ofNullable(c.authorId));
      assertThat(checkIn.getNumerator()).as(label).isEqualTo(java.util.Optional.ofNullable(c.numerator));
      assertThat(checkIn.getDenominator()).as(label).isEqualTo(java.util.Optional.ofNullable(c.denominator));
      assertThat(checkIn.isRate()).as(label).isEqualTo(c.numerator != null);
      assertThat(checkIn.getSource()).as(label).isEqualTo(c.source);
      assertThat(checkIn.getStatus()).as(label).isEqualTo(c.status);
      assertThat(checkIn.getSourceRef()).as(label).isEqualTo(java.util.Optional.ofNullable(c.sourceRef));
      assertThat(columns.isPacked(0)).as(label + " packed").isEqualTo(c.fitsThePacking());
      CheckIn copy = checkIn.toBuilder().build();
      assertThat(copy).as(label).isEqualTo(checkIn).hasSameHashCodeAs(checkIn);
    }
    // The generator must mostly produce valid check-ins, rates among them, or this test proves little.
    assertThat(built).isGreaterThan(cases * 8 / 10);
    assertThat(rates).isGreaterThan(cases / 5);
  }

  @Test
  void observation_days_within_the_packing_are_shared_and_others_kept_as_given() {
    for (long day : new long[] {FIRST_PACKED_DAY, FIRST_PACKED_DAY + 1, 0, LAST_PACKED_DAY - 1, LAST_PACKED_DAY}) {
      CheckIn first = CheckIn.of(LocalDate.ofEpochDay(day), "1");
      CheckIn second = CheckIn.of(LocalDate.ofEpochDay(day), "2");
      assertThat(first.getObservedOn()).isEqualTo(LocalDate.ofEpochDay(day)).isSameAs(second.getObservedOn());
      assertThat(isPacked(first)).isTrue();
    }
    for (long day : new long[] {FIRST_PACKED_DAY - 1, LAST_PACKED_DAY + 1}) {
      LocalDate given = LocalDate.ofEpochDay(day);
      CheckIn checkIn = CheckIn.of(given, "1");
      assertThat(checkIn.getObservedOn()).isSameAs(given);
      assertThat(isPacked(checkIn)).isFalse();
      assertThat(checkIn.getRecordedAt()).isEqualTo(given.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
  }

  @Test
  void a_source_reference_goes_to_the_side_table_and_leaves_other_check_ins_packed() {
    LocalDate day = LocalDate.of(2026, 3, 31);
    CheckIn plain = CheckIn.ofRate(day, 80, 100);
    CheckIn imported = CheckIn.rateBuilder(BigDecimal.valueOf(80), BigDecimal.valueOf(100)).observedOn(day)
        .sourceRef("fhir:MeasureReport/summ-01/_history/2").build();
    assertThat(isPacked(plain)).isTrue();
    assertThat(plain.getSourceRef()).isEmpty();
    assertThat(isPacked(imported)).isFalse();
    assertThat(imported.getSourceRef()).contains("fhir:MeasureReport/summ-01/_history/2");
    assertThat(imported.getValue()).isEqualTo(plain.getValue());
    assertThat(imported).isNotEqualTo(plain);
    assertThat(imported.toBuilder().build()).isEqualTo(imported).hasSameHashCodeAs(imported);
    assertThat(imported.toBuilder().sourceRef(java.util.Optional.empty()).build()).isEqualTo(plain);
  }

  @Test
  void a_rate_value_that_is_not_the_percentage_is_still_reported_as_given() {
    CheckIn.Builder builder = CheckIn.builder().observedOn(LocalDate.of(2026, 3, 31))
        .numerator(BigDecimal.valueOf(9)).denominator(BigDecimal.valueOf(12)).value(new BigDecimal("76"));
    org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("is 76 but 9/12 is 75 %");
  }

  @Test
  void the_computed_percentage_rounds_half_to_even_at_the_value_scale() {
    // 1/8 = 12.5 %: at scale 0 the half goes to the even 12; 3/8 = 37.5 % goes to 38.
    assertThat(rate(1, 8, "12").getValue()).isEqualTo(new BigDecimal("12"));
    assertThat(rate(3, 8, "38").getValue()).isEqualTo(new BigDecimal("38"));
    assertThat(rate(1, 3, "33.3").getValue()).isEqualTo(new BigDecimal("33.3"));
    assertThat(rate(2, 3, "66.67").getValue()).isEqualTo(new BigDecimal("66.67"));
    assertThat(rate(2, 3, "66.666667").getValue()).isEqualTo(new BigDecimal("66.666667"));
    assertThat(rate(2, 3, "66.666667000000000").getValue()).isEqualTo(new BigDecimal("66.666667000000000"));
    assertThat(rate(999_999_999, 1, "99999999900").getValue()).isEqualTo(new BigDecimal("99999999900"));
  }

  private static boolean isPacked(CheckIn checkIn) {
    CheckInColumns columns = CheckInColumns.copyOf(List.of(checkIn));
    assertThat(columns.get(0)).isEqualTo(checkIn);
    return columns.isPacked(0);
  }

  private static CheckIn rate(long numerator, long denominator, String value) {
    return CheckIn.builder().observedOn(LocalDate.of(2026, 3, 31)).numerator(BigDecimal.valueOf(numerator))
        .denominator(BigDecimal.valueOf(denominator)).value(new BigDecimal(value)).build();
  }

  /** One set of attributes, drawn around the packing's boundaries. */
  private static final class Case {
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal numerator;
    BigDecimal denominator;
    LocalDate observedOn = LocalDate.EPOCH;
    Instant recordedAt;
    Double confidence;
    String note = "";
    String authorId;
    CheckInSource source = CheckInSource.MANUAL;
    CheckInStatus status = CheckInStatus.FINAL;
    String sourceRef;

    static Case random(SplittableRandom random) {
      Case c = new Case();
      c.observedOn = LocalDate.ofEpochDay(day(random));
      if (random.nextInt(3) == 0) {
        rate(c, random);
      } else {
        c.value = decimal(random);
      }
      switch (random.nextInt(6)) {
        case 0:
          c.recordedAt = null;
          break;
        case 1:
          c.recordedAt = start(c).plusSeconds(MAX_PACKED_OFFSET + random.nextInt(-2, 3));
          break;
        case 2:
          c.recordedAt = start(c).minusSeconds(MAX_PACKED_OFFSET + random.nextInt(-2, 3));
          break;
        case 3:
          c.recordedAt = start(c).plusSeconds(random.nextInt(0, 5 * 86_400)).plusNanos(random.nextInt(2) * 1_000_000);
          break;
        default:
          c.recordedAt = start(c).plusSeconds(random.nextLong(-400L * 86_400, 400L * 86_400));
          break;
      }
      switch (random.nextInt(5)) {
        case 0:
          c.confidence = null;
          break;
        case 1:
          c.confidence = random.nextInt(101) / 100.0;
          break;
        case 2:
          c.confidence = random.nextInt(10_001) / 10_000.0;
          break;
        case 3:
          c.confidence = random.nextDouble();
          break;
        default:
          c.confidence = random.nextBoolean() ? 0.0 : 1.0;
          break;
      }
      c.note = random.nextInt(4) == 0 ? "note " + random.nextInt(1000) : "";
      c.authorId = random.nextInt(3) == 0 ? null : "p-" + random.nextInt(50);
      c.source = CheckInSource.values()[random.nextInt(CheckInSource.values().length)];
      c.status = CheckInStatus.values()[random.nextInt(CheckInStatus.values().length)];
      c.sourceRef = random.nextInt(5) == 0 ? "fhir:MeasureReport/r-" + random.nextInt(1000) + "/_history/2" : null;
      return c;
    }

    private static Instant start(Case c) {
      return c.observedOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private static long day(SplittableRandom random) {
      switch (random.nextInt(4)) {
        case 0:
          return FIRST_PACKED_DAY + random.nextInt(-3, 4);
        case 1:
          return LAST_PACKED_DAY + random.nextInt(-3, 4);
        case 2:
          return random.nextLong(-1_000_000, 1_000_000);
        default:
          return LocalDate.of(2026, 1, 1).toEpochDay() + random.nextInt(730);
      }
    }

    /**
     * A value within the number domain (at most 15 significant digits, 6 decimals), sometimes
     * written with trailing zeros up to a scale of 40 or 22 digits: those are still in the domain
     * and cross the packing's scale and digit boundaries.
     */
    private static BigDecimal decimal(SplittableRandom random) {
      int bits = random.nextInt(1, 17) * 3;
      BigInteger unscaled = new BigInteger(bits, new java.util.Random(random.nextLong()));
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      int scale = random.nextInt(8) == 0 ? random.nextInt(-4, 7) : random.nextInt(0, 4);
      return withTrailingZeros(new BigDecimal(unscaled, scale), random);
    }

    private static BigDecimal withTrailingZeros(BigDecimal value, SplittableRandom random) {
      return random.nextInt(6) == 0 ? value.setScale(Math.max(0, value.scale()) + random.nextInt(1, 35)) : value;
    }

    private static void rate(Case c, SplittableRandom random) {
      long denominator = random.nextInt(5) == 0 ? random.nextLong(1, 20_000_000_000L) : random.nextInt(1, 3000);
      long numerator = random.nextInt(5) == 0 ? random.nextLong(0, 20_000_000_000L) : random.nextLong(0, denominator + 1);
      c.numerator = BigDecimal.valueOf(numerator);
      c.denominator = BigDecimal.valueOf(denominator);
      BigDecimal exact = c.numerator.multiply(BigDecimal.valueOf(100)).divide(c.denominator, MathContext.DECIMAL64);
      int scale = random.nextInt(4) == 0 ? random.nextInt(0, 7) : Math.min(6, Math.max(0, exact.stripTrailingZeros().scale()));
      c.value = c.numerator.multiply(BigDecimal.valueOf(100)).divide(c.denominator, scale, java.math.RoundingMode.HALF_EVEN);
      if (NumberDomain.decimalProblem(c.value) != null) {
        c.value = CheckIn.derivedPercent(c.numerator, c.denominator);
      }
      c.value = withTrailingZeros(c.value, random);
    }

    /** What the packing promises to hold in the columns alone (see the class comment of CheckInColumns). */
    boolean fitsThePacking() {
      long day = observedOn.toEpochDay();
      boolean dayFits = day >= FIRST_PACKED_DAY && day <= LAST_PACKED_DAY;
      boolean recordedFits = recordedAt == null || (recordedAt.getNano() == 0
          && Math.abs(recordedAt.getEpochSecond() - day * 86_400L) <= MAX_PACKED_OFFSET);
      boolean confidenceFits = confidence == null || Math.round(confidence * 100) / 100.0 == confidence;
      boolean scaleFits = value.scale() >= 0 && value.scale() <= 6;
      boolean valueFits = numerator != null
          ? numerator.precision() <= 9 && denominator.precision() <= 9 && scaleFits && isPercentAtItsScale()
          : scaleFits && value.precision() <= 18;
      return dayFits && recordedFits && confidenceFits && valueFits && note.isEmpty() && sourceRef == null;
    }

    /** A rate's value is computed, not stored, when it is the percentage at its written scale (no trailing zeros beyond it). */
    private boolean isPercentAtItsScale() {
      return value.equals(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, value.scale(),
          java.math.RoundingMode.HALF_EVEN));
    }

    CheckIn.Builder builder() {
      CheckIn.Builder b = CheckIn.builder().value(value).observedOn(observedOn).note(note).source(source).status(status);
      if (numerator != null) {
        b.numerator(numerator).denominator(denominator);
      }
      if (recordedAt != null) {
        b.recordedAt(recordedAt);
      }
      if (confidence != null) {
        b.confidence(confidence);
      }
      if (authorId != null) {
        b.authorId(authorId);
      }
      if (sourceRef != null) {
        b.sourceRef(sourceRef);
      }
      return b;
    }
  }
}
