package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * Many writers, many readers, one {@link PlanHolder}: no check-in is lost, versions only go up,
 * and a reader never sees a half-applied plan. Asserts correctness only, never timing.
 */
@Tag("stress")
class PlanHolderStressTest {

  private static final int WRITERS = 8;
  private static final int CHECK_INS_PER_WRITER = 10_000;
  private static final int READERS = 2;
  private static final int KEY_RESULTS = 64;
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** One key result per objective: a check-in re-validates one objective, not all 80,000 check-ins. */
  private static Plan planWithManyKeyResults() {
    Plan.Builder plan = Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", JAN_1, LocalDate.of(2026, 12, 31)));
    for (int k = 0; k < KEY_RESULTS; k++) {
      plan.addObjectives(Objective.builder().id("obj-" + k).title("Objectif " + k).ownerUnitId("chu").cycleId("2026")
          .addKeyResults(KeyResult.builder().id("kr-" + k).title("Résultat " + k)
              .metric(MoveToTarget.of("0", Target.absolute("1000000"))).build())
          .build());
    }
    return plan.build();
  }

  private static int checkInCount(Plan plan) {
    int count = 0;
    for (Objective objective : plan.getObjectives()) {
      count += objective.getKeyResults().get(0).getCheckIns().size();
    }
    return count;
  }

  @Test
  void eight_writers_of_ten_thousand_check_ins_lose_none_and_readers_see_only_whole_plans() throws Exception {
    PlanHolder holder = PlanHolder.of(planWithManyKeyResults());
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<long[]>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          start.await();
          long[] versions = new long[CHECK_INS_PER_WRITER];
          for (int i = 0; i < CHECK_INS_PER_WRITER; i++) {
            // each check-in's value names its writer and its rank: it can be found at the end
            BigDecimal value = BigDecimal.valueOf((long) writer * CHECK_INS_PER_WRITER + i);
            versions[i] = holder.checkIn("kr-" + (i % KEY_RESULTS), CheckIn.of(JAN_1, value)).getVersion();
          }
          return versions;
        }));
      }
      List<Future<Long>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(() -> {
          start.await();
          long reads = 0;
          long lastVersion = -1;
          do {
            VersionedPlan seen = holder.current();
            assertThat(seen.getVersion()).as("a reader's versions never go down").isGreaterThanOrEqualTo(lastVersion);
            lastVersion = seen.getVersion();
            assertThat(checkInCount(seen.getPlan()))
                .as("version %d holds exactly %d check-ins", seen.getVersion(), seen.getVersion())
                .isEqualTo((int) seen.getVersion());
            if (reads % 2000 == 0) {
              // the whole plan still passes validation
              assertThat(seen.getPlan().toBuilder().build()).isEqualTo(seen.getPlan());
            }
            reads++;
          } while (writing.get());
          return reads;
        }));
      }
      start.countDown();

      Set<Long> allVersions = new HashSet<>();
      for (Future<long[]> writer : writers) {
        long[] versions = writer.get(10, TimeUnit.MINUTES);
        for (int i = 1; i < versions.length; i++) {
          assertThat(versions[i]).as("a writer's versions strictly increase").isGreaterThan(versions[i - 1]);
        }
        for (long v : versions) {
          allVersions.add(v);
        }
      }
      writing.set(false);
      for (Future<Long> reader : readers) {
        assertThat(reader.get(1, TimeUnit.MINUTES)).as("reads").isPositive();
      }

      int total = WRITERS * CHECK_INS_PER_WRITER;
      assertThat(allVersions).as("every accepted change has its own version").hasSize(total);
      assertThat(allVersions).allSatisfy(v -> assertThat(v).isBetween(1L, (long) total));
      VersionedPlan last = holder.current();
      assertThat(last.getVersion()).isEqualTo(total);

      Set<BigDecimal> values = new HashSet<>();
      for (Objective objective : last.getPlan().getObjectives()) {
        for (CheckIn checkIn : objective.getKeyResults().get(0).getCheckIns()) {
          assertThat(values.add(checkIn.getValue())).as("check-in %s applied once", checkIn.getValue()).isTrue();
        }
      }
      assertThat(values).as("every check-in is in the final plan").hasSize(total);
      List<Long> missing = new ArrayList<>();
      for (long v = 0; v < total; v++) {
        if (!values.contains(BigDecimal.valueOf(v))) {
          missing.add(v);
        }
      }
      assertThat(missing).as("check-ins lost").isEmpty();
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }
}
