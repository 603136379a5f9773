package fr.okrsante.plan;

/** What kind of structure an {@link OrgUnit} is. */
public enum UnitKind {
  /** A legal entity: a hospital, an ESMS, an MSP, a local authority, an agency. */
  ORGANISATION,

  /** A pôle: a group of services in a hospital. */
  POLE,

  /** A clinical or support service. */
  SERVICE,

  /** A care unit (unité) inside a service. */
  UNIT,

  /** A team (équipe). */
  TEAM,

  /** A territorial network (CPTS, DAC, CLS territory) whose children are its member structures. */
  NETWORK,

  /** A partner structure outside the organisation that takes part in a shared plan. */
  PARTNER
}
