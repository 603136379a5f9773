package fr.okrsante.plan;

/** Where an objective is in its life. */
public enum Lifecycle {
  /** Being written, not yet active. */
  DRAFT,

  /** In progress. */
  ACTIVE,

  /** Its cycle was closed and it was scored. */
  CLOSED,

  /** Dropped before its end, scored as dropped. */
  CANCELLED
}
