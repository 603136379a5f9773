package fr.okrsante.plan;

/** Whether a check-in's value is settled. */
public enum CheckInStatus {
  /** The settled value. */
  FINAL,

  /** A preliminary value, beaten by a final one observed on the same day. */
  PROVISIONAL
}
