package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link CheckInColumns}: the check-ins of a key result kept in columns give back equal
 * {@link CheckIn}s for every combination of attributes, and appending shares the columns.
 */
class CheckInColumnsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
  private static final Instant MORNING_AFTER = Instant.parse("2026-04-01T08:30:00Z");

  /** Every combination of the common and rare attributes, each read back equal. */
  @Test
  void every_combination_of_attributes_is_read_back_equal() {
    List<CheckIn> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << 9; mask++) {
      all.add(combination(mask));
    }
    CheckInColumns columns = CheckInColumns.copyOf(all);
    assertThat(columns).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      CheckIn read = columns.get(i);
      assertThat(read).as("combination %s", Integer.toBinaryString(i)).isEqualTo(all.get(i))
          .hasSameHashCodeAs(all.get(i));
      assertThat(read.toString()).isEqualTo(all.get(i).toString());
      assertThat(columns.value(i)).isEqualTo(all.get(i).getValue());
      assertThat(columns.isFinal(i)).isEqualTo(all.get(i).isFinal());
      assertThat(columns.isRate(i)).isEqualTo(all.get(i).isRate());
      assertThat(columns.observedEpochDay(i)).isEqualTo(all.get(i).getObservedOn().toEpochDay());
      assertThat(columns.recordedAt(i)).isEqualTo(all.get(i).getRecordedAt());
      assertThat(columns.sourceRef(i)).isEqualTo(all.get(i).getSourceRef().orElse(null));
    }
    assertThat(columns).isEqualTo(all).hasSameHashCodeAs(all);
    assertThat(all).isEqualTo(columns);
  }

  /** Bit by bit: rate, provisional, imported, confidence, author, note, source reference, sub-second instant, scale. */
  private static CheckIn combination(int mask) {
    CheckIn.Builder b = (mask & 1) != 0
        ? CheckIn.rateBuilder(BigDecimal.valueOf(7), BigDecimal.valueOf(9))
        : CheckIn.builder().value(new BigDecimal((mask & 256) != 0 ? "-12.50" : "42"));
    b.observedOn(DAY.plusDays(mask % 7));
    if ((mask & 2) != 0) {
      b.status(CheckInStatus.PROVISIONAL);
    }
    if ((mask & 4) != 0) {
      b.source(CheckInSource.IMPORT);
    }
    if ((mask & 8) != 0) {
      b.confidence(0.75);
    }
    if ((mask & 16) != 0) {
      b.authorId("p-" + (mask % 5));
    }
    if ((mask & 32) != 0) {
      b.note("audit n°" + mask);
    }
    if ((mask & 64) != 0) {
      b.sourceRef("csv:indicateurs.csv#row=" + mask);
    }
    if ((mask & 128) != 0) {
      b.recordedAt(MORNING_AFTER.plusNanos(1_000_000));
    } else if (mask % 3 == 0) {
      b.recordedAt(MORNING_AFTER);
    }
    return b.build();
  }

  @Test
  void only_a_note_goes_to_the_side_table_as_text_and_the_rest_stays_packed() {
    CheckIn noted = CheckIn.builder().observedOn(DAY).value(BigDecimal.ONE).note("revue").authorId("p-1").build();
    CheckInColumns columns = CheckInColumns.copyOf(List.of(CheckIn.of(DAY, "1"), noted));
    assertThat(columns.isPacked(0)).isTrue();
    assertThat(columns.isPacked(1)).isFalse();
    assertThat(columns.get(1)).isEqualTo(noted);
  }

  @Test
  void more_than_63_authors_in_one_key_result_are_kept_beside_the_columns() {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      checkIns.add(CheckIn.builder().observedOn(DAY.plusDays(i)).value(BigDecimal.valueOf(i)).authorId("p-" + i).build());
    }
    CheckInColumns columns = CheckInColumns.copyOf(checkIns);
    assertThat(columns).isEqualTo(checkIns);
    assertThat(columns.isPacked(62)).isTrue();
    assertThat(columns.isPacked(63)).isFalse();
  }

  @Test
  void negative_zero_confidence_is_kept_as_given() {
    CheckIn checkIn = CheckIn.builder().observedOn(DAY).value(BigDecimal.ONE).confidence(-0.0).build();
    assertThat(CheckInColumns.copyOf(List.of(checkIn)).get(0)).isEqualTo(checkIn);
  }

  @Test
  void an_append_to_the_latest_list_writes_into_its_columns_without_copying() {
    CheckInColumns list = CheckInColumns.EMPTY;
    List<CheckInColumns> versions = new ArrayList<>();
    int copies = 0;
    for (int i = 0; i < 1_000; i++) {
      CheckInColumns next = list.with(CheckIn.of(DAY.plusDays(i), String.valueOf(i)));
      if (!next.sharesColumnsWith(list)) {
        copies++;
      }
      versions.add(next);
      list = next;
    }
    // Growth by half again: about log_1.5(1000) copies, not one per append.
    assertThat(copies).isLessThan(20);
    // Every earlier version still reads its own check-ins only.
    for (int v = 0; v < versions.size(); v++) {
      CheckInColumns version = versions.get(v);
      assertThat(version).hasSize(v + 1);
      assertThat(version.get(v).getValue()).isEqualTo(BigDecimal.valueOf(v));
    }
  }

  @Test
  void an_append_to_an_older_list_copies_and_leaves_the_newer_list_intact() {
    CheckInColumns one = CheckInColumns.EMPTY.with(CheckIn.of(DAY, "1"));
    CheckInColumns two = one.with(CheckIn.of(DAY.plusDays(1), "2"));
    CheckInColumns other = one.with(CheckIn.builder().observedOn(DAY.plusDays(1)).value(new BigDecimal("3"))
        .note("autre").authorId("p-9").build());
    assertThat(two.sharesColumnsWith(one)).isTrue();
    assertThat(other.sharesColumnsWith(one)).isFalse();
    assertThat(two).containsExactly(CheckIn.of(DAY, "1"), CheckIn.of(DAY.plusDays(1), "2"));
    assertThat(other.get(1).getNote()).isEqualTo("autre");
    assertThat(other.get(1).getAuthorId()).contains("p-9");
    assertThat(two.get(1).getNote()).isEmpty();
  }

  @Test
  void a_list_built_at_once_has_no_room_and_its_first_append_copies_it() {
    CheckInColumns built = CheckInColumns.copyOf(List.of(CheckIn.of(DAY, "1"), CheckIn.of(DAY, "2")));
    CheckInColumns appended = built.with(CheckIn.of(DAY, "3"));
    assertThat(appended.sharesColumnsWith(built)).isFalse();
    assertThat(appended.with(CheckIn.of(DAY, "4")).sharesColumnsWith(appended)).isTrue();
  }

  @Test
  void the_list_is_read_only_and_checks_its_indexes() {
    CheckInColumns columns = CheckInColumns.copyOf(List.of(CheckIn.of(DAY, "1")));
    assertThatThrownBy(() -> columns.add(CheckIn.of(DAY, "2"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> columns.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> columns.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(CheckInColumns.copyOf(columns)).isSameAs(columns);
  }

  @Test
  void a_key_result_keeps_its_check_ins_in_columns_and_appends_share_them() {
    KeyResult kr = KeyResult.builder().id("kr-1").title("Taux").metric(Rate.ofPercent("50", "80"))
        .addCheckIns(CheckIn.ofRate(DAY, 5, 10), CheckIn.ofRate(DAY.plusDays(1), 6, 10)).build();
    KeyResult second = kr.withCheckIn(CheckIn.ofRate(DAY.plusDays(2), 7, 10));
    KeyResult third = second.withCheckIn(CheckIn.ofRate(DAY.plusDays(3), 8, 10));
    assertThat(kr.getCheckIns()).hasSize(2);
    assertThat(third.getCheckIns()).hasSize(4).startsWith(CheckIn.ofRate(DAY, 5, 10));
    assertThat(third.checkInColumns().sharesColumnsWith(second.checkInColumns())).isTrue();
    KeyResult copied = KeyResult.builder().from(third).addCheckIns(CheckIn.ofRate(DAY.plusDays(4), 9, 10)).build();
    assertThat(copied.getCheckIns()).hasSize(5).startsWith(third.getCheckIns().toArray(new CheckIn[0]));
    KeyResult replaced = KeyResult.builder().from(third).checkIns(List.of(CheckIn.ofRate(DAY, 1, 10))).build();
    assertThat(replaced.getCheckIns()).containsExactly(CheckIn.ofRate(DAY, 1, 10));
    assertThat(KeyResult.builder().from(third).build()).isEqualTo(third);
  }

  /**
   * Seeded property: random sequences of appends, some to older versions, with random attributes
   * (rare ones included): each version built from columns equals the list of plain values it
   * stands for.
   */
  @TestFactory
  Stream<DynamicTest> random_append_sequences_read_back_as_the_plain_lists() {
    return Seeds.cases(200).mapToObj(n -> {
      long seed = 20261129L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        List<CheckInColumns> versions = new ArrayList<>(List.of(CheckInColumns.EMPTY));
        List<List<CheckIn>> plain = new ArrayList<>(List.of(List.of()));
        int steps = random.nextInt(1, 80);
        for (int s = 0; s < steps; s++) {
          // mostly the latest version, sometimes an older one (a plan derived twice from one plan)
          int from = random.nextInt(4) == 0 ? random.nextInt(versions.size()) : versions.size() - 1;
          CheckIn checkIn = randomCheckIn(random);
          versions.add(versions.get(from).with(checkIn));
          List<CheckIn> next = new ArrayList<>(plain.get(from));
          next.add(checkIn);
          plain.add(next);
        }
        for (int v = 0; v < versions.size(); v++) {
          assertThat(versions.get(v)).as("seed %d, version %d", seed, v).isEqualTo(plain.get(v));
          assertThat(CheckInColumns.copyOf(plain.get(v))).as("seed %d, version %d at once", seed, v)
              .isEqualTo(plain.get(v));
        }
      });
    });
  }

  static CheckIn randomCheckIn(SplittableRandom random) {
    CheckIn.Builder b;
    int kind = random.nextInt(10);
    if (kind < 3) {
      long denominator = random.nextInt(8) == 0 ? random.nextLong(1, 20_000_000_000L) : random.nextInt(1, 500);
      long numerator = random.nextLong(0, denominator + 1);
      b = CheckIn.rateBuilder(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    } else if (kind < 4) {
      b = CheckIn.builder().value(new BigDecimal(random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L))
          .movePointLeft(random.nextInt(0, 4)));
    } else if (kind < 5) {
      b = CheckIn.builder().value(new BigDecimal("12.5000000"));
    } else {
      b = CheckIn.builder().value(BigDecimal.valueOf(random.nextInt(-5_000, 5_000), random.nextInt(0, 3)));
    }
    LocalDate observed = random.nextInt(30) == 0 ? LocalDate.of(1500, 1, 1).plusDays(random.nextInt(1000))
        : DAY.plusDays(random.nextInt(-400, 400));
    b.observedOn(observed);
    int recorded = random.nextInt(5);
    Instant start = observed.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    if (recorded == 1) {
      b.recordedAt(start.plusSeconds(random.nextInt(0, 5 * 86_400)));
    } else if (recorded == 2) {
      b.recordedAt(start.plusSeconds(random.nextLong(-200L * 86_400, 200L * 86_400)));
    } else if (recorded == 3) {
      b.recordedAt(start.plusMillis(random.nextInt(0, 86_400_000)));
    }
    int confidence = random.nextInt(4);
    if (confidence == 1) {
      b.confidence(random.nextInt(101) / 100.0);
    } else if (confidence == 2) {
      b.confidence(random.nextDouble());
    }
    if (random.nextInt(3) == 0) {
      b.authorId("p-" + random.nextInt(80));
    }
    if (random.nextInt(6) == 0) {
      b.note("note " + random.nextInt(100));
    }
    if (random.nextInt(8) == 0) {
      b.sourceRef("fhir:MeasureReport/r-" + random.nextInt(1_000_000) + "/_history/1");
    }
    if (random.nextInt(5) == 0) {
      b.status(CheckInStatus.PROVISIONAL);
    }
    b.source(CheckInSource.values()[random.nextInt(CheckInSource.values().length)]);
    return b.build();
  }
}
