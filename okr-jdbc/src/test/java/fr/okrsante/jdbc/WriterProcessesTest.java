package fr.okrsante.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.jdbc.testing.TinyPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Writers in separate JVMs: two at once, and one killed with {@code kill -9} in the middle of a batch. */
class WriterProcessesTest {

  record Database(Dialect dialect, DataSource dataSource, String url) {}

  static Stream<Arguments> databases() {
    String name = "okr_proc_" + System.nanoTime();
    EmbeddedPostgres postgres = TestDatabases.postgres();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Path file = TestDatabases.tempFolder().resolve("okr.db");
    return Stream.of(
        Arguments.of(new Database(Dialect.POSTGRESQL, new TinyPool(postgres.getDatabase("postgres", name)),
            postgres.getJdbcUrl("postgres", name))),
        Arguments.of(new Database(Dialect.SQLITE, WriterProcess.dataSource(Dialect.SQLITE, "jdbc:sqlite:" + file),
            "jdbc:sqlite:" + file)));
  }

  static Process start(Database db, String planId, int writer, int count, int batch) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        WriterProcess.class.getName(), db.dialect().name(), db.url(), planId, Integer.toString(writer),
        Integer.toString(count), Integer.toString(batch));
    builder.redirectErrorStream(true);
    builder.redirectOutput(new File(System.getProperty("java.io.tmpdir"), "okr-writer-" + writer + ".log"));
    return builder.start();
  }

  static JdbcPlanStore storeWithPlan(Database db, String planId) {
    JdbcPlanStore store = JdbcPlanStore.of(db.dataSource(), db.dialect());
    store.migrate();
    store.save(planId, 0, Fixtures.small(), null);
    return store;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void two_writer_processes_at_once_lose_and_duplicate_nothing(Database db) throws Exception {
    JdbcPlanStore store = storeWithPlan(db, "two");
    int count = 1_000;
    Process first = start(db, "two", 1, count, 10);
    Process second = start(db, "two", 2, count, 10);
    assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as("writer 1's exit code (log in java.io.tmpdir/okr-writer-1.log)").isZero();
    assertThat(second.exitValue()).as("writer 2's exit code").isZero();

    History history = History.read(db.dataSource(), "two");
    history.assertConsistent();
    assertThat(history.seqAndVersion()).hasSize(2 * count);
    assertThat(history.distinctVersions()).isEqualTo(2 * count / 10);
    List<BigDecimal> expected = new ArrayList<>();
    for (int writer = 1; writer <= 2; writer++) {
      for (int i = 0; i < count; i++) {
        expected.add(BigDecimal.valueOf(writer * 1_000_000L + i));
      }
    }
    assertThat(new HashSet<>(history.values())).isEqualTo(new HashSet<>(expected));
    assertThat(store.verify("two").isClean()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_writer_killed_in_the_middle_of_a_batch_leaves_the_store_consistent(Database db) throws Exception {
    JdbcPlanStore store = storeWithPlan(db, "killed");
    int batch = 200;
    Process writer = start(db, "killed", 3, 10_000_000, batch);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (store.version("killed").orElseThrow() < 4 && System.nanoTime() < deadline && writer.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(writer.isAlive()).as("the writer is still writing").isTrue();
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(writer.pid())).inheritIO().start();
    assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);

    History history = History.read(db.dataSource(), "killed");
    history.assertConsistent();
    assertThat(history.seqAndVersion().size() % batch).as("whole batches only").isZero();
    assertThat(history.seqAndVersion().size()).isGreaterThanOrEqualTo(3 * batch);
    assertThat(store.verify("killed").isClean()).isTrue();
    AppendReceipt after = store.append("killed", FaultsTest.batch(5, 0));
    assertThat(after.firstSeq()).isEqualTo(history.seqAndVersion().size() + 1L);
    History.read(db.dataSource(), "killed").assertConsistent();
  }
}
