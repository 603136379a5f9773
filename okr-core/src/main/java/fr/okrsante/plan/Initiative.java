package fr.okrsante.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An action, project or task that supports key results: the work tracked in Asana, Jira, GLPI.
 *
 * <p>A milestone key result may take its progress from the weighted share of its initiatives that
 * are done, and a numeric key result may take its value from the count of its initiatives that are
 * done ("organiser au moins cinq ateliers"): results then update themselves from the work done.
 * An initiative counts as done at a date when its state is {@link InitiativeState#DONE} and its
 * {@link #getDoneOn() done date}, if known, is on or before that date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative {

  Initiative() {}

  /**
   * Returns the initiative's id, unique among the plan's initiatives.
   *
   * @return the id
   */
  @NotBlank
  @Pattern(regexp = Plan.ID_PATTERN)
  public abstract String getId();

  /**
   * Returns the title.
   *
   * @return the title, e.g. "Atelier prévention des chutes n°3"
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns where the initiative stands.
   *
   * @return the state, {@link InitiativeState#PLANNED} by default
   */
  @Value.Default
  public InitiativeState getState() {
    return InitiativeState.PLANNED;
  }

  /**
   * Returns the day the initiative was done, if known.
   *
   * @return the done date
   */
  public abstract Optional<LocalDate> getDoneOn();

  /**
   * Returns the weight of the initiative among those of a milestone.
   *
   * @return a weight from 0 to 1,000,000 with at most 6 decimals, 1 by default
   */
  @DecimalMin("0")
  @Value.Default
  public double getWeight() {
    return 1.0;
  }

  /**
   * Returns the ids of the key results this initiative supports.
   *
   * @return the key result ids, sorted, each once
   */
  public abstract List<String> getKeyResultIds();

  /**
   * Returns a reference to the task in an external tool, e.g. a Jira key.
   *
   * @return the external reference
   */
  public abstract Optional<String> getExternalRef();

  /**
   * Tells whether the initiative counts as done at a date.
   *
   * @param asOf the date
   * @return true if it is done, and done on or before {@code asOf} when the done date is known
   */
  public boolean isDoneAsOf(LocalDate asOf) {
    return getState() == InitiativeState.DONE && getDoneOn().map(d -> !d.isAfter(asOf)).orElse(true);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the initiative and keeps its key result ids sorted, each once, as {@link Objective} does its ids. */
  @Value.Check
  Initiative checked() {
    if (!Objective.isSortedOnce(getKeyResultIds())) {
      Builder sorted = new Builder();
      sorted.from(this).keyResultIds(new TreeSet<>(getKeyResultIds()));
      return sorted.build();
    }
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("initiatives").element(getId()));
    problems.throwIfAny();
    return this;
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("id"), getId());
    problems.text(path.property("title"), getTitle());
    problems.weight(path.property("weight"), getWeight());
    for (String kr : getKeyResultIds()) {
      problems.id(path.property("keyResultIds").element(kr), kr);
    }
    if (getDoneOn().isPresent() && getState() != InitiativeState.DONE) {
      problems.add(path.property("doneOn"), PlanProblem.Kind.NOT_ALLOWED, "is set but the state is " + getState() + ": only a done initiative has a done date");
    }
  }

  /** Builds {@link Initiative}s. */
  public static final class Builder extends ImmutableInitiative.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
