package fr.okrsante.plan;

/** Where an initiative (action, project, task) stands. */
public enum InitiativeState {
  /** Not started. */
  PLANNED,

  /** Under way. */
  IN_PROGRESS,

  /** Finished. */
  DONE,

  /** Abandoned; never counts as done. */
  CANCELLED
}
