package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A qualitative direction, measured by a few key results: "Renforcer la culture de la sécurité
 * des soins".
 *
 * <p>An objective is owned by a unit (optionally with pseudonymous person ids: OKRs measure
 * collective progress, never individual performance), belongs to a cycle, and is
 * {@link ObjectiveKind#COMMITTED committed} or {@link ObjectiveKind#ASPIRATIONAL aspirational}.
 * Its {@link Visibility} and explicit grants say who may see it; its key results, check-ins and
 * initiatives follow it. Its {@link RollupSettings} say how its progress combines its key results
 * and the children that contribute to it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {

  Objective() {}

  /**
   * Returns the id, unique among the plan's objectives.
   *
   * @return the id
   */
  @NotBlank
  @Pattern(regexp = Plan.ID_PATTERN)
  public abstract String getId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns a longer description.
   *
   * @return the description; empty text when none
   */
  @Value.Default
  public String getDescription() {
    return "";
  }

  /**
   * Returns the id of the owner unit.
   *
   * @return the owner unit id
   */
  @NotBlank
  public abstract String getOwnerUnitId();

  /**
   * Returns pseudonymous ids of the people who hold the objective for the unit. Never logged.
   *
   * @return the owner person ids, sorted, each once
   */
  public abstract List<String> getOwnerPersonIds();

  /**
   * Returns the id of the cycle.
   *
   * @return the cycle id
   */
  @NotBlank
  public abstract String getCycleId();

  /**
   * Returns whether the objective is committed or aspirational.
   *
   * @return the kind, {@link ObjectiveKind#COMMITTED} by default
   */
  @Value.Default
  public ObjectiveKind getKind() {
    return ObjectiveKind.COMMITTED;
  }

  /**
   * Returns where the objective is in its life.
   *
   * @return the lifecycle, {@link Lifecycle#ACTIVE} by default
   */
  @Value.Default
  public Lifecycle getLifecycle() {
    return Lifecycle.ACTIVE;
  }

  /**
   * Returns who may see the objective.
   *
   * @return the visibility, {@link Visibility#ORGANISATION} by default (private by default to
   *     the organisation; make it {@link Visibility#PUBLIC} to share it with partners)
   */
  @Value.Default
  public Visibility getVisibility() {
    return Visibility.ORGANISATION;
  }

  /**
   * Returns the ids of units explicitly granted sight of the objective, whatever its visibility.
   *
   * @return the granted unit ids, sorted, each once
   */
  public abstract List<String> getGrantedUnitIds();

  /**
   * Returns the pseudonymous ids of persons explicitly granted sight of the objective.
   *
   * @return the granted person ids, sorted, each once
   */
  public abstract List<String> getGrantedPersonIds();

  /**
   * Returns the framework elements the objective serves.
   *
   * @return the references
   */
  public abstract List<FrameworkRef> getFrameworkRefs();

  /**
   * Returns the key results, in presentation order.
   *
   * @return the key results
   */
  public abstract List<KeyResult> getKeyResults();

  /**
   * Returns how the objective's progress combines its contributions.
   *
   * @return the rollup settings
   */
  @Value.Default
  public RollupSettings getRollup() {
    return RollupSettings.defaults();
  }

  /**
   * Returns a status set by an owner in place of the computed one.
   *
   * @return the override
   */
  public abstract Optional<StatusOverride> getStatusOverride();

  /**
   * Returns one of the objective's key results.
   *
   * @param keyResultId the key result id
   * @return the key result, if the objective has it
   */
  public Optional<KeyResult> keyResult(String keyResultId) {
    for (KeyResult keyResult : getKeyResults()) {
      if (keyResult.getId().equals(keyResultId)) {
        return Optional.of(keyResult);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy with the key result at {@code index} replaced. This instance is unchanged.
   *
   * @param index the position of the key result
   * @param keyResult the new key result
   * @return the new objective
   */
  Objective withKeyResultAt(int index, KeyResult keyResult) {
    List<KeyResult> copy = new ArrayList<>(getKeyResults());
    copy.set(index, keyResult);
    return ((ImmutableObjective) ImmutableObjective.copyOf(this)).withKeyResults(copy);
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
   * Returns a builder initialised with this objective's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /**
   * Checks the objective and keeps its id lists sorted, each id once: most objectives have no
   * grants, and an empty list costs nothing where an empty sorted set costs about 100 bytes.
   */
  @Value.Check
  Objective checked() {
    if (!isSortedOnce(getOwnerPersonIds()) || !isSortedOnce(getGrantedUnitIds()) || !isSortedOnce(getGrantedPersonIds())) {
      Builder sorted = new Builder();
      sorted.from(this)
          .ownerPersonIds(new TreeSet<>(getOwnerPersonIds()))
          .grantedUnitIds(new TreeSet<>(getGrantedUnitIds()))
          .grantedPersonIds(new TreeSet<>(getGrantedPersonIds()));
      return sorted.build();
    }
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("objectives").element(getId()));
    problems.throwIfAny();
    return this;
  }

  /** Tells whether ids are in increasing order, each once. */
  static boolean isSortedOnce(List<String> ids) {
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("id"), getId());
    problems.text(path.property("title"), getTitle());
    problems.freeText(path.property("description"), getDescription());
    problems.id(path.property("ownerUnitId"), getOwnerUnitId());
    problems.id(path.property("cycleId"), getCycleId());
    for (String person : getOwnerPersonIds()) {
      problems.id(path.property("ownerPersonIds"), person);
    }
    for (String unit : getGrantedUnitIds()) {
      problems.id(path.property("grantedUnitIds").element(unit), unit);
    }
    for (String person : getGrantedPersonIds()) {
      problems.id(path.property("grantedPersonIds"), person);
    }
    Set<String> ids = new HashSet<>();
    for (KeyResult keyResult : getKeyResults()) {
      if (!ids.add(keyResult.getId())) {
        problems.add(path.property("keyResults").element(keyResult.getId()), PlanProblem.Kind.DUPLICATE_ID, "duplicate key result id");
      }
    }
    Set<String> refs = new HashSet<>();
    for (FrameworkRef ref : getFrameworkRefs()) {
      if (!refs.add(ref.getScheme() + ":" + ref.getSchemeVersion().orElse("") + ":" + ref.getCode())) {
        problems.add(path.property("frameworkRefs").element(ref.getScheme() + ":" + ref.getCode(), java.util.Set.of()),
            PlanProblem.Kind.DUPLICATE_ENTRY, "is listed twice");
      }
    }
  }

  /** Builds {@link Objective}s. */
  public static final class Builder extends ImmutableObjective.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
