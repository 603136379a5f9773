package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A reviewed exception to a plan review rule, carried by the plan so that the same finding does not
 * come back at every review: "rule {@code kr-is-activity} on {@code kr-ateliers}: the workshops are
 * the result the regional agency funds — p-qualite".
 *
 * <p>The {@linkplain #getTarget() target} is either an id (an objective, a key result, a unit, a
 * cycle) that the finding concerns, or the text form of the finding's {@link ProblemPath}
 * ({@code objectives[obj-7].keyResults[kr-2]}); a path target also covers what lies below it. The
 * review reports every suppression it applied, with its reason and author, and every suppression
 * that no longer matches anything.
 *
 * <p>A plan restricted to what a viewer sees ({@link Plan#restrictedTo}) carries no suppression: a
 * reason may speak of objectives the viewer may not see.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Suppression {

  /** The form of a rule id: lower-case letters and digits in words joined by '-' or '.', 1 to 100 characters. */
  public static final String RULE_ID_PATTERN = "[a-z0-9]+([.-][a-z0-9]+){0,49}";

  /** The most characters of a target. */
  public static final int MAX_TARGET_LENGTH = 1_000;

  Suppression() {}

  /**
   * Returns the id of the rule whose finding is accepted, e.g. {@code kr-is-activity}.
   *
   * @return the rule id
   */
  @NotBlank
  @Pattern(regexp = RULE_ID_PATTERN)
  public abstract String getRuleId();

  /**
   * Returns what the suppression covers: an id the finding concerns, or the text form of a path at
   * or above the finding's path.
   *
   * @return the target, e.g. {@code kr-ateliers} or {@code objectives[prevention].keyResults[kr-ateliers]}
   */
  @NotBlank
  public abstract String getTarget();

  /**
   * Returns why the finding is accepted.
   *
   * @return the reason
   */
  @NotBlank
  public abstract String getReason();

  /**
   * Returns the pseudonymous id of the person who accepted it. Never logged.
   *
   * @return the author id
   */
  @NotBlank
  public abstract String getAuthorId();

  /**
   * Obtains a suppression.
   *
   * @param ruleId the rule id, e.g. {@code kr-is-activity}
   * @param target an id or a path text
   * @param reason why the finding is accepted
   * @param authorId who accepted it
   * @return the suppression
   * @throws InvalidPlanException if the rule id or author id is malformed, or the target or reason blank
   */
  public static Suppression of(String ruleId, String target, String reason, String authorId) {
    return builder().ruleId(ruleId).target(target).reason(reason).authorId(authorId).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("suppressions").element(getRuleId(), java.util.Set.of()));
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    if (!getRuleId().matches(RULE_ID_PATTERN)) {
      problems.add(path.property("ruleId"), PlanProblem.Kind.MALFORMED_ID, "malformed rule id '"
          + Problems.shorten(getRuleId()) + "': use lower-case words joined by '-', e.g. kr-is-activity");
    }
    problems.text(path.property("target"), getTarget());
    if (getTarget().length() > MAX_TARGET_LENGTH) {
      problems.add(path.property("target"), PlanProblem.Kind.NUMBER_OUT_OF_DOMAIN,
          "has " + getTarget().length() + " characters: at most " + MAX_TARGET_LENGTH);
    }
    problems.text(path.property("reason"), getReason());
    problems.id(path.property("authorId"), getAuthorId());
  }

  /** Builds {@link Suppression}s. */
  public static final class Builder extends ImmutableSuppression.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
