package fr.okrsante.visibility;

import java.util.Objects;

/**
 * A viewer's place in a unit: the unit id and the {@link Role} played there.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Membership implements Comparable<Membership> {

  private final String unitId;
  private final Role role;

  private Membership(String unitId, Role role) {
    this.unitId = unitId;
    this.role = role;
  }

  /**
   * Obtains a membership.
   *
   * @param unitId the unit id
   * @param role the role in that unit
   * @return the membership
   */
  public static Membership of(String unitId, Role role) {
    return new Membership(Objects.requireNonNull(unitId, "unitId"), Objects.requireNonNull(role, "role"));
  }

  /**
   * Obtains a plain membership of a unit.
   *
   * @param unitId the unit id
   * @return a {@link Role#MEMBER} membership
   */
  public static Membership member(String unitId) {
    return of(unitId, Role.MEMBER);
  }

  /**
   * Obtains the lead of a unit.
   *
   * @param unitId the unit id
   * @return a {@link Role#LEAD} membership
   */
  public static Membership lead(String unitId) {
    return of(unitId, Role.LEAD);
  }

  /**
   * Obtains the overseer of a unit's subtree.
   *
   * @param unitId the unit id
   * @return an {@link Role#OVERSEER} membership
   */
  public static Membership overseer(String unitId) {
    return of(unitId, Role.OVERSEER);
  }

  /**
   * Returns the unit id.
   *
   * @return the unit id
   */
  public String getUnitId() {
    return unitId;
  }

  /**
   * Returns the role played in the unit.
   *
   * @return the role
   */
  public Role getRole() {
    return role;
  }

  /**
   * Orders memberships by unit id, then role.
   *
   * @param other the other membership
   * @return a negative, zero or positive number
   */
  @Override
  public int compareTo(Membership other) {
    int byUnit = unitId.compareTo(other.unitId);
    return byUnit != 0 ? byUnit : role.compareTo(other.role);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Membership other && unitId.equals(other.unitId) && role == other.role;
  }

  @Override
  public int hashCode() {
    return unitId.hashCode() * 31 + role.hashCode();
  }

  /**
   * Returns the membership as {@code ROLE@unitId}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return role + "@" + unitId;
  }
}
