package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit of a health organisation or territory: an establishment, a pôle, a service, a care unit,
 * a team, a territorial network such as a CPTS, or a partner structure.
 *
 * <p>Units form a forest through {@link #getParentId()}: a territorial network is a unit whose
 * children are its member structures. External identifiers such as a FINESS number may be
 * attached in {@link #getIdentifiers()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrgUnit {

  OrgUnit() {}

  /**
   * Returns the unit's id, unique among the plan's units.
   *
   * @return the id, e.g. {@code chu-nord.urgences}
   */
  @NotBlank
  @Pattern(regexp = Plan.ID_PATTERN)
  public abstract String getId();

  /**
   * Returns the unit's name.
   *
   * @return the name, e.g. "Service des urgences"
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns what kind of structure the unit is.
   *
   * @return the kind
   */
  public abstract UnitKind getKind();

  /**
   * Returns the id of the parent unit, if any; a unit without a parent is the root of its tree.
   *
   * @return the parent unit id, or empty for a root
   */
  public abstract Optional<String> getParentId();

  /**
   * Returns external identifiers by scheme, e.g. {@code "FINESS" → "590780193"}.
   *
   * @return the identifiers, sorted by scheme
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, String> getIdentifiers();

  /**
   * Obtains a root unit (no parent).
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @return the unit
   * @throws InvalidPlanException if the id is malformed or the name blank
   */
  public static OrgUnit of(String id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Obtains a unit under a parent.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param parentId the parent unit's id
   * @return the unit
   * @throws InvalidPlanException if an id is malformed or the name blank
   */
  public static OrgUnit of(String id, String name, UnitKind kind, String parentId) {
    return builder().id(id).name(name).kind(kind).parentId(parentId).build();
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
    validate(problems, ProblemPath.of("units").element(getId()));
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.id(path.property("id"), getId());
    problems.text(path.property("name"), getName());
    getParentId().ifPresent(parent -> {
      problems.id(path.property("parentId"), parent);
      if (parent.equals(getId())) {
        problems.add(path.property("parentId"), PlanProblem.Kind.SELF_REFERENCE, "a unit cannot be its own parent");
      }
    });
    getIdentifiers().forEach((scheme, value) -> {
      problems.text(path.property("identifiers").element(scheme, java.util.Set.of()), scheme);
      problems.text(path.property("identifiers").element(scheme, java.util.Set.of()), value);
    });
  }

  /** Builds {@link OrgUnit}s. */
  public static final class Builder extends ImmutableOrgUnit.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
