package fr.okrsante.plan;

/** How a contribution without data counts in a rollup. */
public enum NoDataPolicy {
  /** It counts as progress 0 with its full weight (the default): missing data pulls the result down, visibly. */
  COUNT_AS_ZERO,

  /** It is left out and the remaining weights are renormalised; the coverage figure says how much was left out. */
  LEAVE_OUT
}
