package fr.okrsante.review;

import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import fr.okrsante.visibility.HiddenContributions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * <p>The plan model carries no language, so the review's {@linkplain Builder#locale(Locale) locale}
 * decides: French by default (the plans are French health organisations'), English for any
 * language other than French. The plan's {@linkplain Plan#getSuppressions() suppressions} move the
 * findings they cover to {@link ReviewReport#getSuppressed()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanReview {

  private static final Logger LOG = LoggerFactory.getLogger(PlanReview.class);

  private final List<ReviewRule> rules;
  private final Locale locale;
  private final HiddenContributions hiddenContributions;
  private final Map<FrameworkScheme, Set<String>> codesToCover;

  private PlanReview(Builder builder) {
    this.rules = List.copyOf(builder.rules.values());
    this.locale = builder.locale;
    this.hiddenContributions = builder.hiddenContributions;
    Map<FrameworkScheme, Set<String>> codes = new EnumMap<>(FrameworkScheme.class);
    builder.codesToCover.forEach((scheme, set) -> codes.put(scheme, java.util.Collections.unmodifiableSet(new TreeSet<>(set))));
    this.codesToCover = java.util.Collections.unmodifiableMap(codes);
  }

  /**
   * Returns the review with every built-in rule, in French.
   *
   * @return the default review
   */
  public static PlanReview standard() {
    return builder().build();
  }

  /**
   * Returns a builder holding every built-in rule, in French.
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
        new KeyResultIsActivity(), new MissingBaseline(), new PercentTargetOutOfRange(), new UnitMissing(),
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
   * Returns the language of the findings.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Reviews a plan as of a date, in this review's language.
   *
   * @param plan the plan
   * @param asOf the date: check-ins observed after it are not counted, and steering rules judge
   *     staleness at it
   * @return the findings, suppressed findings and unused suppressions
   */
  public ReviewReport review(Plan plan, LocalDate asOf) {
    return review(plan, asOf, locale);
  }

  /**
   * Reviews a plan as of a date, in a given language.
   *
   * @param plan the plan
   * @param asOf the date
   * @param language the language of the messages: French for {@code fr}, English otherwise
   * @return the findings, suppressed findings and unused suppressions
   */
  public ReviewReport review(Plan plan, LocalDate asOf, Locale language) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    ReviewContext context = new ReviewContext(plan, asOf, ReviewContext.supported(language), hiddenContributions,
        codesToCover);
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
    return "PlanReview[" + rules.size() + " rules, " + locale.getLanguage() + "]";
  }

  /**
   * Chooses the rules, the language and the settings of a review; starts with every built-in rule.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder {

    private final Map<String, ReviewRule> rules = new LinkedHashMap<>();
    private Locale locale = Locale.FRENCH;
    private HiddenContributions hiddenContributions = HiddenContributions.COUNTED_REDACTED;
    private final Map<FrameworkScheme, Set<String>> codesToCover = new EnumMap<>(FrameworkScheme.class);

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
     * Sets the language of the findings.
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
     * Names framework codes the plan is expected to cover (the HAS criteria of a certification
     * visit, the CPOM's objectives): {@code framework-codes-uncovered} reports those no live
     * objective references.
     *
     * @param scheme the framework
     * @param codes the codes to cover
     * @return this builder
     */
    public Builder cover(FrameworkScheme scheme, Collection<String> codes) {
      Objects.requireNonNull(scheme, "scheme");
      Set<String> set = codesToCover.computeIfAbsent(scheme, s -> new TreeSet<>());
      for (String code : codes) {
        set.add(Objects.requireNonNull(code, "code"));
      }
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
