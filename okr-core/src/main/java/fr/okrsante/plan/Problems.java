package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects problems while validating; throws them all at once. Not thread-safe; local use only. */
final class Problems {

  /** Ids: a letter or digit, then letters, digits, '.', '_', ':' or '-'; at most 100 characters. */
  static final String ID_REGEX = Plan.ID_PATTERN;
  private static final Pattern ID = Pattern.compile(ID_REGEX);

  private final List<PlanProblem> list = new ArrayList<>();

  void add(String path, String message) {
    list.add(PlanProblem.of(path, message));
  }

  void id(String path, String id) {
    if (!isId(id)) {
      add(path, "malformed id '" + shorten(id) + "': use 1 to 100 letters, digits, '.', '_', ':' or '-', "
          + "starting with a letter or digit");
    }
  }

  /**
   * Tells whether a text matches {@link #ID_REGEX}, without a regex engine: ids are checked for
   * every item of a plan (millions at national scale).
   */
  static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > 100) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** The regex form of {@link #isId}, kept to check that both agree. */
  static boolean matchesIdRegex(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * Reports a reference (a check-in's source reference, an indicator binding's parts) that is
   * empty, longer than {@link Plan#MAX_REFERENCE_LENGTH}, has a control character, or starts or
   * ends with white space: such text is a key compared character for character.
   */
  void reference(String path, String reference) {
    String why = referenceProblem(reference);
    if (why != null) {
      add(path, "'" + shorten(sanitized(reference)) + "' " + why);
    }
  }

  /** Why a text is not a valid reference, or null. */
  static @org.jspecify.annotations.Nullable String referenceProblem(String reference) {
    if (reference.isEmpty()) {
      return "is empty: give the reference of the record";
    }
    if (reference.length() > Plan.MAX_REFERENCE_LENGTH) {
      return "has " + reference.length() + " characters: a reference has at most " + Plan.MAX_REFERENCE_LENGTH;
    }
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return "has a control character at index " + i + ": a reference is one line of visible text";
      }
    }
    if (Character.isWhitespace(reference.charAt(0)) || Character.isWhitespace(reference.charAt(reference.length() - 1))) {
      return "starts or ends with white space: a reference is compared character for character";
    }
    return null;
  }

  private static String sanitized(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
    for (int i = 0; i < text.length() && i < 64; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }

  void text(String path, String text) {
    if (text.isBlank()) {
      add(path, "is blank: give a short, readable text");
    }
  }

  void weight(String path, double weight) {
    if (!Double.isFinite(weight) || weight < 0) {
      add(path, "weight " + weight + " is not allowed: use a finite number ≥ 0");
    }
  }

  void fraction(String path, double value) {
    if (!(value >= 0 && value <= 1)) {
      add(path, value + " is not between 0 and 1");
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<PlanProblem> list() {
    return list;
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidPlanException(list);
    }
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }

  static String plain(BigDecimal value) {
    // 1E+999999999 in plain digits would be a billion characters: keep such a number short
    return isWithinBounds(value) ? value.stripTrailingZeros().toPlainString() : value.toString();
  }

  /**
   * The most digits a plan's number may have before, and after, the decimal point. Far beyond any
   * health indicator, and small enough that no computation on such numbers can take long: an
   * unbounded exponent ("1E-2147483647", a short text in a document) would make exact arithmetic
   * run out of time or memory.
   */
  static final int MAX_DIGITS = 1_000;

  /**
   * Tells whether a number has at most {@link #MAX_DIGITS} digits before and after the decimal point.
   *
   * @param value the number
   * @return true if it is within bounds
   */
  static boolean isWithinBounds(BigDecimal value) {
    // the digits as written: 0E-2147483647 is zero, but dividing at its scale would never end
    return value.scale() <= MAX_DIGITS && (long) value.precision() - value.scale() <= MAX_DIGITS;
  }

  /** Reports a number beyond {@link #MAX_DIGITS} digits before or after the decimal point. */
  boolean number(String path, BigDecimal value) {
    if (isWithinBounds(value)) {
      return true;
    }
    add(path, "is " + value + ": a number has at most " + MAX_DIGITS + " digits before and "
        + MAX_DIGITS + " after the decimal point");
    return false;
  }
}
