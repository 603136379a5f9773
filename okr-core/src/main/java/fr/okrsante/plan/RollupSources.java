package fr.okrsante.plan;

/** Which contributions count in an objective's progress. */
public enum RollupSources {
  /** Only the objective's own key results. */
  KEY_RESULTS,

  /** Only the child objectives linked with {@link LinkMode#CONTRIBUTES}. */
  CHILDREN,

  /** Key results and contributing children (the default). */
  BOTH
}
