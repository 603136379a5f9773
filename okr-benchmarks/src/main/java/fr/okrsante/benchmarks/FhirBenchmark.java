package fr.okrsante.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.fhir.ImportOutcome;
import fr.okrsante.fhir.ImportReport;
import fr.okrsante.fhir.MeasureReportImport;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * FHIR import: a Bundle of {@value #REPORTS} summary MeasureReports (each one rate check-in for a
 * different key result of the regional plan) applied with {@link MeasureReportImport} — strict,
 * bounded, located reading, every import rule, the check-ins appended to the plan — against plain
 * Jackson databind reading the same bytes into flat records. Target: ≥ 20,000 reports per second,
 * and ≥ 0.5 × the baseline's throughput. Time per operation is for the whole Bundle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms1g"})
public class FhirBenchmark {

  /** The reports per Bundle. */
  static final int REPORTS = 5_000;
  static final String MEASURES = "https://bench.example/fhir/Measure/";

  /** The plan size. */
  @Param({"regional"})
  public String size;

  private Plan plan;
  private MeasureReportImport importer;
  private byte[] bundle;
  private ObjectMapper mapper;

  /** Builds the plan, the mapping of one measure per rate key result, and the Bundle (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 12);
    MeasureReportImport.Builder builder = MeasureReportImport.builder();
    List<String> keyResults = rateKeyResults(plan, REPORTS);
    for (String id : keyResults) {
      builder.map(MEASURES + id, id);
    }
    importer = builder.build();
    bundle = bundle(keyResults);
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
  }

  static List<String> rateKeyResults(Plan plan, int count) {
    List<String> ids = new ArrayList<>(count);
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult keyResult : objective.getKeyResults()) {
        if (keyResult.getMetric() instanceof Rate && ids.size() < count) {
          ids.add(keyResult.getId());
        }
      }
    }
    if (ids.size() < count) {
      throw new IllegalStateException("the plan has " + ids.size() + " rate key results, fewer than " + count);
    }
    return ids;
  }

  /** A Bundle of one DEQM-shaped summary report per key result. */
  static byte[] bundle(List<String> keyResults) {
    String pop = "{\"code\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/measure-population\","
        + "\"code\":\"%s\"}]},\"count\":%d}";
    StringBuilder out = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < keyResults.size(); i++) {
      int denominator = 100 + i % 50;
      int numerator = 60 + i % 40;
      out.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"MeasureReport\",\"id\":\"r-").append(i)
          .append("\",\"meta\":{\"versionId\":\"1\"},\"status\":\"complete\",\"type\":\"summary\",\"measure\":\"")
          .append(MEASURES).append(keyResults.get(i)).append("|2026\",\"date\":\"2027-01-10T09:00:00+01:00\",")
          .append("\"period\":{\"start\":\"2026-12-01\",\"end\":\"2026-12-31\"},\"group\":[{\"id\":\"g\",\"population\":[")
          .append(String.format(pop, "initial-population", denominator)).append(',')
          .append(String.format(pop, "numerator", numerator)).append(',')
          .append(String.format(pop, "denominator", denominator)).append("],\"measureScore\":{\"value\":")
          .append(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_EVEN))
          .append("}}]}}");
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The library applies the Bundle to the plan.
   *
   * @return the import's result
   */
  @Benchmark
  public ImportReport library() {
    return importer.apply(plan, bundle);
  }

  /**
   * Jackson reads the same bytes into flat records.
   *
   * @return the records
   * @throws IOException never, the document is valid
   */
  @Benchmark
  public FlatBundle baseline() throws IOException {
    return mapper.readValue(bundle, FlatBundle.class);
  }

  /** Checks that the library applies every report (not timed; used by the test). */
  static int applied(ImportReport report) {
    return report.get(ImportOutcome.Kind.APPLIED).size();
  }

  /** A Bundle as flat records. */
  public static final class FlatBundle {
    /** The resource type. */
    public String resourceType;
    /** The Bundle type. */
    public String type;
    /** The entries. */
    public List<Entry> entry;
  }

  /** A Bundle entry. */
  public static final class Entry {
    /** The report. */
    public Report resource;
  }

  /** A MeasureReport as a flat record. */
  public static final class Report {
    /** The id. */
    public String id;
    /** The status. */
    public String status;
    /** The type. */
    public String type;
    /** The measure canonical. */
    public String measure;
    /** The production date-time. */
    public String date;
    /** The period. */
    public Period period;
    /** The groups. */
    public List<Group> group;
  }

  /** A period. */
  public static final class Period {
    /** The start. */
    public String start;
    /** The end. */
    public String end;
  }

  /** A group. */
  public static final class Group {
    /** The group id. */
    public String id;
    /** The populations. */
    public List<Population> population;
    /** The score. */
    public Score measureScore;
  }

  /** A population. */
  public static final class Population {
    /** The code. */
    public Concept code;
    /** The count. */
    public int count;
  }

  /** A CodeableConcept. */
  public static final class Concept {
    /** The codings. */
    public List<Coding> coding;
  }

  /** A Coding. */
  public static final class Coding {
    /** The system. */
    public String system;
    /** The code. */
    public String code;
  }

  /** A Quantity. */
  public static final class Score {
    /** The value. */
    public BigDecimal value;
  }
}
