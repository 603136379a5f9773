package fr.okrsante.plan;

/** A framework that objectives can refer to. */
public enum FrameworkScheme {
  /** HAS certification of health establishments (criteria such as 1.1-01). */
  HAS_CERTIFICATION,

  /** HAS evaluation of social and medico-social establishments. */
  HAS_ESSMS,

  /** Indicators of quality and safety of care (IQSS). */
  IQSS,

  /** Multi-year contract of objectives and means (CPOM). */
  CPOM,

  /** Regional health project (PRS). */
  PRS,

  /** Local health contract (Contrat local de santé). */
  CLS,

  /** Quality of life and working conditions (QVCT). */
  QVCT,

  /** NHS Outcomes Framework. */
  NHS_OUTCOMES,

  /** Any other framework; name it in the reference's label. */
  OTHER
}
