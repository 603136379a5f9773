package fr.okrsante.visibility;

/**
 * How objectives a viewer may not see count in what the viewer is shown.
 *
 * <p>Neither policy ever shows an id, title, description, key result, value, note, owner or
 * framework reference of a hidden objective. They differ in what the numbers let a viewer infer.
 */
public enum HiddenContributions {
  /**
   * Hidden objectives count, anonymously: the default.
   *
   * <p>A parent's progress is the same for every viewer (the one computed on the whole plan), and
   * the view says how many restricted contributions and links exist, as anonymous
   * {@link RestrictedLink markers} without id or weight.
   *
   * <p><b>What a viewer can infer:</b> that hidden work exists, how many hidden objectives serve or
   * are served by each visible one, and — since the parent's progress and the visible
   * contributions' progress and weights are known — bounds on the hidden work's progress: with a
   * weighted mean, the hidden share is {@code parent − Σ visible shares}; with one restricted
   * contribution and known weights (e.g. all weights 1), its progress follows exactly. A minimum
   * rollup below every visible contribution reveals that a hidden one is behind. A visible key
   * result computed from hidden key results shows its progress but never its value, numerator or
   * denominator; since its baseline and target are shown, its value can be inferred from its
   * progress (and, with a single hidden source summed, that source's value): progress may be
   * inferred under this policy, values are never shown.
   */
  COUNTED_REDACTED,

  /**
   * Hidden objectives are left out, as if they were removed from the plan.
   *
   * <p>Progress is computed on what the viewer sees; links to hidden objectives leave no marker; a
   * computed key result is computed from its visible sources only.
   *
   * <p><b>What a viewer can infer:</b> nothing about hidden objectives from the view alone. The
   * price is that numbers differ between viewers: two people comparing a parent's progress see
   * different values, and the difference itself reveals that hidden work exists (and its effect on
   * the parent), so views under this policy should not be compared side by side.
   */
  LEFT_OUT
}
