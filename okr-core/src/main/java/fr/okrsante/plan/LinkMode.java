package fr.okrsante.plan;

/** How a child objective's progress relates to its parent's. */
public enum LinkMode {
  /** The child's progress counts in the parent's rollup, with the link's weight. */
  CONTRIBUTES,

  /** Traceability only: the link is shown but does not count. */
  INFORMS
}
