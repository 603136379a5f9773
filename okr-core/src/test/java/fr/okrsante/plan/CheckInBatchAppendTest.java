package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The batch append ({@link CheckInColumns#withAll}, {@link Plan#withCheckIns}): a batch gives what
 * appending the same check-ins one by one gives, in columns of the exact size, whichever version
 * of a list or plan it is appended to.
 */
class CheckInBatchAppendTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  // ---------------------------------------------------------------- columns

  @Test
  void a_batch_lands_in_columns_of_its_exact_size_and_the_next_append_copies_them() {
    CheckInColumns one = CheckInColumns.EMPTY.with(CheckIn.of(DAY, "1"));
    CheckInColumns batched = one.withAll(List.of(CheckIn.of(DAY, "2"), CheckIn.of(DAY, "3")));
    assertThat(batched).containsExactly(CheckIn.of(DAY, "1"), CheckIn.of(DAY, "2"), CheckIn.of(DAY, "3"));
    assertThat(batched.sharesColumnsWith(one)).isFalse();
    assertThat(batched.with(CheckIn.of(DAY, "4")).sharesColumnsWith(batched)).as("no room left after a batch").isFalse();
    assertThat(one).containsExactly(CheckIn.of(DAY, "1"));
  }

  @Test
  void an_empty_batch_returns_the_same_list() {
    CheckInColumns one = CheckInColumns.EMPTY.with(CheckIn.of(DAY, "1"));
    assertThat(one.withAll(List.of())).isSameAs(one);
  }

  /**
   * Seeded property: random sequences of batches (and single appends), each to the latest version
   * or an older one, with random attributes (rare ones included): every version equals the same
   * check-ins appended one by one, and the plain list it stands for, read through the list and
   * through the column accessors.
   */
  @TestFactory
  Stream<DynamicTest> random_batches_equal_the_same_check_ins_appended_one_by_one() {
    return Seeds.cases(200).mapToObj(n -> {
      long seed = 20261130L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        List<CheckInColumns> versions = new ArrayList<>(List.of(CheckInColumns.EMPTY));
        List<List<CheckIn>> plain = new ArrayList<>(List.of(List.of()));
        int steps = random.nextInt(1, 40);
        for (int s = 0; s < steps; s++) {
          int from = random.nextInt(3) == 0 ? random.nextInt(versions.size()) : versions.size() - 1;
          List<CheckIn> batch = new ArrayList<>();
          for (int k = random.nextInt(0, 12); k > 0; k--) {
            batch.add(CheckInColumnsTest.randomCheckIn(random));
          }
          CheckInColumns oneByOne = versions.get(from);
          for (CheckIn checkIn : batch) {
            oneByOne = oneByOne.with(checkIn);
          }
          CheckInColumns batched = random.nextInt(4) == 0 && batch.size() == 1
              ? versions.get(from).with(batch.get(0)) : versions.get(from).withAll(batch);
          List<CheckIn> next = new ArrayList<>(plain.get(from));
          next.addAll(batch);
          assertThat(batched).as("seed %d, step %d", seed, s).isEqualTo(oneByOne).isEqualTo(next)
              .hasSameHashCodeAs(next);
          versions.add(batched);
          plain.add(next);
        }
        for (int v = 0; v < versions.size(); v++) {
          CheckInColumns version = versions.get(v);
          List<CheckIn> expected = plain.get(v);
          assertThat(version).as("seed %d, version %d", seed, v).isEqualTo(expected);
          for (int i = 0; i < expected.size(); i++) {
            CheckIn checkIn = expected.get(i);
            assertThat(version.value(i)).as("seed %d, version %d, value %d", seed, v, i).isEqualTo(checkIn.getValue());
            assertThat(version.observedEpochDay(i)).isEqualTo(checkIn.getObservedOn().toEpochDay());
            assertThat(version.recordedAt(i)).isEqualTo(checkIn.getRecordedAt());
            assertThat(version.isFinal(i)).isEqualTo(checkIn.isFinal());
            assertThat(version.isRate(i)).isEqualTo(checkIn.isRate());
            assertThat(version.sourceRef(i)).isEqualTo(checkIn.getSourceRef().orElse(null));
          }
        }
      });
    });
  }

  // ---------------------------------------------------------------- plans

  private static final List<String> RATES = List.of("kr-r1", "kr-r2", "kr-r3");
  private static final List<String> VALUES = List.of("kr-v1", "kr-v2", "kr-v3", "kr-v4");

  /** Three objectives; rate and value key results spread over them, some with check-ins already. */
  private static Plan plan() {
    KeyResult r1 = KeyResult.builder().id("kr-r1").title("Taux 1").metric(Rate.ofPercent("40", "90"))
        .addCheckIns(CheckIn.ofRate(DAY.minusDays(30), 4, 10)).build();
    KeyResult r2 = KeyResult.builder().id("kr-r2").title("Taux 2").metric(Rate.ofPercent("40", "90")).build();
    KeyResult r3 = KeyResult.builder().id("kr-r3").title("Taux 3").metric(Rate.ofPercent("90", "40")).build();
    KeyResult v1 = KeyResult.builder().id("kr-v1").title("Nombre 1").metric(MoveToTarget.of("0", Target.absolute("10")))
        .addCheckIns(CheckIn.builder().observedOn(DAY.minusDays(30)).value(BigDecimal.ONE).sourceRef("ref-1").build())
        .build();
    KeyResult v2 = KeyResult.builder().id("kr-v2").title("Nombre 2").metric(MoveToTarget.of("0", Target.absolute("10"))).build();
    KeyResult v3 = KeyResult.builder().id("kr-v3").title("Nombre 3").metric(MoveToTarget.of("5", Target.absolute("1"))).build();
    KeyResult v4 = KeyResult.builder().id("kr-v4").title("Nombre 4").metric(MoveToTarget.of("0", Target.absolute("3"))).build();
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(
            Objective.builder().id("obj-a").title("A").ownerUnitId("chu").cycleId("2026").addKeyResults(r1, v1, v2).build(),
            Objective.builder().id("obj-b").title("B").ownerUnitId("chu").cycleId("2026").addKeyResults(v3).build(),
            Objective.builder().id("obj-c").title("C").ownerUnitId("chu").cycleId("2026").addKeyResults(v4, r2, r3).build())
        .build();
  }

  /** The reference: the batch appended one check-in at a time, as {@code withCheckIns} did before. */
  private static AppendedCheckIns oneByOne(Plan plan, List<KeyResultCheckIn> batch) {
    Plan current = plan;
    List<KeyResultCheckIn> applied = new ArrayList<>();
    List<KeyResultCheckIn> skipped = new ArrayList<>();
    for (KeyResultCheckIn item : batch) {
      Optional<String> ref = item.getCheckIn().getSourceRef();
      if (ref.isPresent() && current.hasCheckInFrom(item.getKeyResultId(), ref.get())) {
        skipped.add(item);
      } else {
        current = current.withCheckIn(item.getKeyResultId(), item.getCheckIn());
        applied.add(item);
      }
    }
    return new AppendedCheckIns(current, applied, skipped);
  }

  private static KeyResultCheckIn randomItem(SplittableRandom random, boolean wrong) {
    // a wrong item: a plain value for a rate key result (a value key result takes rates too)
    boolean rate = wrong || random.nextBoolean();
    String id = rate ? RATES.get(random.nextInt(RATES.size())) : VALUES.get(random.nextInt(VALUES.size()));
    CheckIn.Builder b;
    if (rate && !wrong) {
      long denominator = random.nextInt(1, 300);
      b = CheckIn.rateBuilder(BigDecimal.valueOf(random.nextLong(0, denominator + 1)), BigDecimal.valueOf(denominator));
    } else {
      b = CheckIn.builder().value(BigDecimal.valueOf(random.nextInt(-500, 500), random.nextInt(0, 3)));
    }
    b.observedOn(DAY.plusDays(random.nextInt(-100, 100)));
    if (random.nextInt(3) != 0) {
      // a small pool: the same reference recurs within a batch, across batches and key results
      b.source(CheckInSource.IMPORT).sourceRef("ref-" + random.nextInt(12));
    }
    if (random.nextInt(5) == 0) {
      b.note("note " + random.nextInt(10));
    }
    if (random.nextInt(4) == 0) {
      b.authorId("p-" + random.nextInt(5));
    }
    return KeyResultCheckIn.of(id, b.build());
  }

  /**
   * Seeded property: random batches (repeated source references, check-ins without one, now and
   * then one check-in a key result refuses) appended to the latest plan or to an older version of
   * it give the plan, applied and skipped lists that appending one by one gives, or the same
   * refusal with nothing applied.
   */
  @TestFactory
  Stream<DynamicTest> random_plan_batches_equal_the_check_ins_appended_one_by_one() {
    return Seeds.cases(150).mapToObj(n -> {
      long seed = 7_000L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        List<Plan> versions = new ArrayList<>(List.of(plan()));
        for (int s = random.nextInt(1, 15); s > 0; s--) {
          Plan from = random.nextInt(3) == 0 ? versions.get(random.nextInt(versions.size())) : versions.get(versions.size() - 1);
          int size = random.nextInt(0, 30);
          int wrongAt = random.nextInt(6) == 0 && size > 0 ? random.nextInt(size) : -1;
          List<KeyResultCheckIn> batch = new ArrayList<>();
          for (int k = 0; k < size; k++) {
            batch.add(randomItem(random, k == wrongAt));
          }
          if (wrongAt >= 0 && batch.get(wrongAt).getCheckIn().getSourceRef().isPresent()) {
            // a refused check-in must not be skipped as already present: give it a reference of its own
            batch.set(wrongAt, KeyResultCheckIn.of(batch.get(wrongAt).getKeyResultId(),
                batch.get(wrongAt).getCheckIn().toBuilder().sourceRef("wrong-" + s).build()));
          }
          Plan before = from;
          if (wrongAt >= 0) {
            InvalidPlanException expected = catchThrowableOfType(InvalidPlanException.class, () -> oneByOne(before, batch));
            InvalidPlanException actual = catchThrowableOfType(InvalidPlanException.class, () -> before.withCheckIns(batch));
            assertThat(actual).as("seed %d: the batch is refused", seed).isNotNull();
            assertThat(actual.getProblems()).as("seed %d", seed).isEqualTo(expected.getProblems());
            continue;
          }
          AppendedCheckIns expected = oneByOne(from, batch);
          AppendedCheckIns actual = from.withCheckIns(batch);
          assertThat(actual.getPlan()).as("seed %d: plan", seed).isEqualTo(expected.getPlan());
          assertThat(actual.getApplied()).as("seed %d: applied", seed).isEqualTo(expected.getApplied());
          assertThat(actual.getSkipped()).as("seed %d: skipped", seed).isEqualTo(expected.getSkipped());
          if (actual.getApplied().isEmpty()) {
            assertThat(actual.getPlan()).isSameAs(from);
          }
          versions.add(actual.getPlan());
        }
        // every version equals the plan built and checked in full from its parts
        for (Plan version : versions) {
          assertThat(version.toBuilder().build()).as("seed %d", seed).isEqualTo(version);
        }
      });
    });
  }

  @Test
  void a_batch_naming_an_unknown_key_result_changes_nothing() {
    Plan plan = plan();
    List<KeyResultCheckIn> batch = List.of(KeyResultCheckIn.of("kr-v1", CheckIn.of(DAY, "2")),
        KeyResultCheckIn.of("nope", CheckIn.of(DAY, "1")));
    assertThatThrownBy(() -> plan.withCheckIns(batch)).isInstanceOf(UnknownIdException.class).hasMessageContaining("nope");
    assertThat(plan.keyResult("kr-v1").orElseThrow().getCheckIns()).hasSize(1);
  }

  @Test
  void a_batch_over_several_objectives_changes_only_their_key_results() {
    Plan plan = plan();
    AppendedCheckIns result = plan.withCheckIns(List.of(KeyResultCheckIn.of("kr-v4", CheckIn.of(DAY, "2")),
        KeyResultCheckIn.of("kr-v1", CheckIn.of(DAY, "3")), KeyResultCheckIn.of("kr-v4", CheckIn.of(DAY.plusDays(1), "3"))));
    Plan after = result.getPlan();
    assertThat(after.keyResult("kr-v4").orElseThrow().getCheckIns()).extracting(CheckIn::getValue)
        .containsExactly(new BigDecimal("2"), new BigDecimal("3"));
    assertThat(after.keyResult("kr-v1").orElseThrow().getCheckIns()).hasSize(2);
    assertThat(after.objective("obj-b")).containsSame(plan.objective("obj-b").orElseThrow());
    assertThat(after.keyResult("kr-r2")).containsSame(plan.keyResult("kr-r2").orElseThrow());
  }
}
