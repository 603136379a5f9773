package fr.okrsante.plan;

import java.time.LocalDate;

/**
 * Shares {@link LocalDate} instances between the millions of check-ins of a national plan: one
 * instance per day from about 1611 to 2328, created on first use. Dates outside that range are
 * kept as given.
 *
 * <p>Thread-safe: racing threads may each create an instance for the same day, and every
 * {@link LocalDate} is immutable with final fields, so any instance a thread sees is complete.
 */
final class Days {

  private static final int PAGE_BITS = 10;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int OFFSET = 1 << 17;
  private static final LocalDate[][] PAGES = new LocalDate[(2 * OFFSET) >> PAGE_BITS][];

  private Days() {}

  /**
   * Returns the shared instance of a day.
   *
   * @param epochDay the day, within the shared range
   * @return the day
   */
  static LocalDate ofEpochDay(int epochDay) {
    int i = epochDay + OFFSET;
    LocalDate[] page = PAGES[i >>> PAGE_BITS];
    LocalDate shared = page == null ? null : page[i & (PAGE_SIZE - 1)];
    return shared != null ? shared : shared(LocalDate.ofEpochDay(epochDay));
  }

  static LocalDate shared(LocalDate date) {
    long index = date.toEpochDay() + OFFSET;
    if (index < 0 || index >= 2L * OFFSET) {
      return date;
    }
    int i = (int) index;
    LocalDate[] page = PAGES[i >>> PAGE_BITS];
    if (page == null) {
      page = new LocalDate[PAGE_SIZE];
      PAGES[i >>> PAGE_BITS] = page;
    }
    LocalDate shared = page[i & (PAGE_SIZE - 1)];
    if (shared == null) {
      page[i & (PAGE_SIZE - 1)] = date;
      return date;
    }
    return shared;
  }
}
