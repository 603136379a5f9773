package fr.okrsante.plan;

/** Where a check-in's value came from. */
public enum CheckInSource {
  /** Typed by a person. */
  MANUAL,

  /** Imported from another system (DPI, quality module, reporting). */
  IMPORT,

  /** Computed by a program. */
  COMPUTED
}
