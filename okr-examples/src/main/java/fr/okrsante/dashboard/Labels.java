package fr.okrsante.dashboard;

import fr.okrsante.plan.Status;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * The words and number formats of a dashboard in one language, read from the resource bundle
 * {@code fr/okrsante/dashboard/labels} (UTF-8 properties files).
 *
 * <p>French when the locale's language is French, English otherwise. The bundle is looked up
 * without falling back to the JVM's default locale, so an English dashboard stays English on a
 * French machine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Labels {

  private static final String BUNDLE = "fr.okrsante.dashboard.labels";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private Labels(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    // the language's medium pattern with ISO years (u): year 0 and earlier are not shifted into
    // "BC" years, and 12026 is printed as it is
    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
        IsoChronology.INSTANCE, locale).replace('y', 'u');
    this.dates = DateTimeFormatter.ofPattern(pattern, locale);
  }

  /**
   * Returns the labels for a locale: French for any French locale, English otherwise.
   *
   * @param locale the locale, e.g. {@link Locale#getDefault()}
   * @return the labels
   */
  public static Labels of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new Labels(isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /**
   * Returns the labels for a language code, as given to {@code --lang}.
   *
   * @param language {@code fr} or {@code en}
   * @return the labels
   * @throws IllegalArgumentException if the language is neither
   */
  public static Labels forLanguage(String language) {
    Objects.requireNonNull(language, "language");
    switch (language.toLowerCase(Locale.ROOT)) {
      case "fr":
        return of(Locale.FRENCH);
      case "en":
        return of(Locale.ENGLISH);
      default:
        throw new IllegalArgumentException("language '" + language + "' is not available: use fr or en");
    }
  }

  private static boolean isFrench(Locale locale) {
    return locale.getLanguage().equals(Locale.FRENCH.getLanguage());
  }

  /**
   * Returns the locale of these labels.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns a label.
   *
   * @param key the key, e.g. {@code section.alignment}
   * @return the label
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * Returns a label with its {@code {0}}, {@code {1}}… placeholders filled.
   *
   * @param key the key
   * @param arguments the values, already formatted
   * @return the label
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * Returns the label of a status.
   *
   * @param status the status
   * @return e.g. "En bonne voie" or "On track"
   */
  public String status(Status status) {
    return get("status." + status.name());
  }

  /**
   * Formats a progress or share as a whole percentage: 0.4583 → "46 %" (French), "46%" (English).
   *
   * @param fraction the value, 1 being 100 %
   * @return the percentage
   */
  public String percent(double fraction) {
    return format("percent.format", wholePercent(fraction));
  }

  /**
   * The whole percentage, exact however large: a raw progress may reach about 2×10^21 (a value of
   * 10^15 towards a target a millionth from its baseline), beyond a {@code long}, which
   * {@link Math#round(double)} would silently clamp to 9223372036854775807.
   */
  static String wholePercent(double fraction) {
    double percent = fraction * 100;
    if (Math.abs(percent) < 1e15) {
      return Long.toString(Math.round(percent));
    }
    if (!Double.isFinite(percent)) {
      return percent > 0 ? "∞" : percent < 0 ? "-∞" : "?";
    }
    return java.math.BigDecimal.valueOf(fraction).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Formats an optional progress, or says there is no data.
   *
   * @param fraction the value
   * @return the percentage, or the "no data" label
   */
  public String percent(OptionalDouble fraction) {
    return fraction.isPresent() ? percent(fraction.getAsDouble()) : get("label.noData");
  }

  /**
   * Formats an exact decimal in the language's notation, without grouping: 87.5 → "87,5" in French.
   *
   * @param value the value
   * @return the number
   */
  public String number(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  /**
   * Formats a weight in the language's notation: 1.0 → "1", 0.5 → "0,5" in French.
   *
   * @param weight the weight
   * @return the number
   */
  public String weight(double weight) {
    return Double.isFinite(weight) ? number(BigDecimal.valueOf(weight).stripTrailingZeros()) : Double.toString(weight);
  }

  /**
   * Formats a date with its ISO year: "30 juin 2026", "Jun 30, 2026", "Jun 30, -1".
   *
   * @param date the date
   * @return the formatted date
   */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  @Override
  public String toString() {
    return "Labels[" + locale + "]";
  }
}
