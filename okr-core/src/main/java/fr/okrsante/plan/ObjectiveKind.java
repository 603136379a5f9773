package fr.okrsante.plan;

/** Whether an objective is expected to be fully met (Google's distinction). */
public enum ObjectiveKind {
  /** Expected to reach 1.0 by the end of its cycle. */
  COMMITTED,

  /** Ambitious: about 0.7 is a success. */
  ASPIRATIONAL
}
