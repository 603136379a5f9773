package fr.okrsante.review;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.visibility.HiddenContributions;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;

/**
 * What a rule reads: the plan, the review date, the language of the findings and the review's
 * settings, with the few lookups every rule needs (an objective's cycle, a key result's dates, the
 * paths of objectives and key results).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewContext {

  private final Plan plan;
  private final LocalDate asOf;
  private final Locale locale;
  private final HiddenContributions hiddenContributions;
  private final ResourceBundle texts;

  ReviewContext(Plan plan, LocalDate asOf, Locale locale, HiddenContributions hiddenContributions) {
    this.plan = plan;
    this.asOf = asOf;
    this.locale = locale;
    this.hiddenContributions = hiddenContributions;
    this.texts = ResourceBundle.getBundle("fr.okrsante.review.messages", locale);
  }

  /**
   * Returns the plan under review.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the date of the review: check-ins observed after it are not counted.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the language of the findings: French or English.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns how the host counts objectives a viewer may not see.
   *
   * @return the policy, {@link HiddenContributions#COUNTED_REDACTED} unless the review says otherwise
   */
  public HiddenContributions getHiddenContributions() {
    return hiddenContributions;
  }

  /**
   * Tells whether an objective is being pursued: a draft or an active one. Closed and cancelled
   * objectives are history, and steering rules leave them alone.
   *
   * @param objective the objective
   * @return true for a draft or active objective
   */
  public boolean isLive(Objective objective) {
    return objective.getLifecycle() == Lifecycle.ACTIVE || objective.getLifecycle() == Lifecycle.DRAFT;
  }

  /**
   * Visits each key result of each live objective ({@linkplain #isLive(Objective) draft or
   * active}), in the order the plan lists them: what most rules read.
   *
   * @param action called with each key result's objective and the key result
   */
  public void eachLiveKeyResult(BiConsumer<Objective, KeyResult> action) {
    for (Objective objective : plan.getObjectives()) {
      if (isLive(objective)) {
        for (KeyResult keyResult : objective.getKeyResults()) {
          action.accept(objective, keyResult);
        }
      }
    }
  }

  /**
   * Returns an objective's cycle.
   *
   * @param objective an objective of the plan
   * @return its cycle
   */
  public Cycle cycleOf(Objective objective) {
    return plan.cycle(objective.getCycleId()).orElseThrow();
  }

  /**
   * Returns the first day of a key result: its own start date, else its cycle's.
   *
   * @param objective the key result's objective
   * @param keyResult the key result
   * @return the start date
   */
  public LocalDate startOf(Objective objective, KeyResult keyResult) {
    return keyResult.getStartDate().orElseGet(() -> cycleOf(objective).getStartDate());
  }

  /**
   * Returns the due date of a key result: its own, else its cycle's end.
   *
   * @param objective the key result's objective
   * @param keyResult the key result
   * @return the due date, inclusive
   */
  public LocalDate dueOf(Objective objective, KeyResult keyResult) {
    return keyResult.getDueDate().orElseGet(() -> cycleOf(objective).getEndDate());
  }

  /**
   * Returns the path of an objective: {@code objectives[ID]}.
   *
   * @param objective the objective
   * @return its path
   */
  public static ProblemPath pathOf(Objective objective) {
    return ProblemPath.of("objectives").element(objective.getId());
  }

  /**
   * Returns the path of an alignment link: {@code links[CHILD→PARENT]}, the key the plan's own
   * problems and suppressions use for links.
   *
   * @param link a link of the plan
   * @return its path
   */
  public static ProblemPath pathOf(AlignmentLink link) {
    return ProblemPath.of("links").element(link.getChildId() + "→" + link.getParentId());
  }

  /**
   * Returns the path of a key result: {@code objectives[ID].keyResults[KR]}.
   *
   * @param objective the key result's objective
   * @param keyResult the key result
   * @return its path
   */
  public static ProblemPath pathOf(Objective objective, KeyResult keyResult) {
    return pathOf(objective).property("keyResults").element(keyResult.getId());
  }

  /**
   * Returns a finding of a rule, with its message and suggestion in the review's language.
   *
   * @param rule the rule
   * @param path what the finding concerns
   * @param ids the ids concerned, most specific first
   * @param message what is wrong
   * @param suggestion how to fix it
   * @return the finding, with the rule's id and severity
   */
  public Finding finding(ReviewRule rule, ProblemPath path, List<String> ids, String message, String suggestion) {
    return Finding.of(rule.getId(), rule.getSeverity(), path, ids, message, suggestion);
  }

  /**
   * Returns a finding of a built-in rule, its texts taken from the review's bundle
   * ({@code RULE.message} and {@code RULE.suggestion}, {@link MessageFormat} patterns).
   */
  Finding bundled(ReviewRule rule, ProblemPath path, List<String> ids, Object... arguments) {
    return finding(rule, path, ids, text(rule.getId() + ".message", arguments),
        text(rule.getId() + ".suggestion", arguments));
  }

  /** Returns a text of the review's bundle, in the review's language. */
  String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = texts.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text '" + key + "' for " + locale + " in fr/okrsante/review/messages", e);
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /** The locale of the bundle for a language: French for French, English for anything else. */
  static Locale supported(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
  }
}
