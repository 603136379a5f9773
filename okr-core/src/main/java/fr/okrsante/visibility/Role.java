package fr.okrsante.visibility;

/** The part a viewer plays in a unit. */
public enum Role {
  /** Works in the unit: sees what the unit may see and edits the unit's objectives. */
  MEMBER,

  /** Leads the unit: a member who also sees the unit's {@code PRIVATE} objectives. */
  LEAD,

  /**
   * Oversees the unit (the direction, a steering committee): sees and edits everything owned in
   * the unit's subtree.
   */
  OVERSEER
}
