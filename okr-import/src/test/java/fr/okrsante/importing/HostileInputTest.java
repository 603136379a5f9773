package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Plan;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sources, each imported in a child JVM with a 256 MB heap: one clear refusal (or a
 * report), in bounded time, nothing applied, never an OutOfMemoryError or a stack trace.
 */
@Tag("stress")
class HostileInputTest {

  @TempDir
  Path directory;

  /** The child: imports {@code args[1]} as {@code args[0]} (csv, csv-stream, endless, xlsx) and prints one line. */
  public static void main(String[] args) throws IOException {
    Plan plan = Fixtures.plan();
    SpreadsheetImport sheets = Fixtures.sheets().build();
    try {
      ImportReport report = switch (args[0]) {
        case "csv" -> sheets.importCsv(plan, Path.of(args[1]));
        case "csv-stream" -> {
          try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            yield sheets.importCsv(plan, in, "stream.csv");
          }
        }
        case "endless" -> sheets.importCsv(plan, new EndlessCsv(1L << 30), "endless.csv");
        default -> sheets.importXlsx(plan, Path.of(args[1]));
      };
      System.out.println("report: " + report + (report.getPlan() == plan ? " plan unchanged" : " plan changed"));
    } catch (SourceFormatException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }

  private record Child(int code, String out, String err) {}

  private static Child child(String mode, Path file) throws Exception {
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null && !modulePath.isEmpty()) {
      classPath = modulePath + File.pathSeparator + classPath;
    }
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", classPath, HostileInputTest.class.getName(), mode, file.toString()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in bounded time").isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Child(process.exitValue(), out, err);
  }

  private static void assertRefused(Child child, String... fragments) {
    assertThat(child.code()).as(child.err()).isZero();
    assertThat(child.err()).doesNotContain("OutOfMemoryError", "\tat ");
    assertThat(child.out().lines().toList()).as(child.out()).hasSize(1);
    assertThat(child.out()).startsWith("refused: ").contains(fragments);
  }

  @Test
  void a_sparse_one_gigabyte_csv_is_refused_by_its_size_and_read_as_a_stream_is_refused_at_its_first_cell() throws Exception {
    Path sparse = directory.resolve("sparse.csv");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(1L << 30);
    }

    assertRefused(child("csv", sparse), "sparse.csv: is 1073741824 bytes, over the limit of 67108864 bytes");
    assertRefused(child("csv-stream", sparse), "stream.csv: is not a readable CSV file");
  }

  @Test
  void an_endless_stream_of_valid_rows_is_refused_at_the_row_limit_in_a_256_mb_heap() throws Exception {
    assertRefused(child("endless", directory), "endless.csv:500002: more than 500000 rows");
  }

  @Test
  void a_million_columns_are_refused() throws Exception {
    Path wide = directory.resolve("wide.csv");
    try (OutputStream out = Files.newOutputStream(wide)) {
      out.write("Indicateur;Date;Valeur".getBytes(StandardCharsets.US_ASCII));
      out.write(";".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
      out.write('\n');
    }

    assertRefused(child("csv", wide), "wide.csv: is not a readable CSV file");
  }

  @Test
  void a_zip_bomb_disguised_as_xlsx_is_refused_without_expanding_it() throws Exception {
    Path bomb = directory.resolve("bombe.xlsx");
    try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).as("a gigabyte in about a megabyte").isLessThan(2_000_000);

    // its 1,024:1 ratio trips the 100-fold check only past 100 MB: the 64 MB limit on expanded bytes comes first
    assertRefused(child("xlsx", bomb), "bombe.xlsx: expands to more than 67108864 bytes");
  }

  @Test
  void control_characters_on_every_line_give_one_report_listing_a_bounded_number_of_problems() throws Exception {
    Path noisy = directory.resolve("noisy.csv");
    try (OutputStream out = Files.newOutputStream(noisy)) {
      out.write("Indicateur;Date;Valeur\n".getBytes(StandardCharsets.US_ASCII));
      byte[] line = "ATTENTE;31/03/2026;2\u0000\u001b[31m\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 200_000; i++) {
        out.write(line);
      }
    }

    Child child = child("csv", noisy);
    assertThat(child.err()).doesNotContain("OutOfMemoryError", "\tat ");
    assertThat(child.out()).startsWith("report: ").contains("refused=200000", "plan unchanged");
  }

  /** Header, then the same valid row again and again, up to a number of bytes: never on disk. */
  static final class EndlessCsv extends InputStream {
    private static final byte[] HEADER = "Indicateur;Date;Valeur\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW = "ATTENTE;31/03/2026;200\n".getBytes(StandardCharsets.US_ASCII);
    private final long limit;
    private long position;

    EndlessCsv(long limit) {
      this.limit = limit;
    }

    @Override
    public int read() {
      if (position >= limit) {
        return -1;
      }
      long p = position++;
      return p < HEADER.length ? HEADER[(int) p] : ROW[(int) ((p - HEADER.length) % ROW.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= limit) {
        return -1;
      }
      int n = 0;
      while (n < length && position < limit) {
        buffer[offset + n++] = (byte) read();
      }
      return n;
    }
  }

}
