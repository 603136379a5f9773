package fr.okrsante.plan;

/**
 * Who may see an objective, its key results, check-ins and initiatives. At every level the
 * objective's grants and the overseers of its owner unit within the owner's organisation see it too;
 * see {@code fr.okrsante.visibility.Access} for the full rules.
 */
public enum Visibility {
  /** Everyone with access to the plan, partner structures included. */
  PUBLIC,

  /**
   * Members of any unit of the owner's organisation: the nearest organisation, network or partner
   * at or above the owner unit (the root when none), and the units below it that do not belong to
   * another organisation; a network's are also shared with its member structures, never with its
   * partners.
   */
  ORGANISATION,

  /** Members of the owner unit and of its sub-units. */
  UNIT,

  /** The owner unit's leads and the explicitly granted units and persons. */
  PRIVATE
}
