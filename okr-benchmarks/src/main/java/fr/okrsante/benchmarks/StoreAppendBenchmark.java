package fr.okrsante.benchmarks;

import fr.okrsante.jdbc.AppendReceipt;
import fr.okrsante.jdbc.CheckInEntry;
import fr.okrsante.jdbc.Dialect;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending one check-in to a stored plan (one transaction each: lock the plan's head row, append,
 * raise the version), by 1 and by 8 writers on the same plan, on embedded PostgreSQL 17 and on an
 * SQLite file. Sample time gives the median and the p99; throughput is 1 / mean × writers.
 * Target: ≥ 2,000 check-ins/s on PostgreSQL with 8 writers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StoreAppendBenchmark {

  /** The database: {@code postgresql} or {@code sqlite}. */
  @Param({"postgresql", "sqlite"})
  public String database;

  private JdbcPlanStore store;
  private final AtomicLong counter = new AtomicLong();
  private String keyResultId;

  /** Stores the tiny generated plan (one check-in per key result) to append to (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    Dialect dialect = Dialect.valueOf(database.toUpperCase(Locale.ROOT));
    store = JdbcPlanStore.of(StoreDatabases.fresh(dialect), dialect);
    store.migrate();
    Plan plan = PlanGenerator.generate(PlanGenerator.Size.TINY, 1);
    store.save("bench", 0, plan, null);
    keyResultId = plan.getObjectives().stream().map(Objective::getKeyResults).flatMap(List::stream)
        .filter(kr -> kr.getMetric() instanceof fr.okrsante.plan.MoveToTarget move && !move.isFromInitiatives())
        .map(KeyResult::getId).findFirst().orElseThrow();
  }

  private AppendReceipt appendOne() {
    long n = counter.incrementAndGet();
    CheckIn checkIn = CheckIn.of(LocalDate.of(2026, 6, 1), BigDecimal.valueOf(n % 1000, 1));
    return store.append("bench", List.of(CheckInEntry.of(keyResultId, checkIn)));
  }

  /**
   * One writer appends one check-in.
   *
   * @return the receipt
   */
  @Benchmark
  @Threads(1)
  public AppendReceipt oneWriter() {
    return appendOne();
  }

  /**
   * Eight writers append one check-in each, to the same plan.
   *
   * @return the receipt
   */
  @Benchmark
  @Threads(8)
  public AppendReceipt eightWriters() {
    return appendOne();
  }
}
