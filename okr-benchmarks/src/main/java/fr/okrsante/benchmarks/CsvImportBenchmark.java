package fr.okrsante.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.okrsante.importing.ImportOutcome;
import fr.okrsante.importing.ImportReport;
import fr.okrsante.importing.SpreadsheetImport;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Spreadsheet import: a French Excel CSV of {@value #ROWS} check-in rows (a region's year: BOM,
 * {@code ;}, decimal commas, day-first dates; rates as numerator and denominator) imported into
 * the regional plan with {@link SpreadsheetImport} — encoding and separator detection, header
 * matching, every cell checked, the check-ins appended all or nothing — against FastCSV alone
 * parsing the same bytes into strings. Target: the library's throughput ≥ 0.5 × the baseline's,
 * in the same run ({@code -f 2}). Time per operation is for the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
public class CsvImportBenchmark {

  /** The rows of the file. */
  static final int ROWS = 400_000;

  /** The plan size. */
  @Param({"regional"})
  public String size;

  private Plan plan;
  private SpreadsheetImport importer;
  private byte[] csv;

  /** Builds the plan and the file (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    plan = Plans.plan(Plans.size(size), 12);
    importer = SpreadsheetImport.builder().clock(Clock.fixed(Instant.parse("2027-01-15T08:00:00Z"), ZoneOffset.UTC)).build();
    csv = csv(plan, ROWS);
  }

  /** The key results a spreadsheet may feed: rates, and values moving to a target. */
  static List<KeyResult> targets(Plan plan) {
    List<KeyResult> out = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult keyResult : objective.getKeyResults()) {
        if (keyResult.getMetric() instanceof Rate
            || keyResult.getMetric() instanceof MoveToTarget move && !move.isFromInitiatives()) {
          out.add(keyResult);
        }
      }
    }
    return out;
  }

  /** Rows spread over the key results, each key result getting days of 2026 in turn. */
  static byte[] csv(Plan plan, int rows) {
    List<KeyResult> targets = targets(plan);
    StringBuilder out = new StringBuilder(rows * 48);
    out.append('\uFEFF').append("Résultat clé;Date;Valeur;Numérateur;Dénominateur;Statut;Commentaire\r\n");
    LocalDate start = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < rows; i++) {
      KeyResult keyResult = targets.get(i % targets.size());
      LocalDate day = start.plusDays((i / targets.size()) % 365);
      out.append(keyResult.getId()).append(';')
          .append(String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())).append(';');
      if (keyResult.getMetric() instanceof Rate) {
        out.append(";").append(40 + i % 50).append(';').append(100 + i % 7).append(';');
      } else {
        out.append(100 + i % 900).append(',').append(i % 10).append(";;;");
      }
      out.append(i % 10 == 0 ? "provisoire" : "définitif").append(';').append(i % 20 == 0 ? "revu en comité" : "").append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The library imports the file into the plan.
   *
   * @return the import's report
   */
  @Benchmark
  public ImportReport library() {
    return importer.importCsv(plan, new ByteArrayInputStream(csv), "region-2026.csv");
  }

  /**
   * FastCSV alone parses the same bytes into strings.
   *
   * @param blackhole consumes every field
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public void baseline(Blackhole blackhole) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';')
        .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
      for (CsvRecord record : reader) {
        for (String field : record.getFields()) {
          blackhole.consume(field);
        }
      }
    }
  }

  /** Checks that the library applies every row (not timed; used by the test). */
  static long applied(ImportReport report) {
    return report.count(ImportOutcome.Kind.APPLIED);
  }
}
