package fr.okrsante.review;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads titles as a facilitator does: the first words, whatever the case, accents or numbering. */
final class Titles {

  /** "KR1 :", "KR 2 -", "1." and the like before the title proper. */
  private static final Pattern NUMBERING = Pattern.compile("^(kr\\s*\\d*|rc\\s*\\d*|\\d+)\\s*[:.)\\-–]\\s*");

  private Titles() {}

  /**
   * Returns a title lower-cased, without accents or numbering, apostrophes as {@code '}, one space
   * between words.
   */
  static String normalise(String title) {
    String text = title.replace('’', '\'').replace('\u00a0', ' ').replace('\u202f', ' ').toLowerCase(Locale.ROOT)
        .replace("œ", "oe");
    text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    text = text.replaceAll("\\s+", " ").strip();
    return NUMBERING.matcher(text).replaceFirst("");
  }

  /** "KR1 :" and the like at the start of a title as written. */
  private static final Pattern WRITTEN_NUMBERING =
      Pattern.compile("^(kr\\s*\\d*|rc\\s*\\d*|\\d+)\\s*[:.)\\-–]\\s*", Pattern.CASE_INSENSITIVE);

  /** Returns the first words of a title as written (after any numbering), lower-cased. */
  static String leadingWords(String title, int count) {
    String text = WRITTEN_NUMBERING.matcher(title.strip()).replaceFirst("");
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(count, words.length)))
        .toLowerCase(Locale.ROOT);
  }

  /** Returns the phrase a normalised title starts with, as a whole word, or null. */
  static @org.jspecify.annotations.Nullable String startingPhrase(String normalised, List<String> phrases) {
    for (String phrase : phrases) {
      if (normalised.startsWith(phrase) && (normalised.length() == phrase.length()
          || !Character.isLetterOrDigit(normalised.charAt(phrase.length())))) {
        return phrase;
      }
    }
    return null;
  }

  /** Tells whether a normalised title holds one of the phrases as whole words. */
  static boolean contains(String normalised, List<String> phrases) {
    for (String phrase : phrases) {
      int at = normalised.indexOf(phrase);
      while (at >= 0) {
        boolean before = at == 0 || !Character.isLetterOrDigit(normalised.charAt(at - 1));
        int end = at + phrase.length();
        boolean after = end == normalised.length() || !Character.isLetterOrDigit(normalised.charAt(end));
        if (before && after) {
          return true;
        }
        at = normalised.indexOf(phrase, at + 1);
      }
    }
    return false;
  }
}
