package fr.okrsante.importing;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file's rows, through FastCSV: encoding sniffed ({@link SniffingReader}), separator detected
 * from the first lines (the one that splits a line into the most known column names; {@code ;}
 * when nothing tells), quotes as RFC 4180, every limit enforced while reading.
 */
final class CsvRows implements SheetRows {

  static final char[] SEPARATORS = {';', ',', '\t', '|'};
  private static final int SNIFF_CHARS = 65_536;

  private final String sheet;
  private final SniffingReader decoded;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final List<String> assumptions = new ArrayList<>();
  private final char separator;
  private final int maxColumns;
  private boolean encodingNoted;

  CsvRows(InputStream in, String sheet, SpreadsheetImport.Settings settings) {
    this.sheet = sheet;
    this.maxColumns = settings.maxColumns;
    try {
      this.decoded = new SniffingReader(in, sheet, settings.maxBytes, settings.charset);
      char[] head = new char[SNIFF_CHARS];
      int n = 0;
      while (n < head.length) {
        int r = decoded.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      String prefix = new String(head, 0, n);
      if (settings.separator != null) {
        separator = settings.separator;
        assumptions.add("separator: " + describe(separator) + " (given)");
      } else {
        separator = detectSeparator(prefix, settings);
      }
      Reader whole = new PrefixedReader(prefix, decoded);
      this.reader = CsvReader.builder()
          .fieldSeparator(separator)
          .quoteCharacter('"')
          .commentStrategy(CommentStrategy.NONE)
          .skipEmptyLines(false)
          .allowExtraFields(true)
          .allowMissingFields(true)
          .maxBufferSize(Math.max(settings.maxCellLength * 2, 65_536))
          .build(CsvRecordHandler.builder()
              .maxFields(settings.maxColumns + 1)
              .maxFieldSize(settings.maxCellLength)
              .maxRecordSize(Math.max(settings.maxCellLength, settings.maxRowLength))
              .build(), whole);
      this.records = reader.iterator();
    } catch (IOException e) {
      throw new SourceFormatException(sheet, 0, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private char detectSeparator(String prefix, SpreadsheetImport.Settings settings) {
    String[] lines = prefix.split("\r\n|\n|\r", 40);
    char best = 0;
    int bestScore = 0;
    for (char candidate : SEPARATORS) {
      int score = 0;
      for (int i = 0; i < lines.length && i < 30; i++) {
        int known = 0;
        for (String cell : lines[i].split(java.util.regex.Pattern.quote(String.valueOf(candidate)), 64)) {
          if (settings.columnFor(unquote(cell)) != null) {
            known++;
          }
        }
        score = Math.max(score, known);
      }
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best != 0 && bestScore >= 2) {
      assumptions.add("separator: " + describe(best) + " (detected from the header)");
      return best;
    }
    String first = lines.length == 0 ? "" : lines[0];
    int bestCount = 0;
    for (char candidate : SEPARATORS) {
      int count = (int) first.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        bestCount = count;
        best = candidate;
      }
    }
    if (bestCount == 0) {
      best = ';';
      assumptions.add("separator: ';' (assumed: French Excel's; nothing in the first line tells)");
    } else {
      assumptions.add("separator: " + describe(best) + " (the most frequent in the first line)");
    }
    return best;
  }

  private static String unquote(String cell) {
    String t = cell.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  static String describe(char separator) {
    return separator == '\t' ? "tab" : "'" + separator + "'";
  }

  char separator() {
    return separator;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public @Nullable Row next() {
    CsvRecord record;
    try {
      if (!records.hasNext()) {
        noteEncoding();
        return null;
      }
      record = records.next();
    } catch (RuntimeException e) {
      throw translate(e);
    }
    if (record.getFieldCount() > maxColumns) {
      throw new SourceFormatException(sheet, record.getStartingLineNumber(), "has more than " + maxColumns
          + " columns: a check-in sheet has a handful (raise maxColumns if this is expected)");
    }
    return new Row(record.getStartingLineNumber(), record.getFields());
  }

  private RuntimeException translate(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SourceFormatException format) {
        return format;
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException) {
      return new SourceFormatException(sheet, 0, "cannot be read (" + message + ")", e);
    }
    return new SourceFormatException(sheet, 0, "is not a readable CSV file: " + shorten(message)
        + " (limits: " + maxColumns + " columns, cells of at most the configured maxCellLength characters)", e);
  }

  static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private void noteEncoding() {
    if (!encodingNoted) {
      encodingNoted = true;
      assumptions.add(0, "encoding: " + decoded.encoding());
    }
  }

  @Override
  public List<String> assumptions() {
    List<String> all = new ArrayList<>(assumptions);
    if (!encodingNoted) {
      all.add(0, "encoding: " + decoded.encoding());
    }
    return all;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Replays the characters read to sniff, then the rest. */
  private static final class PrefixedReader extends Reader {
    private final String prefix;
    private final Reader rest;
    private int at;

    PrefixedReader(String prefix, Reader rest) {
      this.prefix = prefix;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (at < prefix.length()) {
        int n = Math.min(length, prefix.length() - at);
        prefix.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }
      return rest.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
