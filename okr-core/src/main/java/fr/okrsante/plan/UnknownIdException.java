package fr.okrsante.plan;

/**
 * Thrown when a query or an update names an id the plan does not have.
 *
 * <p>It carries what kind of thing was looked for and the id.
 */
public final class UnknownIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What was looked for: "objective", "key result", "unit", …. */
  private final String kind;
  /** The id that was not found. */
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for: "objective", "key result", "unit", …
   * @param id the id that was not found
   */
  public UnknownIdException(String kind, String id) {
    super("the plan has no " + kind + " with id '" + Problems.shorten(id) + "'");
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns what was looked for.
   *
   * @return "objective", "key result", "unit", …
   */
  public String getKind() {
    return kind;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }
}
