package fr.okrsante.examples;

import fr.okrsante.plan.CheckIn;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of monthly check-ins, each observed on the last day of its month: how most indicators
 * reach a steering committee (the month's figure, known at month end).
 */
final class MonthlyCheckIns {

  private MonthlyCheckIns() {}

  /**
   * Values for January, February… of a year; {@code null} skips a month (no figure that month).
   */
  static List<CheckIn> values(int year, String... values) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int month = 0; month < values.length; month++) {
      if (values[month] != null) {
        checkIns.add(CheckIn.of(endOf(year, month + 1), values[month]));
      }
    }
    return checkIns;
  }

  /** Rates for January, February…: numerator and denominator, pair after pair. */
  static List<CheckIn> rates(int year, long... numeratorsAndDenominators) {
    if (numeratorsAndDenominators.length % 2 != 0) {
      throw new IllegalArgumentException("rates come in pairs: numerator, denominator");
    }
    List<CheckIn> checkIns = new ArrayList<>();
    for (int i = 0; i < numeratorsAndDenominators.length; i += 2) {
      checkIns.add(CheckIn.ofRate(endOf(year, i / 2 + 1), numeratorsAndDenominators[i], numeratorsAndDenominators[i + 1]));
    }
    return checkIns;
  }

  /** The last day of a month. */
  static LocalDate endOf(int year, int month) {
    return YearMonth.of(year, month).atEndOfMonth();
  }
}
