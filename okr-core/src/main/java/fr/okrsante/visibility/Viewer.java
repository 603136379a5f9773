package fr.okrsante.visibility;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A principal who looks at or writes to a plan: a pseudonymous id and memberships in units.
 *
 * <p>The id is matched against an objective's granted person ids; the memberships against its
 * owner unit and granted units (see {@link Access} for the rules). A viewer without membership
 * still sees {@code PUBLIC} objectives: everyone with access to the plan does.
 *
 * <p>This class is immutable and thread-safe. Its {@link #toString()} leaves the id out, so that
 * a viewer written to a log does not log a person id.
 */
public final class Viewer {

  private final String id;
  private final SortedSet<Membership> memberships;

  private Viewer(String id, SortedSet<Membership> memberships) {
    this.id = id;
    this.memberships = memberships;
  }

  /**
   * Obtains a viewer.
   *
   * @param id the viewer's pseudonymous id
   * @param memberships the viewer's memberships; may be empty
   * @return the viewer
   */
  public static Viewer of(String id, Membership... memberships) {
    Objects.requireNonNull(memberships, "memberships");
    return of(id, List.of(memberships));
  }

  /**
   * Obtains a viewer from a collection of memberships.
   *
   * @param id the viewer's pseudonymous id
   * @param memberships the viewer's memberships; may be empty; duplicates are merged
   * @return the viewer
   */
  public static Viewer of(String id, Collection<Membership> memberships) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(memberships, "memberships");
    TreeSet<Membership> copy = new TreeSet<>();
    for (Membership membership : memberships) {
      copy.add(Objects.requireNonNull(membership, "membership"));
    }
    return new Viewer(id, Collections.unmodifiableSortedSet(copy));
  }

  /**
   * Returns the viewer's pseudonymous id. Never logged.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the viewer's memberships.
   *
   * @return the memberships, by unit id then role
   */
  public SortedSet<Membership> getMemberships() {
    return memberships;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Viewer other && id.equals(other.id) && memberships.equals(other.memberships);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + memberships.hashCode();
  }

  /**
   * Returns the memberships, without the id: {@code Viewer[LEAD@chu.urgences]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Viewer" + memberships;
  }
}
