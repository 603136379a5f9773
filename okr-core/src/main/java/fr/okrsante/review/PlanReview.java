package fr.okrsante.review;

import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import fr.okrsante.visibility.HiddenContributions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews a valid plan as an experienced OKR facilitator would: activities written as key results,
 * objectives with too many key results, key results nobody checks in, links that break the cycle
 * order, private work feeding public figures, framework codes that do not exist…, each finding with
 * its rule id, severity, path, message and suggestion in French or English.
 *
 * <pre>{@code
 * ReviewReport report = PlanReview.builder().locale(Locale.ENGLISH).disable("too-many-objectives").build()
 *     .review(plan, LocalDate.of(2026, 6, 30));
 * for (Finding f : report.getFindings()) {
 *   System.out.println(f.getSeverity() + " " + f.getRuleId() + " " + f.getPath() + ": " + f.getMessage());
 * }
 * }</pre>
 *
 * <p>The findings are in the plan's {@linkplain Plan#getLanguage() declared language} (French for
 * {@code fr}, English for any other), French when the plan declares none (the plans are French
 * health organisations'); a language the host gives — {@link Builder#locale(Locale)}, or
 * {@link #review(Plan, LocalDate, Locale)} — overrides the plan's. The plan's
 * {@linkplain Plan#getSuppressions() suppressions} move the findings they cover to
 * {@link ReviewReport#getSuppressed()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanReview {

  private static final Logger LOG = LoggerFactory.getLogger(PlanReview.class);

  private final List<ReviewRule> rules;
  private final @Nullable Locale locale;
  private final HiddenContributions hiddenContributions;

  private PlanReview(Builder builder) {
    this.rules = List.copyOf(builder.rules.values());
    this.locale = builder.locale;
    this.hiddenContributions = builder.hiddenContributions;
  }

  /**
   * Returns the review with every built-in rule, in each plan's language.
   *
   * @return the default review
   */
  public static PlanReview standard() {
    return builder().build();
  }

  /**
   * Returns a builder holding every built-in rule, in each plan's language.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the built-in rules, in the order they run: shape, key results, steering, alignment and
   * visibility, health frameworks.
   *
   * @return new instances of the built-in rules
   */
  public static List<ReviewRule> builtInRules() {
    return List.of(
        new ObjectiveWithoutKeyResult(), new TooManyKeyResults(TooManyKeyResults.DEFAULT_LIMIT),
        new TooManyObjectives(TooManyObjectives.DEFAULT_LIMIT), new OnlyMilestones(),
        new KeyResultIsActivity(), new MissingBaseline(), new PercentTargetOutOfRange(), new PerfectRateTarget(), new UnitMissing(),
        new DueDateOutsideCycle(), new MetricContradictsTitle(),
        new StaleKeyResult(), new CommittedWithoutLead(), new NeverCheckedIn(), new OldStatusOverride(),
        new OrphanObjective(), new LinkToLaterCycle(), new PrivateFeedsPublic(),
        new FrameworkCodeFormat(), new FrameworkCodesUncovered());
  }

  /**
   * Returns the rules this review runs, in order.
   *
   * @return the rules, unmodifiable
   */
  public List<ReviewRule> getRules() {
    return rules;
  }

  /**
   * Returns the language the host chose for the findings, if any.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}; empty when each plan's declared
   *     language decides
   */
  public Optional<Locale> getLocale() {
    return Optional.ofNullable(locale);
  }

  /**
   * Reviews a plan as of a date, in the language the host chose, else the plan's declared
   * language, else French.
   *
   * @param plan the plan
   * @param asOf the date: check-ins observed after it are not counted, and steering rules judge
   *     staleness at it
   * @return the findings, suppressed findings and unused suppressions
   */
  public ReviewReport review(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    return review(plan, asOf, locale != null ? locale : plan.getLanguage().orElse(Locale.FRENCH));
  }

  /**
   * Reviews a plan as of a date, in a given language, whatever the plan declares.
   *
   * @param plan the plan
   * @param asOf the date
   * @param language the language of the messages: French for {@code fr}, English otherwise
   * @return the findings, suppressed findings and unused suppressions
   */
  public ReviewReport review(Plan plan, LocalDate asOf, Locale language) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    ReviewContext context = new ReviewContext(plan, asOf, ReviewContext.supported(language), hiddenContributions);
    List<Finding> active = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    Set<Suppression> used = new LinkedHashSet<>();
    List<Suppression> suppressions = plan.getSuppressions();
    for (ReviewRule rule : rules) {
      for (Finding finding : rule.check(context)) {
        Suppression match = null;
        for (Suppression s : suppressions) {
          if (finding.isCoveredBy(s)) {
            // every suppression that covers a finding is in use, the first one is shown with it
            used.add(s);
            if (match == null) {
              match = s;
            }
          }
        }
        if (match == null) {
          active.add(finding);
        } else {
          suppressed.add(finding.suppressed(match));
        }
      }
    }
    List<Suppression> unused = new ArrayList<>();
    for (Suppression s : suppressions) {
      if (!used.contains(s)) {
        unused.add(s);
      }
    }
    LOG.debug("plan reviewed with {} rules: {} findings, {} suppressed", rules.size(), active.size(), suppressed.size());
    return new ReviewReport(asOf, context.getLocale(), active, suppressed, unused, id -> plan.objective(id).isPresent());
  }

  /**
   * Returns a one-line summary: the rules and the language.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PlanReview[" + rules.size() + " rules, " + (locale == null ? "the plan's language" : locale.getLanguage()) + "]";
  }

  /**
   * Chooses the rules, the language and the settings of a review; starts with every built-in rule.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder {

    private final Map<String, ReviewRule> rules = new LinkedHashMap<>();
    private @Nullable Locale locale;
    private HiddenContributions hiddenContributions = HiddenContributions.COUNTED_REDACTED;

    private Builder() {
      for (ReviewRule rule : builtInRules()) {
        rules.put(rule.getId(), rule);
      }
    }

    /**
     * Adds rules, run after those already chosen; a rule with the id of a built-in one replaces it
     * (to change a threshold, say).
     *
     * @param added the rules
     * @return this builder
     * @throws UnknownRuleException if two of the added rules share an id
     * @throws IllegalArgumentException if a rule's id is malformed
     */
    public Builder addRules(ReviewRule... added) {
      Set<String> ids = new java.util.HashSet<>();
      for (ReviewRule rule : added) {
        Objects.requireNonNull(rule, "rule");
        String id = Objects.requireNonNull(rule.getId(), "rule id");
        if (!id.matches(Suppression.RULE_ID_PATTERN)) {
          throw new IllegalArgumentException("malformed rule id '" + id + "': use lower-case words joined by '-'");
        }
        if (!ids.add(id)) {
          throw new UnknownRuleException(id, "two added rules have the id '" + id + "': rule ids are unique");
        }
        rules.put(id, rule);
      }
      return this;
    }

    /**
     * Switches rules off.
     *
     * @param ruleIds the ids of the rules not to run
     * @return this builder
     * @throws UnknownRuleException if the review has no rule with one of the ids
     */
    public Builder disable(String... ruleIds) {
      return disable(List.of(ruleIds));
    }

    /**
     * Switches rules off.
     *
     * @param ruleIds the ids of the rules not to run
     * @return this builder
     * @throws UnknownRuleException if the review has no rule with one of the ids
     */
    public Builder disable(Collection<String> ruleIds) {
      for (String id : ruleIds) {
        if (rules.remove(Objects.requireNonNull(id, "rule id")) == null) {
          throw new UnknownRuleException(id, "no rule '" + id + "' to switch off: the rules are "
              + String.join(", ", rules.keySet()));
        }
      }
      return this;
    }

    /**
     * Sets the language of the findings, whatever the plans declare; without it, each plan's
     * declared language decides (French when it declares none).
     *
     * @param language French for {@code fr}, English for any other language
     * @return this builder
     */
    public Builder locale(Locale language) {
      this.locale = ReviewContext.supported(language);
      return this;
    }

    /**
     * Says how the host counts objectives a viewer may not see, for the rules about what viewers
     * can infer.
     *
     * @param policy the policy of the host's views
     * @return this builder
     */
    public Builder hiddenContributions(HiddenContributions policy) {
      this.hiddenContributions = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the review.
     *
     * @return the review
     */
    public PlanReview build() {
      return new PlanReview(this);
    }
  }
}
