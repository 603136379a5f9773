package fr.okrsante.importing;

import fr.okrsante.plan.AppendedCheckIns;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultCheckIn;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check-ins from the CSV files and xlsx workbooks quality teams keep: one row is one check-in.
 *
 * <pre>{@code
 * SpreadsheetImport sheets = SpreadsheetImport.builder().build();
 * ImportReport result = sheets.importCsv(plan, Path.of("indicateurs.csv"));
 * result.getAssumptions().forEach(System.out::println);   // encoding, separator, decimal mark…
 * result.get(ImportOutcome.Kind.REFUSED).forEach(System.err::println);
 * Plan updated = result.getPlan();
 * }</pre>
 *
 * <p>The rules, each tested by name in {@code SpreadsheetImportTest}:
 * <ul>
 *   <li>Columns are found by their header ({@link CheckInColumn}), in French or English, in any
 *       order, regardless of case and accents, or by a {@linkplain Builder#map(String, CheckInColumn)
 *       mapping}. The header is the row, of the first 20, naming the most columns (at least two):
 *       title rows above it are skipped. A header cell left empty takes the text of the cell above (a
 *       merged cell of a two-row header). Other columns are ignored, and said so.</li>
 *   <li>A row names its key result by id ({@code Résultat clé}) or by indicator code
 *       ({@code Indicateur}, matched against the key results' {@linkplain KeyResult#getIndicator()
 *       indicator bindings} and indicator ids); an observation date ({@code 31/03/2026} — always
 *       day first —, {@code 2026-03-31}); a value ({@code 78,5}, {@code 78.5}, {@code 1 234,5},
 *       {@code 78,5 %} for a key result in percent) or a numerator and a denominator; optionally a
 *       status ({@code provisoire}/{@code provisional}, else final), a note and an author id.</li>
 *   <li>CSV: UTF-8 with or without a byte-order mark, UTF-16 with one, else Windows-1252; the
 *       separator ({@code ;}, {@code ,}, tab, {@code |}) detected from the header. Empty rows and
 *       columns are ignored. Cells are text: a formula ({@code =1+1}) is never evaluated.</li>
 *   <li><b>All or nothing</b> by default: one bad row and nothing is applied; every problem is
 *       listed with its sheet, row and column and what was expected.
 *       {@linkplain Builder#skipBadRows(boolean) skipBadRows} applies the good rows.</li>
 *   <li><b>Idempotent</b>: each check-in's {@linkplain CheckIn#getSourceRef() source reference} is
 *       {@code sheet:<date>|<value>[|<numerator>/<denominator>][|provisional]} — what the row says, not
 *       where it stands — so importing the same file again (or a re-sorted copy) adds nothing, and
 *       a corrected value for the same key result and day is a new, later check-in: the history
 *       keeps both.</li>
 *   <li>Bounded: the bytes read, rows, columns and cell lengths have limits (settings); a source
 *       over one is refused whole with a {@link SourceFormatException}, nothing applied.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpreadsheetImport {

  private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetImport.class);
  private static final int HEADER_SEARCH_ROWS = 20;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Settings settings;

  private SpreadsheetImport(Builder b) {
    this.settings = new Settings(b);
  }

  /**
   * Returns a builder, with the defaults: columns found by their headers, all or nothing, the
   * system clock, sources of at most 64 MB, 500,000 rows (a region's year of monthly check-ins
   * is about 400,000), 1,000 columns, cells of 10,000 characters, at most 1,000 problems listed.
   * Within these limits an import runs in a 256 MB heap.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports the check-ins of a CSV file. The plan is unchanged.
   *
   * @param plan the plan
   * @param file the CSV file
   * @return the new plan, what happened to each row, what was assumed
   * @throws SourceFormatException if the file cannot be read as a check-in sheet within the limits
   */
  public ImportReport importCsv(Plan plan, Path file) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    checkSize(file, name);
    try (InputStream in = Files.newInputStream(file)) {
      return importCsv(plan, in, name);
    } catch (IOException e) {
      throw new SourceFormatException(name, 0, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Imports the check-ins of a CSV stream (not closed). The plan is unchanged.
   *
   * @param plan the plan
   * @param csv the CSV bytes
   * @param name the name used in messages, e.g. the file name
   * @return the new plan, what happened to each row, what was assumed
   * @throws SourceFormatException if the stream cannot be read as a check-in sheet within the limits
   */
  public ImportReport importCsv(Plan plan, InputStream csv, String name) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(name, "name");
    CsvRows rows = new CsvRows(csv, name, settings);
    return new Run(plan, rows, rows.separator()).run();
  }

  /**
   * Imports the check-ins of an xlsx workbook: its first sheet, or the sheet named by
   * {@link Builder#sheet(String)}. The plan is unchanged.
   *
   * @param plan the plan
   * @param file the workbook
   * @return the new plan, what happened to each row, what was assumed
   * @throws SourceFormatException if the file is not an xlsx workbook, passes a limit (its size,
   *     an entry's expanded size, rows, columns), or has no check-in sheet
   */
  public ImportReport importXlsx(Plan plan, Path file) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    checkSize(file, name);
    try (XlsxRows rows = XlsxRows.open(file, name, settings)) {
      return new Run(plan, rows, ';').run();
    } catch (IOException e) {
      throw new SourceFormatException(name, 0, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private void checkSize(Path file, String name) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new SourceFormatException(name, 0, "no such file");
      }
      if (Files.size(file) > settings.maxBytes) {
        throw new SourceFormatException(name, 0, "is " + Files.size(file) + " bytes, over the limit of " + settings.maxBytes
            + " bytes: split it, or raise the limit (maxBytes)");
      }
    } catch (IOException e) {
      throw new SourceFormatException(name, 0, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** One import: header, rows, then the all-or-nothing application. */
  private final class Run {
    private final Plan plan;
    private final SheetRows rows;
    private final char separator;
    private final Map<String, KeyResult> byId = new HashMap<>();
    private final Map<String, List<String>> byIndicator = new HashMap<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<ImportOutcome> problems = new ArrayList<>();
    private long omitted;
    /** The check-ins read, in row order, and their row numbers (two columns rather than an object per row). */
    private final List<KeyResultCheckIn> pending = new ArrayList<>();
    private long[] pendingRows = new long[1024];
    private final EnumMap<CheckInColumn, Integer> columns = new EnumMap<>(CheckInColumn.class);
    private final Map<Integer, String> headers = new HashMap<>();
    private final Instant recordedAt;
    private final Map<String, CheckInStatus> statuses = new HashMap<>();
    /** The dates read so far, by their text: each day's text is read, and its reference prefix made, once per file. */
    private final Map<String, Day> dates = new HashMap<>();
    /** The row's source reference is written here, then copied: one buffer for the whole file. */
    private final StringBuilder reference = new StringBuilder(96);
    /** The key result {@link #keyResult} found by its id for the current row (one look-up per row), else null. */
    private @Nullable KeyResult rowKeyResult;
    private int commaDecimals;
    private int pointDecimals;
    private int dayFirstDates;

    Run(Plan plan, SheetRows rows, char separator) {
      this.plan = plan;
      this.rows = rows;
      this.separator = separator;
      this.recordedAt = settings.clock.instant().truncatedTo(ChronoUnit.SECONDS);
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult kr : objective.getKeyResults()) {
          byId.put(kr.getId(), kr);
          kr.getIndicator().ifPresent(b -> {
            index(b.getCode(), kr.getId());
            if (b.getSystem().isPresent()) {
              index(b.toString(), kr.getId());
            }
          });
          kr.getIndicatorId().ifPresent(code -> index(code, kr.getId()));
        }
      }
    }

    private void index(String code, String keyResultId) {
      List<String> ids = byIndicator.computeIfAbsent(code.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1));
      if (!ids.contains(keyResultId)) {
        ids.add(keyResultId);
      }
    }

    ImportReport run() {
      List<SheetRows.Row> replay = new ArrayList<>();
      SheetRows.Row header = header(replay);
      long count = 0;
      long empty = 0;
      java.util.Iterator<SheetRows.Row> replayed = replay.iterator();
      for (SheetRows.Row row = next(replayed); row != null; row = next(replayed)) {
        if (isBlank(row.cells())) {
          empty++;
          continue;
        }
        if (++count > settings.maxRows) {
          throw new SourceFormatException(rows.sheet(), row.number(), "more than " + settings.maxRows
              + " rows: split the file, or raise the limit (maxRows)");
        }
        read(row);
      }
      assumptions.addAll(0, rows.assumptions());
      assumptions.add("header: row " + header.number() + " (" + describeColumns() + ")");
      if (commaDecimals > 0 || pointDecimals > 0) {
        assumptions.add("decimal mark: " + (commaDecimals >= pointDecimals ? "comma" : "point") + " (" + commaDecimals
            + " numbers with a comma, " + pointDecimals + " with a point)");
      }
      if (dayFirstDates > 0) {
        assumptions.add("dates: day first (31/03/2026), " + dayFirstDates + " read so");
      }
      if (empty > 0) {
        assumptions.add(empty + " empty rows ignored");
      }
      return apply();
    }

    private SheetRows.@Nullable Row next(java.util.Iterator<SheetRows.Row> replayed) {
      return replayed.hasNext() ? replayed.next() : rows.next();
    }

    private String describeColumns() {
      StringBuilder out = new StringBuilder();
      columns.forEach((column, index) -> {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(letters(index)).append(" '").append(CsvRows.shorten(headers.get(index))).append("' = ").append(column);
      });
      return out.toString();
    }

    /**
     * The header: of the first {@value #HEADER_SEARCH_ROWS} non-empty rows, the one naming the most
     * columns (an empty cell naming what the cell above names: a merged cell), at least two. The
     * rows read after it are data, replayed.
     */
    private SheetRows.Row header(List<SheetRows.Row> replay) {
      List<SheetRows.Row> buffer = new ArrayList<>();
      while (buffer.size() < HEADER_SEARCH_ROWS) {
        SheetRows.Row row = rows.next();
        if (row == null) {
          break;
        }
        if (!isBlank(row.cells())) {
          buffer.add(row);
        } else if (!buffer.isEmpty()) {
          buffer.add(row);
        }
      }
      int best = -1;
      int bestScore = 1;
      SheetRows.Row previous = null;
      SheetRows.Row bestAbove = null;
      for (int i = 0; i < buffer.size(); i++) {
        SheetRows.Row row = buffer.get(i);
        if (isBlank(row.cells())) {
          continue;
        }
        int score = 0;
        for (int c = 0; c < row.cells().size(); c++) {
          String text = row.cells().get(c);
          if (text.isBlank() && previous != null && c < previous.cells().size()) {
            text = previous.cells().get(c);
          }
          if (settings.columnFor(text) != null) {
            score++;
          }
        }
        if (score > bestScore) {
          bestScore = score;
          best = i;
          bestAbove = previous;
        }
        previous = row;
      }
      if (best < 0) {
        SheetRows.Row first = buffer.isEmpty() ? null : buffer.get(0);
        throw new SourceFormatException(rows.sheet(), first == null ? 0 : first.number(),
            "no header row: expected, within the first " + HEADER_SEARCH_ROWS + " rows, one naming the columns "
                + "(Indicateur or Résultat clé, Date, Valeur or Numérateur and Dénominateur)"
                + (first == null ? "; the sheet is empty" : "; the first row reads " + CsvRows.shorten(String.join(" | ", first.cells()))));
      }
      SheetRows.Row header = buffer.get(best);
      useHeader(header, bestAbove);
      replay.addAll(buffer.subList(best + 1, buffer.size()));
      return header;
    }

    private void useHeader(SheetRows.Row row, SheetRows.@Nullable Row above) {
      List<String> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        String text = cells.get(i);
        if (text.isBlank() && above != null && i < above.cells().size() && !above.cells().get(i).isBlank()) {
          text = above.cells().get(i);
          if (settings.columnFor(text) != null) {
            assumptions.add("column " + letters(i) + ": header '" + CsvRows.shorten(text.strip()) + "' taken from row "
                + above.number() + " (a merged cell)");
          }
        }
        CheckInColumn column = settings.columnFor(text);
        if (column == null) {
          if (!text.isBlank()) {
            assumptions.add("column " + letters(i) + " '" + CsvRows.shorten(text.strip()) + "' ignored: not a check-in column");
          }
          continue;
        }
        Integer other = columns.putIfAbsent(column, i);
        if (other != null) {
          throw new SourceFormatException(rows.sheet(), row.number(), "columns " + letters(other) + " and " + letters(i)
              + " both mean " + column + ": keep one, or map one to another column");
        }
        headers.put(i, text.strip());
      }
      List<String> missing = new ArrayList<>();
      if (!columns.containsKey(CheckInColumn.KEY_RESULT) && !columns.containsKey(CheckInColumn.INDICATOR)) {
        missing.add("Résultat clé or Indicateur");
      }
      if (!columns.containsKey(CheckInColumn.DATE)) {
        missing.add("Date");
      }
      boolean rate = columns.containsKey(CheckInColumn.NUMERATOR) && columns.containsKey(CheckInColumn.DENOMINATOR);
      if (!columns.containsKey(CheckInColumn.VALUE) && !rate) {
        missing.add("Valeur (or Numérateur and Dénominateur)");
      }
      if (!missing.isEmpty()) {
        throw new SourceFormatException(rows.sheet(), row.number(), "the header has no column " + String.join(", no column ", missing)
            + "; it reads " + CsvRows.shorten(String.join(" | ", cells)));
      }
    }

    private String cell(SheetRows.Row row, CheckInColumn column) {
      Integer index = columns.get(column);
      if (index == null || index >= row.cells().size()) {
        return "";
      }
      return row.cells().get(index).strip();
    }

    private String where(CheckInColumn column) {
      Integer index = columns.get(column);
      return index == null ? "" : letters(index) + " (" + headers.get(index) + ")";
    }

    private void problem(SheetRows.Row row, CheckInColumn column, String message, @Nullable String keyResultId) {
      problem(row, column == null ? "" : where(column), message, keyResultId);
    }

    private void problem(SheetRows.Row row, String column, String message, @Nullable String keyResultId) {
      if (problems.size() >= settings.maxProblems) {
        omitted++;
        return;
      }
      problems.add(new ImportOutcome(ImportOutcome.Kind.REFUSED, rows.sheet(), row.number(), column, message, keyResultId,
          null, null));
    }

    private void read(SheetRows.Row row) {
      for (int i = 0; i < row.cells().size(); i++) {
        String control = CellText.controlCharacter(row.cells().get(i));
        if (control != null) {
          problem(row, letters(i), "contains the control character " + control + ": expected text without control characters", null);
          return;
        }
      }
      int before = problems.size() + (int) Math.min(Integer.MAX_VALUE, omitted);
      String keyResultId = keyResult(row);
      Day day = null;
      String dateText = cell(row, CheckInColumn.DATE);
      if (dateText.isEmpty()) {
        problem(row, CheckInColumn.DATE, "is empty: expected the observation date, such as 31/03/2026", keyResultId);
      } else {
        try {
          day = dates.get(dateText);
          if (day == null) {
            LocalDate read = CellText.date(dateText);
            day = new Day(read, "sheet:" + read + "|");
            if (dates.size() < 10_000) {
              dates.put(dateText, day);
            }
          }
          if (dateText.indexOf('/') > 0 || dateText.indexOf('.') > 0) {
            dayFirstDates++;
          }
        } catch (CellText.Unreadable e) {
          problem(row, CheckInColumn.DATE, e.getMessage(), keyResultId);
        }
      }
      KeyResult kr = keyResultId == null ? null : rowKeyResult != null ? rowKeyResult : byId.get(keyResultId);
      CheckInStatus status = status(row, keyResultId);
      String numeratorText = cell(row, CheckInColumn.NUMERATOR);
      String denominatorText = cell(row, CheckInColumn.DENOMINATOR);
      String valueText = cell(row, CheckInColumn.VALUE);
      BigDecimal value = null;
      BigDecimal numerator = null;
      BigDecimal denominator = null;
      if (!numeratorText.isEmpty() || !denominatorText.isEmpty()) {
        if (numeratorText.isEmpty() || denominatorText.isEmpty()) {
          problem(row, numeratorText.isEmpty() ? CheckInColumn.NUMERATOR : CheckInColumn.DENOMINATOR,
              "is empty: a rate needs both its numerator and its denominator", keyResultId);
        } else {
          numerator = plainNumber(row, CheckInColumn.NUMERATOR, numeratorText, keyResultId);
          denominator = plainNumber(row, CheckInColumn.DENOMINATOR, denominatorText, keyResultId);
        }
      } else if (valueText.isEmpty()) {
        problem(row, columns.containsKey(CheckInColumn.VALUE) ? CheckInColumn.VALUE : CheckInColumn.NUMERATOR,
            "is empty: expected a value (or a numerator and a denominator)", keyResultId);
      } else {
        value = value(row, valueText, kr, keyResultId);
      }
      if (problems.size() + (int) Math.min(Integer.MAX_VALUE, omitted) > before || kr == null || day == null) {
        return;
      }
      LocalDate date = day.date();
      CheckIn.Builder builder;
      StringBuilder ref = reference;
      ref.setLength(0);
      ref.append(day.refPrefix());
      try {
        if (numerator != null && denominator != null) {
          builder = CheckIn.rateBuilder(numerator, denominator);
          appendCanonical(appendCanonical(ref, numerator).append('/'), denominator);
        } else {
          builder = CheckIn.builder().value(Objects.requireNonNull(value));
          appendCanonical(ref, value);
        }
        if (status == CheckInStatus.PROVISIONAL) {
          ref.append("|provisional");
        }
        builder.observedOn(date).recordedAt(recordedAt).source(CheckInSource.IMPORT).status(status).sourceRef(ref.toString());
        String note = cell(row, CheckInColumn.NOTE);
        if (!note.isEmpty()) {
          builder.note(note);
        }
        String author = cell(row, CheckInColumn.AUTHOR);
        if (!author.isEmpty()) {
          builder.authorId(author);
        }
        KeyResultCheckIn item = KeyResultCheckIn.of(kr.getId(), builder.build());
        if (pending.size() == pendingRows.length) {
          pendingRows = java.util.Arrays.copyOf(pendingRows, pendingRows.length * 2);
        }
        pendingRows[pending.size()] = row.number();
        pending.add(item);
      } catch (InvalidPlanException e) {
        problem(row, "", "the key result '" + kr.getId() + "' refuses the check-in: " + firstProblem(e), kr.getId());
      }
    }

    private @Nullable String keyResult(SheetRows.Row row) {
      rowKeyResult = null;
      String id = cell(row, CheckInColumn.KEY_RESULT);
      if (!id.isEmpty()) {
        KeyResult found = byId.get(id);
        if (found == null) {
          problem(row, CheckInColumn.KEY_RESULT, "is '" + CsvRows.shorten(id) + "': no key result of the plan has this id", null);
          return null;
        }
        rowKeyResult = found;
        return id;
      }
      String code = cell(row, CheckInColumn.INDICATOR);
      if (code.isEmpty()) {
        problem(row, columns.containsKey(CheckInColumn.KEY_RESULT) ? CheckInColumn.KEY_RESULT : CheckInColumn.INDICATOR,
            "is empty: expected the key result id or the indicator code", null);
        return null;
      }
      List<String> ids = byIndicator.get(code.toLowerCase(Locale.ROOT));
      if (ids == null) {
        if (byId.containsKey(code)) {
          return code;
        }
        problem(row, CheckInColumn.INDICATOR, "is '" + CsvRows.shorten(code) + "': no key result of the plan follows this indicator", null);
        return null;
      }
      if (ids.size() > 1) {
        problem(row, CheckInColumn.INDICATOR, "is '" + CsvRows.shorten(code) + "': followed by several key results " + ids
            + ": add a Résultat clé column to say which", null);
        return null;
      }
      return ids.get(0);
    }

    private CheckInStatus status(SheetRows.Row row, @Nullable String keyResultId) {
      String raw = cell(row, CheckInColumn.STATUS);
      CheckInStatus known = statuses.get(raw);
      if (known != null) {
        return known;
      }
      String text = CheckInColumn.fold(raw);
      CheckInStatus status = switch (text) {
        case "", "final", "definitif", "definitive", "valide", "validee", "f" -> CheckInStatus.FINAL;
        case "provisoire", "provisional", "estime", "estimation", "estimate", "p" -> CheckInStatus.PROVISIONAL;
        default -> null;
      };
      if (status != null) {
        if (statuses.size() < 100) {
          statuses.put(raw, status);
        }
        return status;
      }
      switch (text) {
        case "", "final", "definitif", "definitive", "valide", "validee", "f" -> {
          return CheckInStatus.FINAL;
        }
        case "provisoire", "provisional", "estime", "estimation", "estimate", "p" -> {
          return CheckInStatus.PROVISIONAL;
        }
        default -> {
          problem(row, CheckInColumn.STATUS, "is '" + CsvRows.shorten(cell(row, CheckInColumn.STATUS))
              + "': expected définitif/final or provisoire/provisional (empty: final)", keyResultId);
          return CheckInStatus.FINAL;
        }
      }
    }

    private @Nullable BigDecimal plainNumber(SheetRows.Row row, CheckInColumn column, String text, @Nullable String keyResultId) {
      try {
        CellText.Number n = CellText.number(text, separator);
        count(n);
        if (n.percent()) {
          problem(row, column, "is '" + text + "': a numerator or denominator is a count, without %", keyResultId);
          return null;
        }
        return n.value();
      } catch (CellText.Unreadable e) {
        problem(row, column, e.getMessage(), keyResultId);
        return null;
      }
    }

    private @Nullable BigDecimal value(SheetRows.Row row, String text, @Nullable KeyResult kr, @Nullable String keyResultId) {
      try {
        CellText.Number n = CellText.number(text, separator);
        count(n);
        if (n.percent() && kr != null && kr.getUnit() != MeasureUnit.PERCENT && kr.getMetric().kind() != MetricKind.RATE) {
          problem(row, CheckInColumn.VALUE, "is '" + text + "', a percentage, but key result '" + kr.getId() + "' is measured in "
              + kr.getUnit() + ": expected a value without %", keyResultId);
          return null;
        }
        return n.value();
      } catch (CellText.Unreadable e) {
        problem(row, CheckInColumn.VALUE, e.getMessage(), keyResultId);
        return null;
      }
    }

    private void count(CellText.Number n) {
      if (n.decimalMark() == ',') {
        commaDecimals++;
      } else if (n.decimalMark() == '.') {
        pointDecimals++;
      }
    }

    private ImportReport apply() {
      boolean refused = !problems.isEmpty() || omitted > 0;
      if (refused && !settings.skipBadRows) {
        return withheld(problems);
      }
      try {
        AppendedCheckIns appended = plan.withCheckIns(pending);
        if (problems.isEmpty()) {
          // Every row gave a check-in: their outcomes are made when read.
          return report(appended.getPlan(), new CheckInOutcomes(rows.sheet(), pending, pendingRows, appliedPositions(appended)));
        }
        List<ImportOutcome> outcomes = new ArrayList<>(pending.size() + problems.size());
        // The applied items are the batch's own instances, in batch order: one walk finds them.
        List<KeyResultCheckIn> applied = appended.getApplied();
        int next = 0;
        for (int i = 0; i < pending.size(); i++) {
          KeyResultCheckIn item = pending.get(i);
          boolean wasApplied = next < applied.size() && applied.get(next) == item;
          if (wasApplied) {
            next++;
          }
          outcomes.add(checkInOutcome(i, wasApplied ? ImportOutcome.Kind.APPLIED : ImportOutcome.Kind.SKIPPED));
        }
        return report(appended.getPlan(), inRowOrder(outcomes, problems));
      } catch (InvalidPlanException e) {
        return oneByOne();
      }
    }

    /** The positions in {@link #pending} of the check-ins applied: the batch's own instances, in batch order. */
    private java.util.BitSet appliedPositions(AppendedCheckIns appended) {
      List<KeyResultCheckIn> applied = appended.getApplied();
      java.util.BitSet positions = new java.util.BitSet(pending.size());
      int next = 0;
      for (int i = 0; i < pending.size() && next < applied.size(); i++) {
        if (applied.get(next) == pending.get(i)) {
          positions.set(i);
          next++;
        }
      }
      return positions;
    }

    /** The batch was refused: apply row by row to find which rows the key results refuse. */
    private ImportReport oneByOne() {
      Plan current = plan;
      List<ImportOutcome> outcomes = new ArrayList<>();
      boolean refused = !problems.isEmpty() || omitted > 0;
      for (int i = 0; i < pending.size(); i++) {
        KeyResultCheckIn item = pending.get(i);
        String id = item.getKeyResultId();
        CheckIn checkIn = item.getCheckIn();
        if (current.hasCheckInFrom(id, checkIn.getSourceRef().orElseThrow())) {
          outcomes.add(checkInOutcome(i, ImportOutcome.Kind.SKIPPED));
          continue;
        }
        try {
          current = current.withCheckIn(id, checkIn);
          outcomes.add(checkInOutcome(i, ImportOutcome.Kind.APPLIED));
        } catch (InvalidPlanException e) {
          refused = true;
          outcomes.add(new ImportOutcome(ImportOutcome.Kind.REFUSED, rows.sheet(), pendingRows[i], "", "the key result '" + id
              + "' refuses the check-in: " + firstProblem(e), id, null, null));
        }
      }
      outcomes.addAll(problems);
      outcomes.sort(java.util.Comparator.comparingLong(ImportOutcome::getRow));
      if (refused && !settings.skipBadRows) {
        return withheld(outcomes.stream().filter(o -> o.getKind() == ImportOutcome.Kind.REFUSED).toList());
      }
      return report(current, outcomes);
    }

    private ImportReport withheld(List<ImportOutcome> refusals) {
      List<ImportOutcome> outcomes = new ArrayList<>(refusals.size() + pending.size());
      outcomes.addAll(refusals);
      java.util.Set<Long> refusedRows = new java.util.HashSet<>();
      refusals.forEach(o -> refusedRows.add(o.getRow()));
      for (int i = 0; i < pending.size(); i++) {
        if (!refusedRows.contains(pendingRows[i])) {
          outcomes.add(outcome(i, ImportOutcome.Kind.WITHHELD, "not applied: the import is all or nothing and "
              + "another row was refused (skip bad rows to apply the others)"));
        }
      }
      outcomes.sort(java.util.Comparator.comparingLong(ImportOutcome::getRow));
      LOG.debug("sheet import withheld: {} rows refused", refusals.size() + omitted);
      return new ImportReport(plan, outcomes, assumptions, omitted);
    }

    private ImportReport report(Plan result, List<ImportOutcome> outcomes) {
      ImportReport report = new ImportReport(result, outcomes, assumptions, omitted);
      LOG.debug("sheet import: {}", report);
      return report;
    }

    /**
     * The check-in rows' outcomes and the refusals, each list in row order, merged in row order (for
     * one row, its check-in before its refusals, as the stable sort of both gave).
     */
    private List<ImportOutcome> inRowOrder(List<ImportOutcome> checkIns, List<ImportOutcome> refusals) {
      if (refusals.isEmpty()) {
        return checkIns;
      }
      List<ImportOutcome> merged = new ArrayList<>(checkIns.size() + refusals.size());
      int r = 0;
      for (ImportOutcome outcome : checkIns) {
        while (r < refusals.size() && refusals.get(r).getRow() < outcome.getRow()) {
          merged.add(refusals.get(r++));
        }
        merged.add(outcome);
      }
      merged.addAll(refusals.subList(r, refusals.size()));
      return merged;
    }

    /** An observation date and the start of the source references of its rows. */
    private record Day(LocalDate date, String refPrefix) {}

    /** The row's check-in applied or skipped; the message is written when read. */
    private ImportOutcome checkInOutcome(int index, ImportOutcome.Kind kind) {
      KeyResultCheckIn item = pending.get(index);
      return new ImportOutcome(kind, rows.sheet(), pendingRows[index], item.getKeyResultId(), item.getCheckIn());
    }

    private ImportOutcome outcome(int index, ImportOutcome.Kind kind, String message) {
      KeyResultCheckIn item = pending.get(index);
      return new ImportOutcome(kind, rows.sheet(), pendingRows[index], "", message, item.getKeyResultId(),
          item.getCheckIn().getSourceRef().orElse(null), item.getCheckIn());
    }
  }

  private static boolean isBlank(List<String> cells) {
    for (int i = 0, n = cells.size(); i < n; i++) {
      if (!cells.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** {@code 0 → A}, {@code 25 → Z}, {@code 26 → AA}. */
  static String letters(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.append((char) ('A' + (n - 1) % 26));
    }
    return out.reverse().toString();
  }

  /** A number's text in a source reference: plain, without trailing zeros ({@code 78.50 → 78.5}, {@code 1E+2 → 100}). */
  static String canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Appends {@link #canonical(BigDecimal)}'s text, without its intermediate numbers and strings for
   * the values of up to 18 digits a sheet holds (one per row).
   */
  static StringBuilder appendCanonical(StringBuilder out, BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > 18 || value.precision() > 18) {
      return out.append(canonical(value));
    }
    long unscaled = scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (scale == 0) {
      return out.append(unscaled);
    }
    if (unscaled < 0) {
      out.append('-');
    }
    String digits = Long.toString(Math.abs(unscaled));
    int point = digits.length() - scale;
    if (point <= 0) {
      out.append("0.");
      for (int i = point; i < 0; i++) {
        out.append('0');
      }
      return out.append(digits);
    }
    return out.append(digits, 0, point).append('.').append(digits, point, digits.length());
  }


  private static String firstProblem(InvalidPlanException e) {
    PlanProblem first = e.getProblems().get(0);
    return first.getPath() + ": " + first.getMessage();
  }

  /** The builder's settings, frozen. */
  static final class Settings {
    final Map<String, CheckInColumn> mapping;
    final boolean skipBadRows;
    final Clock clock;
    final long maxBytes;
    final long maxRows;
    final int maxColumns;
    final int maxCellLength;
    final int maxRowLength;
    final int maxProblems;
    final @Nullable Character separator;
    final @Nullable Charset charset;
    final @Nullable String sheetName;

    Settings(Builder b) {
      this.mapping = Map.copyOf(b.mapping);
      this.skipBadRows = b.skipBadRows;
      this.clock = b.clock;
      this.maxBytes = b.maxBytes;
      this.maxRows = b.maxRows;
      this.maxColumns = b.maxColumns;
      this.maxCellLength = b.maxCellLength;
      this.maxRowLength = Math.max(b.maxCellLength, 100_000);
      this.maxProblems = b.maxProblems;
      this.separator = b.separator;
      this.charset = b.charset;
      this.sheetName = b.sheetName;
    }

    /** The column a header cell names: the user's mapping first, then the known names. */
    @Nullable CheckInColumn columnFor(String header) {
      if (header.length() > 200 || header.isBlank()) {
        return null;
      }
      String folded = CheckInColumn.fold(header);
      CheckInColumn mapped = mapping.get(folded);
      return mapped != null ? mapped : CheckInColumn.forHeader(header).orElse(null);
    }
  }

  /** Builds {@link SpreadsheetImport}s. Not thread-safe. */
  public static final class Builder {
    private final Map<String, CheckInColumn> mapping = new LinkedHashMap<>();
    private boolean skipBadRows;
    private Clock clock = Clock.systemUTC();
    private long maxBytes = 64L * 1024 * 1024;
    private long maxRows = 500_000;
    private int maxColumns = 1_000;
    private int maxCellLength = 10_000;
    private int maxProblems = 1_000;
    private @Nullable Character separator;
    private @Nullable Charset charset;
    private @Nullable String sheetName;

    private Builder() {}

    /**
     * Maps a header to a column, beside (and before) the known names: {@code map("Taux DPA", VALUE)}.
     * Compared like the known names: case, accents and punctuation do not count.
     *
     * @param header the header as written in the sheet
     * @param column what the column holds
     * @return this builder
     * @throws IllegalArgumentException if the header is blank
     */
    public Builder map(String header, CheckInColumn column) {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(column, "column");
      String folded = CheckInColumn.fold(header);
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("header '" + header + "': give a header with letters or digits");
      }
      mapping.put(folded, column);
      return this;
    }

    /**
     * Sets whether good rows are applied when others are refused (refused rows are listed either way).
     *
     * @param skipBadRows true to apply the good rows; false (the default) applies nothing if a row is refused
     * @return this builder
     */
    public Builder skipBadRows(boolean skipBadRows) {
      this.skipBadRows = skipBadRows;
      return this;
    }

    /**
     * Sets the clock giving the check-ins' recording time.
     *
     * @param clock the clock, the system's UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the CSV separator, instead of detecting it.
     *
     * @param separator one of {@code ; , | } and tab
     * @return this builder
     * @throws IllegalArgumentException for another character
     */
    public Builder separator(char separator) {
      if (new String(CsvRows.SEPARATORS).indexOf(separator) < 0) {
        throw new IllegalArgumentException("separator " + CsvRows.describe(separator) + ": expected ';', ',', '|' or tab");
      }
      this.separator = separator;
      return this;
    }

    /**
     * Sets the CSV encoding, instead of detecting it (a byte-order mark still wins).
     *
     * @param charset the encoding
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Sets the sheet of a workbook to read (else the first).
     *
     * @param name the sheet's name
     * @return this builder
     */
    public Builder sheet(String name) {
      this.sheetName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the reading limits; a source over one is refused whole.
     *
     * @param maxBytes bytes of a CSV file or workbook, and expanded bytes of a workbook's part (&gt; 0)
     * @param maxRows rows, header excluded (&gt; 0)
     * @param maxColumns columns (&gt; 0)
     * @param maxCellLength characters in a cell (&gt; 0)
     * @return this builder
     * @throws IllegalArgumentException if a limit is not positive
     */
    public Builder limits(long maxBytes, long maxRows, int maxColumns, int maxCellLength) {
      if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0) {
        throw new IllegalArgumentException("limits must be > 0: maxBytes=" + maxBytes + ", maxRows=" + maxRows
            + ", maxColumns=" + maxColumns + ", maxCellLength=" + maxCellLength);
      }
      this.maxBytes = maxBytes;
      this.maxRows = maxRows;
      this.maxColumns = maxColumns;
      this.maxCellLength = maxCellLength;
      return this;
    }

    /**
     * Sets how many refused rows are listed; beyond it they are only counted.
     *
     * @param maxProblems the number listed (&gt; 0), 1,000 by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxProblems(int maxProblems) {
      if (maxProblems <= 0) {
        throw new IllegalArgumentException("maxProblems must be > 0: " + maxProblems);
      }
      this.maxProblems = maxProblems;
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     */
    public SpreadsheetImport build() {
      return new SpreadsheetImport(this);
    }
  }
}
