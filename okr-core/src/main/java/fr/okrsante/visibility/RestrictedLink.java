package fr.okrsante.visibility;

import java.util.Objects;

/**
 * An anonymous marker in a {@link PlanView}: a visible objective is linked to an objective the
 * viewer may not see.
 *
 * <p>It names the visible end only, and says on which side the hidden objective is and whether it
 * counts in the visible objective's progress; nothing else of the hidden objective or the link
 * (not its id, nor its weight).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RestrictedLink {

  /** Which side of the link is hidden. */
  public enum HiddenSide {
    /** The visible objective serves a hidden parent. */
    PARENT,
    /** A hidden child serves the visible objective. */
    CHILD
  }

  private final String visibleObjectiveId;
  private final HiddenSide hiddenSide;
  private final boolean contributes;

  private RestrictedLink(String visibleObjectiveId, HiddenSide hiddenSide, boolean contributes) {
    this.visibleObjectiveId = visibleObjectiveId;
    this.hiddenSide = hiddenSide;
    this.contributes = contributes;
  }

  /**
   * Obtains a marker.
   *
   * @param visibleObjectiveId the id of the visible end
   * @param hiddenSide which end is hidden
   * @param contributes whether the child's progress counts in the parent's
   * @return the marker
   */
  public static RestrictedLink of(String visibleObjectiveId, HiddenSide hiddenSide, boolean contributes) {
    return new RestrictedLink(Objects.requireNonNull(visibleObjectiveId, "visibleObjectiveId"),
        Objects.requireNonNull(hiddenSide, "hiddenSide"), contributes);
  }

  /**
   * Returns the id of the visible end of the link.
   *
   * @return the visible objective id
   */
  public String getVisibleObjectiveId() {
    return visibleObjectiveId;
  }

  /**
   * Returns which end of the link is hidden.
   *
   * @return the hidden side
   */
  public HiddenSide getHiddenSide() {
    return hiddenSide;
  }

  /**
   * Tells whether the link counts the child's progress in the parent's ({@code CONTRIBUTES}).
   *
   * @return true for a contributing link
   */
  public boolean contributes() {
    return contributes;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RestrictedLink other && visibleObjectiveId.equals(other.visibleObjectiveId)
        && hiddenSide == other.hiddenSide && contributes == other.contributes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(visibleObjectiveId, hiddenSide, contributes);
  }

  /**
   * Returns the marker as {@code restricted PARENT of obj-1 (contributes)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "restricted " + hiddenSide + " of " + visibleObjectiveId + (contributes ? " (contributes)" : " (informs)");
  }
}
