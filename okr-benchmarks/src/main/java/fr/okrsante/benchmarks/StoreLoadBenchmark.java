package fr.okrsante.benchmarks;

import fr.okrsante.jdbc.Dialect;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.VersionedPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the regional plan (12,000 objectives, about 413,000 check-ins) from the store against
 * reading the same plan from its JSON document, in the same run. Target: store ≤ 1.5 × JSON.
 * The setup also prints the bytes per check-in on disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class StoreLoadBenchmark {

  /** The database: {@code postgresql} or {@code sqlite}. */
  @Param({"postgresql", "sqlite"})
  public String database;

  private JdbcPlanStore store;
  private DataSource dataSource;
  private Dialect dialect;
  private OkrJson json;
  private byte[] document;

  /** Stores the regional plan and writes its document (not timed); prints the bytes per check-in. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException, java.io.IOException {
    dialect = Dialect.valueOf(database.toUpperCase(Locale.ROOT));
    dataSource = StoreDatabases.fresh(dialect);
    store = JdbcPlanStore.of(dataSource, dialect);
    store.migrate();
    Plan plan = Plans.plan(PlanGenerator.Size.REGIONAL, 12);
    long t0 = System.nanoTime();
    store.save("regional", 0, plan, null);
    long saved = System.nanoTime() - t0;
    json = OkrJson.standard();
    document = json.toJsonBytes(plan);
    long checkIns;
    long bytes;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM okr_check_in")) {
        rs.next();
        checkIns = rs.getLong(1);
      }
      if (dialect == Dialect.POSTGRESQL) {
        statement.execute("VACUUM ANALYZE okr_check_in");
        try (ResultSet rs = statement.executeQuery("SELECT pg_total_relation_size('okr_check_in')"
            + " + pg_total_relation_size('okr_personal')")) {
          rs.next();
          bytes = rs.getLong(1);
        }
      } else {
        try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
          rs.next();
        }
        String url = connection.getMetaData().getURL();
        bytes = Files.size(Path.of(url.substring("jdbc:sqlite:".length())));
      }
    }
    System.out.printf(Locale.ROOT, "%n%s: %,d check-ins stored in %.1f s; %,d bytes on disk (%s), %.0f bytes per check-in;"
        + " JSON document %,d bytes (%.0f per check-in)%n", database, checkIns, saved / 1e9, bytes,
        dialect == Dialect.POSTGRESQL ? "check-in and personal tables with their indexes" : "the whole file",
        (double) bytes / checkIns, document.length, (double) document.length / checkIns);
  }

  /**
   * Loads the plan from the store: its structure (parsed once, then kept) and every check-in row.
   *
   * @return the plan
   */
  @Benchmark
  public VersionedPlan loadFromStore() {
    return store.load("regional");
  }

  /**
   * Loads the plan from a new store instance, which parses the structure's document again: what
   * a process's first load costs.
   *
   * @return the plan
   */
  @Benchmark
  public VersionedPlan loadFromStoreFirstTime() {
    return JdbcPlanStore.of(dataSource, dialect).load("regional");
  }

  /**
   * Reads the plan from its JSON document.
   *
   * @return the plan
   */
  @Benchmark
  public Plan readJson() {
    return json.readPlan(document);
  }
}
