package fr.okrsante.plan;

/** Who may see an objective, its key results, check-ins and initiatives. */
public enum Visibility {
  /** Everyone with access to the plan, partner structures included. */
  PUBLIC,

  /** Members of any unit of the owner's organisation (the root of its unit tree). */
  ORGANISATION,

  /** Members of the owner unit and of its sub-units. */
  UNIT,

  /** The owner unit's leads and the explicitly granted units and persons. */
  PRIVATE
}
