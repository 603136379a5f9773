package fr.okrsante.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reading the numbers and dates French spreadsheets write. Pure functions. */
final class CellText {

  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,40})(?:([.,])(\\d{1,40}))?");
  private static final int MAX_NUMBER_LENGTH = 60;

  private CellText() {}

  /** A number as read: its value and whether it was written with {@code %}. */
  record Number(BigDecimal value, boolean percent, char decimalMark) {}

  /** Thrown with what was expected; the caller adds where. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads {@code 78,5}, {@code 78.5}, {@code 1 234,5} (spaces, no-break spaces as group separators),
   * {@code −3}, {@code 78,5 %}. With {@code ','} as the file's separator, a comma in a number is
   * refused as ambiguous.
   */
  static Number number(String cell, char separator) throws Unreadable {
    Number quick = plain(cell, separator);
    if (quick != null) {
      return quick;
    }
    String text = cell.strip();
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Unreadable("is " + text.length() + " characters long: expected a number such as 78,5");
    }
    boolean percent = false;
    if (text.endsWith("%")) {
      percent = true;
      text = text.substring(0, text.length() - 1).strip();
    }
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        continue;
      }
      compact.append(c == '\u2212' ? '-' : c);
    }
    Matcher m = NUMBER.matcher(compact);
    if (!m.matches()) {
      throw new Unreadable("is '" + CsvRows.shorten(cell) + "': expected a number such as 78,5 or 78.5 (or 78,5 %)");
    }
    char mark = m.group(3) == null ? 0 : m.group(3).charAt(0);
    if (mark == ',' && separator == ',') {
      throw new Unreadable("is '" + cell + "': with ',' as the separator, write decimals with a point (78.5)");
    }
    String plain = m.group(1) + m.group(2) + (m.group(4) == null ? "" : "." + m.group(4));
    return new Number(new BigDecimal(plain), percent, mark);
  }

  /**
   * The common case without a regular expression: digits, at most one decimal mark, an optional
   * minus sign. Up to 18 digits are read into a long (no character array, no parsing of a copy);
   * the value and its scale are those {@code new BigDecimal(text)} gives ({@code 78,50 → 78.50}).
   */
  private static @Nullable Number plain(String cell, char separator) {
    int length = cell.length();
    if (length == 0 || length > 30) {
      return null;
    }
    char mark = 0;
    int markAt = -1;
    int digitCount = 0;
    boolean negative = false;
    long unscaled = 0;
    for (int i = 0; i < length; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digitCount++;
      } else if ((c == ',' || c == '.') && mark == 0 && i > 0 && i < length - 1 && cell.charAt(i - 1) != '-') {
        if (c == ',' && separator == ',') {
          return null;
        }
        mark = c;
        markAt = i;
      } else if (c == '-' && i == 0 && length > 1) {
        negative = true;
      } else {
        return null;
      }
    }
    if (digitCount == 0) {
      return null;
    }
    int scale = markAt < 0 ? 0 : length - 1 - markAt;
    if (digitCount > 18) {
      char[] digits = cell.toCharArray();
      if (markAt >= 0) {
        digits[markAt] = '.';
      }
      return new Number(new BigDecimal(digits, 0, length), false, mark);
    }
    return new Number(negative ? BigDecimal.valueOf(-unscaled, scale) : small(unscaled, scale), false, mark);
  }

  /** Values a sheet repeats on many rows: 0 to 9999 and 0.0 to 999.9, made once each when first read. */
  private static final int SMALL_VALUES = 10_000;

  /**
   * The shared instances of {@link #SMALL_VALUES}, by scale then unscaled value: a 400,000-row
   * sheet then keeps a few thousand numbers alive rather than one or two per row. Filled as read;
   * two threads reading the same value at once may each make one, equal and immutable.
   */
  private static final BigDecimal[] SMALL = new BigDecimal[2 * SMALL_VALUES];

  /** {@code BigDecimal.valueOf(unscaled, scale)}, shared for the small values of scale 0 and 1. */
  static BigDecimal small(long unscaled, int scale) {
    if (unscaled < 0 || unscaled >= SMALL_VALUES || scale > 1) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    int at = scale * SMALL_VALUES + (int) unscaled;
    BigDecimal value = SMALL[at];
    if (value == null) {
      value = BigDecimal.valueOf(unscaled, scale);
      SMALL[at] = value;
    }
    return value;
  }

  /** Reads {@code 31/03/2026} (day first, always), {@code 31.03.2026}, {@code 31-03-2026}, {@code 2026-03-31}, with an optional time. */
  static LocalDate date(String cell) throws Unreadable {
    String text = cell.strip();
    if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
      int day = twoDigits(text, 0);
      int month = twoDigits(text, 3);
      int year = twoDigits(text, 6) * 100 + twoDigits(text, 8);
      if (day >= 0 && month >= 0 && year >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new Unreadable("is '" + text + "': not a date of the calendar (day/month/year)");
        }
      }
    }
    try {
      Matcher m = DAY_FIRST.matcher(text);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = ISO.matcher(text);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      throw new Unreadable("is '" + CsvRows.shorten(text) + "': not a date of the calendar (day/month/year)");
    }
    throw new Unreadable("is '" + CsvRows.shorten(text) + "': expected a date such as 31/03/2026 or 2026-03-31");
  }

  private static int twoDigits(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
  }

  /** The first control character of a cell (other than tab, line feed, carriage return), or null. */
  static @Nullable String controlCharacter(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        return String.format("U+%04X", (int) c);
      }
    }
    return null;
  }
}
