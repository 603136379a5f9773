package fr.okrsante.review;

import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Suppression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a review rule found: the rule's id and severity, the path of what it concerns, the ids
 * concerned, a message and a suggestion in the review's language, and the suppression that
 * accepted it, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final ProblemPath path;
  private final List<String> ids;
  private final String message;
  private final String suggestion;
  private final @Nullable Suppression suppression;

  private Finding(String ruleId, Severity severity, ProblemPath path, List<String> ids, String message,
      String suggestion, @Nullable Suppression suppression) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.path = path;
    this.ids = ids;
    this.message = message;
    this.suggestion = suggestion;
    this.suppression = suppression;
  }

  /**
   * Obtains a finding.
   *
   * @param ruleId the id of the rule that found it
   * @param severity its severity
   * @param path the path of what it concerns, e.g. {@code objectives[obj-7].keyResults[kr-2]}
   * @param ids the ids of the objectives, key results, units or cycles concerned, most specific first
   * @param message what is wrong, in the review's language
   * @param suggestion how to fix it, in the review's language
   * @return the finding
   * @throws IllegalArgumentException if the rule id is malformed, or the message or suggestion blank
   */
  public static Finding of(String ruleId, Severity severity, ProblemPath path, List<String> ids, String message,
      String suggestion) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!ruleId.matches(Suppression.RULE_ID_PATTERN)) {
      throw new IllegalArgumentException("malformed rule id '" + ruleId + "': use lower-case words joined by '-'");
    }
    if (Objects.requireNonNull(message, "message").isBlank()) {
      throw new IllegalArgumentException("the message of a " + ruleId + " finding is blank");
    }
    if (Objects.requireNonNull(suggestion, "suggestion").isBlank()) {
      throw new IllegalArgumentException("the suggestion of a " + ruleId + " finding is blank");
    }
    return new Finding(ruleId, Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(path, "path"),
        List.copyOf(ids), message, suggestion, null);
  }

  /**
   * Returns a copy accepted by a suppression. This instance is unchanged.
   *
   * @param by the suppression that matched it
   * @return the suppressed finding
   */
  Finding suppressed(Suppression by) {
    return new Finding(ruleId, severity, path, ids, message, suggestion, by);
  }

  /**
   * Tells whether a suppression covers this finding: same rule, and a target that is one of the
   * ids concerned, this finding's path, or a path above it.
   *
   * @param candidate the suppression
   * @return true if it covers this finding
   */
  public boolean isCoveredBy(Suppression candidate) {
    if (!candidate.getRuleId().equals(ruleId)) {
      return false;
    }
    String target = candidate.getTarget();
    if (ids.contains(target)) {
      return true;
    }
    String text = path.toString();
    return text.equals(target) || (text.startsWith(target)
        && (text.charAt(target.length()) == '.' || text.charAt(target.length()) == '['));
  }

  /**
   * Returns the id of the rule that found it.
   *
   * @return the rule id, e.g. {@code kr-is-activity}
   */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns the path of what the finding concerns.
   *
   * @return the path; the root for the plan as a whole
   */
  public ProblemPath getPath() {
    return path;
  }

  /**
   * Returns the ids of what the finding concerns, most specific first.
   *
   * @return the ids, unmodifiable
   */
  public List<String> getIds() {
    return ids;
  }

  /**
   * Returns the id of the objective the finding belongs to: the objective of its path, else its
   * first id if that is an objective's (the child of a link).
   *
   * @param objectiveIds tells whether an id is an objective's
   * @return the objective id; empty for a finding on the plan as a whole, a unit or a cycle
   */
  Optional<String> objectiveId(java.util.function.Predicate<String> objectiveIds) {
    List<ProblemPath.Segment> segments = path.getSegments();
    if (segments.size() >= 2 && !segments.get(0).isElement() && segments.get(0).getValue().equals("objectives")
        && segments.get(1).isElement()) {
      return Optional.of(segments.get(1).getValue());
    }
    return ids.isEmpty() || !objectiveIds.test(ids.get(0)) ? Optional.empty() : Optional.of(ids.get(0));
  }

  /**
   * Returns what is wrong.
   *
   * @return the message, in the review's language
   */
  public String getMessage() {
    return message;
  }

  /**
   * Returns how to fix it.
   *
   * @return the suggestion, in the review's language
   */
  public String getSuggestion() {
    return suggestion;
  }

  /**
   * Returns the suppression that accepted this finding.
   *
   * @return the suppression; empty for an active finding
   */
  public Optional<Suppression> getSuppression() {
    return Optional.ofNullable(suppression);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Finding other && ruleId.equals(other.ruleId) && severity == other.severity
        && path.equals(other.path) && ids.equals(other.ids) && message.equals(other.message)
        && suggestion.equals(other.suggestion) && Objects.equals(suppression, other.suppression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, ids, message, suggestion, suppression);
  }

  /**
   * Returns a one-line form: severity, rule id, path and message.
   *
   * @return the finding as text
   */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + path + ": " + message + (suppression == null ? "" : " (suppressed)");
  }
}
