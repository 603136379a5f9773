package fr.okrsante.review;

import fr.okrsante.plan.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of a plan review: the active findings, the findings that a suppression of the plan
 * accepted (each with its suppression's reason and author), and the suppressions that no longer
 * match any finding (the plan changed: remove them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewReport {

  private final LocalDate asOf;
  private final Locale locale;
  private final List<Finding> findings;
  private final List<Finding> suppressed;
  private final List<Suppression> unusedSuppressions;
  private final Predicate<String> isObjective;

  ReviewReport(LocalDate asOf, Locale locale, List<Finding> findings, List<Finding> suppressed,
      List<Suppression> unusedSuppressions, Predicate<String> isObjective) {
    this.asOf = asOf;
    this.locale = locale;
    this.findings = List.copyOf(findings);
    this.suppressed = List.copyOf(suppressed);
    this.unusedSuppressions = List.copyOf(unusedSuppressions);
    this.isObjective = isObjective;
  }

  /**
   * Returns the date of the review.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the language of the messages and suggestions.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns the active findings: those no suppression accepted, in rule order then plan order.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Returns the findings a suppression of the plan accepted, each with its
   * {@linkplain Finding#getSuppression() suppression}.
   *
   * @return the suppressed findings, unmodifiable
   */
  public List<Finding> getSuppressed() {
    return suppressed;
  }

  /**
   * Returns the plan's suppressions that matched no finding of this review (with a rule switched
   * off, its suppressions are unused too).
   *
   * @return the unused suppressions, unmodifiable
   */
  public List<Suppression> getUnusedSuppressions() {
    return unusedSuppressions;
  }

  /**
   * Counts the active findings of a severity.
   *
   * @param severity the severity
   * @return how many active findings have it
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /**
   * Tells whether an active finding is at or above a level: what a CI job fails on.
   *
   * @param level the level
   * @return true if an active finding reaches it
   */
  public boolean reaches(Severity level) {
    return findings.stream().anyMatch(f -> f.getSeverity().reaches(level));
  }

  /**
   * Returns the active findings grouped by the objective they belong to, objectives in id order;
   * findings on the plan as a whole, a unit or a cycle come under the empty key, first.
   *
   * @return the groups, in a stable order
   */
  public Map<String, List<Finding>> byObjective() {
    return group(findings);
  }

  /**
   * Returns the suppressed findings grouped like {@link #byObjective()}.
   *
   * @return the groups, in a stable order
   */
  public Map<String, List<Finding>> suppressedByObjective() {
    return group(suppressed);
  }

  /**
   * Returns the id of the objective a finding belongs to: the objective of its path
   * ({@code objectives[ID]…}), else its first id if that is an objective's (the child of a link).
   *
   * @param finding a finding
   * @return the objective id; empty for the plan as a whole, a unit or a cycle
   */
  public Optional<String> objectiveOf(Finding finding) {
    return finding.objectiveId(isObjective);
  }

  private Map<String, List<Finding>> group(List<Finding> list) {
    Map<String, List<Finding>> groups = new java.util.TreeMap<>();
    for (Finding finding : list) {
      groups.computeIfAbsent(objectiveOf(finding).orElse(""), k -> new ArrayList<>()).add(finding);
    }
    Map<String, List<Finding>> frozen = new LinkedHashMap<>();
    groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(frozen);
  }

  /**
   * Returns a one-line summary: counts per severity and of suppressed findings.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ReviewReport[" + asOf + ", " + count(Severity.WARNING) + " warnings, " + count(Severity.ADVICE)
        + " advice, " + suppressed.size() + " suppressed, " + unusedSuppressions.size() + " unused suppressions]";
  }
}
