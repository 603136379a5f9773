package fr.okrsante.visibility;

import java.util.Objects;

/**
 * Thrown when a viewer attempts a write they have no right to; the plan is left unchanged.
 *
 * <p>An object the viewer may not see and an object the plan does not have are refused the same
 * way, so that a refusal does not tell whether a hidden objective exists.
 */
public final class AccessDeniedException extends SecurityException {

  private static final long serialVersionUID = 1L;

  /** The refused actor's id. */
  private final String actorId;
  /** The object the write was refused on. */
  private final String objectId;
  /** The refused write. */
  private final Write write;

  /**
   * Creates the exception.
   *
   * @param actorId the id of the viewer whose write was refused
   * @param objectId the id of the objective, key result or link the write was refused on
   * @param write the refused write
   */
  public AccessDeniedException(String actorId, String objectId, Write write) {
    super("'" + Objects.requireNonNull(actorId, "actorId") + "' may not " + describe(Objects.requireNonNull(write, "write"))
        + " '" + Objects.requireNonNull(objectId, "objectId")
        + "': it does not exist or the actor lacks the right; edits are for leads and members of the owner unit"
        + " and overseers of a unit above it, and a link needs a parent the actor can see");
    this.actorId = actorId;
    this.objectId = objectId;
    this.write = write;
  }

  private static String describe(Write write) {
    switch (write) {
      case ADD_CHECK_IN: return "add a check-in to key result";
      case PUT_OBJECTIVE: return "add or change objective";
      case ADD_LINK: return "add a link involving objective";
      case REMOVE_LINK: return "remove a link from objective";
      default: throw new AssertionError(write);
    }
  }

  /**
   * Returns the id of the viewer whose write was refused.
   *
   * @return the actor id
   */
  public String getActorId() {
    return actorId;
  }

  /**
   * Returns the id of the object the write was refused on.
   *
   * @return the object id
   */
  public String getObjectId() {
    return objectId;
  }

  /**
   * Returns the refused write.
   *
   * @return the write
   */
  public Write getWrite() {
    return write;
  }
}
