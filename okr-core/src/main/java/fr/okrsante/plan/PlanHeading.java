package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a plan says of itself beside its contents: its title, the language it is written in and
 * the framework codes it must cover. Shared unchanged by every plan derived from it.
 */
record PlanHeading(String title, @Nullable Locale language, List<FrameworkRef> requiredFrameworkRefs) {

  /** The longest language tag accepted: room for language, script, region and a variant. */
  static final int MAX_LANGUAGE_TAG_LENGTH = 35;

  /** The canonical order of required codes: by scheme, then code. */
  static final Comparator<FrameworkRef> REQUIRED_ORDER =
      Comparator.comparing(FrameworkRef::getScheme).thenComparing(FrameworkRef::getCode);

  /** Returns the required codes sorted in the canonical order. */
  static List<FrameworkRef> sortedRequired(Collection<FrameworkRef> refs) {
    List<FrameworkRef> sorted = new ArrayList<>(refs);
    sorted.sort(REQUIRED_ORDER);
    return sorted;
  }

  /** Reports each (scheme, code) listed more than once; {@code sorted} is in the canonical order. */
  static void checkRequired(List<FrameworkRef> sorted, Problems problems) {
    for (int i = 1; i < sorted.size(); i++) {
      FrameworkRef previous = sorted.get(i - 1);
      FrameworkRef ref = sorted.get(i);
      if (previous.getScheme() == ref.getScheme() && previous.getCode().equals(ref.getCode())
          && (i < 2 || REQUIRED_ORDER.compare(sorted.get(i - 2), ref) != 0)) {
        problems.add(ProblemPath.of("requiredFrameworkRefs").element(ref.getScheme() + ":" + ref.getCode(), java.util.Set.of()), PlanProblem.Kind.DUPLICATE_ENTRY,
            "is listed more than once: list each required code once");
      }
    }
  }

  /**
   * Reads a BCP 47 language tag ({@code fr}, {@code en-GB}), reporting at {@code language} a tag
   * that is blank, too long, ill-formed or without a language.
   *
   * @return the locale, or null when a problem was reported
   */
  static @Nullable Locale parseLanguage(String tag, Problems problems) {
    if (tag.isBlank() || tag.length() > MAX_LANGUAGE_TAG_LENGTH) {
      problems.add(ProblemPath.of("language"), PlanProblem.Kind.MALFORMED_REFERENCE, "'" + Problems.shorten(tag) + "' is not a language tag: give a BCP 47 tag of at most "
          + MAX_LANGUAGE_TAG_LENGTH + " characters such as fr or en");
      return null;
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      problems.add(ProblemPath.of("language"), PlanProblem.Kind.MALFORMED_REFERENCE, "'" + Problems.shorten(tag) + "' is not a well-formed BCP 47 language tag: "
          + "give one such as fr or en");
      return null;
    }
    if (locale.getLanguage().isEmpty()) {
      problems.add(ProblemPath.of("language"), PlanProblem.Kind.MALFORMED_REFERENCE, "'" + Problems.shorten(tag) + "' names no language: give one such as fr or en");
      return null;
    }
    return locale;
  }
}
