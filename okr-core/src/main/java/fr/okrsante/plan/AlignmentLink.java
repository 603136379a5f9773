package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A link from a child objective to a parent objective it serves.
 *
 * <p>An objective may have several parents (a team objective can serve both the hospital's quality
 * plan and the CPTS's territorial plan). With {@link LinkMode#CONTRIBUTES} the child's progress
 * counts in the parent's rollup with {@link #getWeight()}; with {@link LinkMode#INFORMS} the link
 * is for traceability only. The links of a plan form a directed acyclic graph.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AlignmentLink {

  AlignmentLink() {}

  /**
   * Returns the id of the child objective (the one that serves).
   *
   * @return the child objective id
   */
  @NotBlank
  public abstract String getChildId();

  /**
   * Returns the id of the parent objective (the one that is served).
   *
   * @return the parent objective id
   */
  @NotBlank
  public abstract String getParentId();

  /**
   * Returns the weight of the child among the parent's contributions.
   *
   * @return a weight from 0 to 1,000,000 with at most 6 decimals, 1 by default
   */
  @DecimalMin("0")
  @Value.Default
  public double getWeight() {
    return 1.0;
  }

  /**
   * Returns how the child relates to the parent.
   *
   * @return the mode, {@link LinkMode#CONTRIBUTES} by default
   */
  @Value.Default
  public LinkMode getMode() {
    return LinkMode.CONTRIBUTES;
  }

  /**
   * Tells whether the child's progress counts in the parent's rollup.
   *
   * @return true for {@link LinkMode#CONTRIBUTES}
   */
  public boolean contributes() {
    return getMode() == LinkMode.CONTRIBUTES;
  }

  /**
   * Obtains a contributing link of weight 1.
   *
   * @param childId the child objective id
   * @param parentId the parent objective id
   * @return the link
   */
  public static AlignmentLink of(String childId, String parentId) {
    return builder().childId(childId).parentId(parentId).build();
  }

  /**
   * Obtains a link.
   *
   * @param childId the child objective id
   * @param parentId the parent objective id
   * @param weight the weight, from 0 to 1,000,000 with at most 6 decimals
   * @param mode how the child relates to the parent
   * @return the link
   * @throws InvalidPlanException if the weight is outside [0, 1,000,000] or has more than 6 decimals, or the link is a self-link
   */
  public static AlignmentLink of(String childId, String parentId, double weight, LinkMode mode) {
    return builder().childId(childId).parentId(parentId).weight(weight).mode(mode).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the path segment that names this link in problems: {@code links[child→parent]}.
   *
   * @return the path
   */
  ProblemPath path() {
    // a link is named by its two ends, and refers to both objectives
    Set<String> ends = new LinkedHashSet<>();
    ends.add(getChildId());
    ends.add(getParentId());
    return ProblemPath.of("links").element(getChildId() + "→" + getParentId(), ends);
  }

  boolean sameEnds(AlignmentLink other) {
    return Objects.equals(getChildId(), other.getChildId()) && Objects.equals(getParentId(), other.getParentId());
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, path());
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("childId"), getChildId());
    problems.id(path.property("parentId"), getParentId());
    problems.weight(path.property("weight"), getWeight());
    if (getChildId().equals(getParentId())) {
      problems.add(path, PlanProblem.Kind.SELF_REFERENCE, "self-link: an objective cannot be aligned to itself");
    }
  }

  /** Builds {@link AlignmentLink}s. */
  public static final class Builder extends ImmutableAlignmentLink.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
