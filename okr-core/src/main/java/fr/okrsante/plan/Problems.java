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

  void add(ProblemPath path, PlanProblem.Kind kind, String message) {
    list.add(PlanProblem.of(kind, path, message));
  }

  /** Adds a problem whose message names ids besides those of its path. */
  void add(ProblemPath path, PlanProblem.Kind kind, String message, String... mentioned) {
    list.add(PlanProblem.of(kind, path, message, new java.util.LinkedHashSet<>(java.util.Arrays.asList(mentioned))));
  }

  /** Adds a problem whose message names ids besides those of its path. */
  void add(ProblemPath path, PlanProblem.Kind kind, String message, java.util.Collection<String> mentioned) {
    list.add(PlanProblem.of(kind, path, message, new java.util.LinkedHashSet<>(mentioned)));
  }

  void id(ProblemPath path, String id) {
    if (!isId(id)) {
      add(path, PlanProblem.Kind.MALFORMED_ID, "malformed id '" + shorten(id) + "': use 1 to 100 letters, digits, '.', '_', ':' or '-', "
          + "starting with a letter or digit", id);
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
  void reference(ProblemPath path, String reference) {
    String why = referenceProblem(reference);
    if (why != null) {
      add(path, PlanProblem.Kind.MALFORMED_REFERENCE, "'" + shorten(sanitized(reference)) + "' " + why);
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

  void text(ProblemPath path, String text) {
    if (text.isBlank()) {
      add(path, PlanProblem.Kind.BLANK_TEXT, "is blank: give a short, readable text");
      return;
    }
    controls(path, text, false);
  }

  /**
   * Checks a text that may span lines (a description, a note): line feeds and tabs are allowed,
   * no other control character.
   */
  void freeText(ProblemPath path, String text) {
    controls(path, text, true);
  }

  /**
   * Reports a control character: C0 (except, in free text, tab and line feed), DEL, C1, and the
   * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a terminal or a
   * spreadsheet show other text than the one stored.
   */
  void controls(ProblemPath path, String text, boolean multiline) {
    int at = controlIndex(text, multiline);
    if (at >= 0) {
      add(path, PlanProblem.Kind.CONTROL_CHARACTER, String.format(java.util.Locale.ROOT, "holds the control character U+%04X at position %d: "
          + "plan texts hold no control characters%s", (int) text.charAt(at), at,
          multiline ? " other than tab and line feed" : " (no tab, no line break)"));
    }
  }

  /**
   * Returns the index of the first control character of a text, or -1.
   *
   * @param text the text
   * @param multiline whether tab and line feed are allowed
   * @return the index, or -1 if there is none
   */
  static int controlIndex(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i), multiline)) {
        return i;
      }
    }
    return -1;
  }

  /** Tells whether a character may not appear in a plan text. */
  static boolean isControl(char c, boolean multiline) {
    if (c < 0x20) {
      return !(multiline && (c == '\t' || c == '\n'));
    }
    return (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /** Reports a weight outside {@link NumberDomain}'s. */
  void weight(ProblemPath path, double weight) {
    String problem = NumberDomain.weightProblem(weight);
    if (problem != null) {
      add(path, PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, problem);
    }
  }

  /** Reports a fraction outside {@link NumberDomain}'s. */
  void fraction(ProblemPath path, double value) {
    String problem = NumberDomain.fractionProblem(value);
    if (problem != null) {
      add(path, PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, problem);
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
   * The most digits a number may have before, and after, the decimal point to be printed or worked
   * on at all: an unbounded exponent ("1E-2147483647", a short text in a document) would make exact
   * arithmetic run out of time or memory. Plans hold far fewer ({@link NumberDomain}).
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

  /**
   * Reports a decimal outside {@link NumberDomain}'s.
   *
   * @return true if the value is in the domain
   */
  boolean number(ProblemPath path, BigDecimal value) {
    String problem = NumberDomain.decimalProblem(value);
    if (problem == null) {
      return true;
    }
    add(path, PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN, problem);
    return false;
  }
}
