package fr.okrsante.visibility;

/** A write that an {@link Access} performs on behalf of its viewer, named in refusals. */
public enum Write {
  /** Append a check-in to a key result. */
  ADD_CHECK_IN,

  /** Add an objective, or replace one. */
  PUT_OBJECTIVE,

  /** Add an alignment link. */
  ADD_LINK,

  /** Remove an alignment link. */
  REMOVE_LINK
}
