package fr.okrsante.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.Plan;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * JSON write and read of a plan document: {@link OkrJson} (strict, bounded reading that builds and
 * validates the plan) against Jackson databind on {@link FlatRecords flat records} of the same
 * data. Target: library throughput ≥ 0.7 × the baseline's; MB/s are reported by the quick mode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms1g"})
public class JsonBenchmark {

  /** The plan size. */
  @Param({"regional"})
  public String size;

  private Plan plan;
  private OkrJson json;
  private byte[] document;
  private ObjectMapper mapper;
  private FlatRecords.PlanDoc records;
  private byte[] recordsDocument;

  /** Builds the plan, its flat records and both documents (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    plan = Plans.plan(Plans.size(size), 12);
    json = OkrJson.standard();
    document = json.toJsonBytes(plan);
    mapper = FlatRecords.mapper();
    records = FlatRecords.of(plan);
    recordsDocument = mapper.writeValueAsBytes(records);
  }

  /**
   * The library writes the plan document.
   *
   * @return the document
   */
  @Benchmark
  public byte[] libraryWrite() {
    return json.toJsonBytes(plan);
  }

  /**
   * The library reads (and validates) the plan document.
   *
   * @return the plan
   */
  @Benchmark
  public Plan libraryRead() {
    return json.readPlan(document);
  }

  /**
   * Jackson writes the flat records.
   *
   * @return the document
   * @throws IOException never, in memory
   */
  @Benchmark
  public byte[] baselineWrite() throws IOException {
    return mapper.writeValueAsBytes(records);
  }

  /**
   * Jackson reads the flat records.
   *
   * @return the records
   * @throws IOException never, the document is valid
   */
  @Benchmark
  public FlatRecords.PlanDoc baselineRead() throws IOException {
    return mapper.readValue(recordsDocument, FlatRecords.PlanDoc.class);
  }

  static int[] documentSizes(Plan plan) throws IOException {
    return new int[] {OkrJson.standard().toJsonBytes(plan).length,
        FlatRecords.mapper().writeValueAsBytes(FlatRecords.of(plan)).length};
  }
}
