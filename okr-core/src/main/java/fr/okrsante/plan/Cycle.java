package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period over which objectives are pursued and then scored: "T1 2026", "2026",
 * "Projet d'établissement 2025-2029".
 *
 * <p>Cycles nest through {@link #getParentId()}: a year holds its quarters. Both dates are
 * inclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cycle {

  Cycle() {}

  /**
   * Returns the cycle's id.
   *
   * @return the id, e.g. {@code 2026-T1}
   */
  @NotBlank
  @Pattern(regexp = Plan.ID_PATTERN)
  public abstract String getId();

  /**
   * Returns the label shown to people.
   *
   * @return the label, e.g. "T1 2026"
   */
  @NotBlank
  public abstract String getLabel();

  /**
   * Returns the first day of the cycle.
   *
   * @return the start date, inclusive
   */
  public abstract LocalDate getStartDate();

  /**
   * Returns the last day of the cycle.
   *
   * @return the end date, inclusive
   */
  public abstract LocalDate getEndDate();

  /**
   * Returns the id of the enclosing cycle, if any.
   *
   * @return the parent cycle id
   */
  public abstract Optional<String> getParentId();

  /**
   * Returns when the cycle was closed and scored, if it was. Check-ins recorded after this instant
   * are kept and flagged late.
   *
   * @return the closing instant
   */
  public abstract Optional<java.time.Instant> getClosedAt();

  /**
   * Returns a copy closed at an instant. This instance is unchanged.
   *
   * @param closedAt when the cycle was closed
   * @return the closed cycle
   */
  public Cycle withClosedAt(java.time.Instant closedAt) {
    return ((ImmutableCycle) ImmutableCycle.copyOf(this)).withClosedAt(closedAt);
  }

  /**
   * Obtains a top-level cycle.
   *
   * @param id the id
   * @param label the label
   * @param startDate the first day
   * @param endDate the last day
   * @return the cycle
   * @throws InvalidPlanException if the id is malformed, the label blank or the end before the start
   */
  public static Cycle of(String id, String label, LocalDate startDate, LocalDate endDate) {
    return builder().id(id).label(label).startDate(startDate).endDate(endDate).build();
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
   * Tells whether a date lies in this cycle.
   *
   * @param date the date
   * @return true if {@code startDate <= date <= endDate}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStartDate()) && !date.isAfter(getEndDate());
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("cycles").element(getId()));
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("id"), getId());
    problems.text(path.property("label"), getLabel());
    if (getEndDate().isBefore(getStartDate())) {
      problems.add(path.property("endDate"), PlanProblem.Kind.DATE_ORDER, "ends on " + getEndDate() + ", before it starts on " + getStartDate());
    }
    getParentId().ifPresent(parent -> {
      problems.id(path.property("parentId"), parent);
      if (parent.equals(getId())) {
        problems.add(path.property("parentId"), PlanProblem.Kind.SELF_REFERENCE, "a cycle cannot be its own parent");
      }
    });
  }

  /** Builds {@link Cycle}s. */
  public static final class Builder extends ImmutableCycle.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
