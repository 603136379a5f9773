package fr.okrsante.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.PlanVersionConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * 8 threads append 10,000 check-ins each to one plan: none lost, none duplicated, numbered
 * without gaps, versions strictly increasing. Half the threads append at whatever version the plan
 * is (never a conflict); the other half append only at the version they read, retrying on
 * {@link PlanVersionConflictException} as a user would — a refused append must write nothing.
 *
 * <p>Check-ins go in batches of {@value #BATCH} (1,600 write transactions per database): single
 * check-in appends would take several minutes on the shared 2-core test machine; their speed is
 * what the JMH benchmark measures.
 */
@Tag("stress")
class ConcurrentWritersStressTest {

  static final int THREADS = 8;
  static final int PER_THREAD = 10_000;
  static final int BATCH = 50;

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of(Dialect.POSTGRESQL, TestDatabases.freshPostgres()),
        Arguments.of(Dialect.SQLITE, TestDatabases.freshSqlite(TestDatabases.tempFolder())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void eight_writers_lose_and_duplicate_nothing(Dialect dialect, DataSource dataSource) throws Exception {
    JdbcPlanStore store = JdbcPlanStore.of(dataSource, dialect);
    store.migrate();
    store.save("chu", 0, Fixtures.small(), null);
    AtomicLong conflicts = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int writer = t;
      Callable<List<Long>> task = () -> {
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < PER_THREAD; i += BATCH) {
          List<CheckInEntry> entries = new ArrayList<>(BATCH);
          for (int j = i; j < i + BATCH; j++) {
            entries.add(CheckInEntry.of("kr-delay", CheckIn.of(Fixtures.DAY, BigDecimal.valueOf(writer * 1_000_000L + j))));
          }
          if (writer % 2 == 0) {
            versions.add(store.append("chu", entries).version());
          } else {
            while (true) {
              long seen = store.version("chu").orElseThrow();
              try {
                versions.add(store.append("chu", seen, entries).version());
                break;
              } catch (PlanVersionConflictException e) {
                conflicts.incrementAndGet();
              }
            }
          }
        }
        return versions;
      };
      results.add(pool.submit(task));
    }
    // an audit while the writers write sees a consistent history (one snapshot)
    Thread.sleep(500);
    Verification during = store.verify("chu");
    assertThat(during.isClean()).as(during.problems().toString()).isTrue();
    Set<Long> allVersions = new HashSet<>();
    for (Future<List<Long>> result : results) {
      List<Long> versions = result.get();
      assertThat(versions).as("each writer's versions").isSorted().doesNotHaveDuplicates();
      allVersions.addAll(versions);
    }
    pool.shutdown();

    int total = THREADS * PER_THREAD;
    int appends = total / BATCH;
    assertThat(allVersions).as("one version per append").hasSize(appends);
    History history = History.read(dataSource, "chu");
    history.assertConsistent();
    assertThat(history.seqAndVersion()).hasSize(total);
    assertThat(history.distinctVersions()).isEqualTo(appends);
    assertThat(history.headVersion()).isEqualTo(1 + appends);
    assertThat(new HashSet<>(history.values())).as("every check-in once").hasSize(total);
    assertThat(store.verify("chu").isClean()).isTrue();
    System.out.printf("%s: %d check-ins by %d writers, %d conflicts retried%n", dialect, total, THREADS, conflicts.get());
  }
}
