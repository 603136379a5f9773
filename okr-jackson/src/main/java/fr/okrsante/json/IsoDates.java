package fr.okrsante.json;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two date forms the writer produces — {@code 2026-03-31} and
 * {@code 2026-03-31T08:30:00Z} — without a {@link java.time.format.DateTimeFormatter}, which costs
 * about a third of reading a plan of a million check-ins. Any other form (another case, fractions
 * of a second, a year beyond 9999, a leap second, an invalid date) is left to
 * {@link LocalDate#parse} and {@link Instant#parse}: these methods return {@code null} for it, and
 * never accept what those would refuse nor read it differently.
 */
final class IsoDates {

  private IsoDates() {}

  /**
   * Reads {@code yyyy-MM-dd}.
   *
   * @param text the text
   * @return the date, or null if the text is not exactly of that form and a valid date
   */
  static @Nullable LocalDate date(String text) {
    if (text.length() != 10) {
      return null;
    }
    return dateAt(text);
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ssZ}.
   *
   * @param text the text
   * @return the instant, or null if the text is not exactly of that form and a valid instant
   */
  static @Nullable Instant instant(String text) {
    if (text.length() != 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return null;
    }
    LocalDate date = dateAt(text);
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    int second = twoDigits(text, 17);
    if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second);
  }

  private static @Nullable LocalDate dateAt(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int century = twoDigits(text, 0);
    int yearOfCentury = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int year = century * 100 + yearOfCentury;
    if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number written by two ASCII digits at {@code at}, or -1. */
  private static int twoDigits(String text, int at) {
    char tens = text.charAt(at);
    char units = text.charAt(at + 1);
    if (tens < '0' || tens > '9' || units < '0' || units > '9') {
      return -1;
    }
    return (tens - '0') * 10 + (units - '0');
  }
}
