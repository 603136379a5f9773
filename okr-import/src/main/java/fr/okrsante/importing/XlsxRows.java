package fr.okrsante.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * A workbook sheet's rows, streamed by fastexcel-reader. Before the workbook is opened, every zip
 * entry is inflated once, counting: an entry that expands more than 100-fold past 1 MB, or a
 * workbook whose entries expand past the byte limit, is refused (a zip bomb). Cells become text:
 * a date cell {@code 2026-03-31}, a number its plain decimal, a percentage-formatted number
 * {@code 78.5 %}, a formula its stored result (computed by the spreadsheet program, never here).
 */
final class XlsxRows implements SheetRows {

  private static final long RATIO_FLOOR = 1_048_576;
  private static final int MAX_RATIO = 100;

  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final String sheet;
  private final int maxColumns;
  private final List<String> assumptions = new ArrayList<>();

  private XlsxRows(ReadableWorkbook workbook, Sheet sheet, String name, SpreadsheetImport.Settings settings) throws IOException {
    this.workbook = workbook;
    this.sheet = name + "[" + sheet.getName() + "]";
    this.maxColumns = settings.maxColumns;
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    assumptions.add("workbook: sheet '" + sheet.getName() + "'" + (settings.sheetName == null ? " (the first)" : " (given)"));
  }

  static XlsxRows open(Path file, String name, SpreadsheetImport.Settings settings) {
    inspect(file, name, settings.maxBytes);
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
      Sheet sheet;
      if (settings.sheetName != null) {
        sheet = workbook.findSheet(settings.sheetName).orElse(null);
        if (sheet == null) {
          List<String> names = workbook.getSheets().map(Sheet::getName).toList();
          throw new SourceFormatException(name, 0, "has no sheet '" + settings.sheetName + "': its sheets are " + names);
        }
      } else {
        sheet = workbook.getFirstSheet();
      }
      return new XlsxRows(workbook, sheet, name, settings);
    } catch (IOException | RuntimeException e) {
      closeQuietly(workbook);
      if (e instanceof SourceFormatException format) {
        throw format;
      }
      throw new SourceFormatException(name, 0, "is not a readable xlsx workbook (" + CsvRows.shorten(String.valueOf(e.getMessage())) + ")", e);
    }
  }

  private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  /** Inflates every entry once, counting, and refuses a zip bomb or a file that is not a zip. */
  private static void inspect(Path file, String name, long maxBytes) {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] buffer = new byte[65_536];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      boolean workbookPart = false;
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        workbookPart |= entry.getName().equals("xl/workbook.xml");
        long compressed = Math.max(1, entry.getCompressedSize());
        long expanded = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            expanded += n;
            total += n;
            if (expanded > RATIO_FLOOR && expanded / compressed > MAX_RATIO) {
              throw new SourceFormatException(name, 0, "entry '" + CsvRows.shorten(entry.getName()) + "' expands more than "
                  + MAX_RATIO + "-fold (" + compressed + " compressed bytes): refused as a zip bomb");
            }
            if (total > maxBytes) {
              throw new SourceFormatException(name, 0, "expands to more than " + maxBytes
                  + " bytes: refused (raise the limit, maxBytes, if the workbook is genuine)");
            }
          }
        }
      }
      if (!workbookPart) {
        throw new SourceFormatException(name, 0, "is a zip file without xl/workbook.xml: not an xlsx workbook");
      }
    } catch (IOException e) {
      throw new SourceFormatException(name, 0, "is not an xlsx workbook (not a readable zip file: "
          + CsvRows.shorten(String.valueOf(e.getMessage())) + ")", e);
    }
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public SheetRows.@Nullable Row next() {
    org.dhatim.fastexcel.reader.Row row;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      row = rows.next();
    } catch (RuntimeException e) {
      throw new SourceFormatException(sheet, 0, "cannot be read (" + CsvRows.shorten(String.valueOf(e.getMessage())) + ")", e);
    }
    int count = row.getCellCount();
    if (count > maxColumns) {
      throw new SourceFormatException(sheet, row.getRowNum(), "has more than " + maxColumns
          + " columns: a check-in sheet has a handful (raise maxColumns if this is expected)");
    }
    List<String> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Cell cell = row.getCell(i);
      cells.add(cell == null ? "" : text(cell));
    }
    return new SheetRows.Row(row.getRowNum(), cells);
  }

  private static String text(Cell cell) {
    CellType type = cell.getType();
    if (type == CellType.NUMBER) {
      return number(cell, cell.asNumber());
    }
    if (type == CellType.FORMULA) {
      String raw = cell.getRawValue();
      if (raw == null) {
        return "=" + cell.getFormula();
      }
      try {
        return number(cell, new BigDecimal(raw));
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    if (type == CellType.EMPTY) {
      return "";
    }
    String raw = cell.getRawValue();
    return type == CellType.STRING ? String.valueOf(cell.getValue()) : raw == null ? "" : raw;
  }

  private static String number(Cell cell, BigDecimal value) {
    String format = cell.getDataFormatString();
    if (format != null) {
      String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
      if (f.contains("%")) {
        return value.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
      }
      if (f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"))) {
        try {
          LocalDateTime date = cell.asDate();
          return date.toLocalDate().toString();
        } catch (RuntimeException e) {
          // not a date after all: keep the number
        }
      }
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  @Override
  public List<String> assumptions() {
    return assumptions;
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }
}
