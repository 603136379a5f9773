package fr.okrsante.plan;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One problem found while validating a plan or one of its values: where it is, what kind of
 * problem it is, which ids of the plan it refers to, and what is wrong.
 *
 * <p>The path names the offending element by ids rather than positions, so that it stays meaningful
 * to a quality manager: {@code objectives[obj-7].keyResults[kr-2].metric.target}. Code reads it as
 * segments ({@link #getProblemPath()}); people read its text ({@link #getPath()}). The message says
 * what is wrong and, where possible, how to fix it. The ids ({@link #getIds()}) are every id the
 * problem names, in its path or in its message, so that it can be withheld from a viewer who may
 * not see one of them without reading its text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanProblem {

  /** What kind of rule a problem breaks, for code that reacts to problems without reading their text. */
  public enum Kind {
    /** An id that is not 1 to 100 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with a letter or digit. */
    MALFORMED_ID,
    /** A reference to a record elsewhere (a check-in's source reference, an indicator binding) that is empty, too long or not one line of visible text. */
    MALFORMED_REFERENCE,
    /** A text that must say something (a title, a name, a label) and is blank. */
    BLANK_TEXT,
    /** A text that holds a control character (or a bidirectional override). */
    CONTROL_CHARACTER,
    /** A number written as text that is not a decimal number. */
    NOT_A_NUMBER,
    /** A number outside what its property allows: a decimal with too many digits, a weight, a fraction, a negative numerator… */
    NUMBER_OUT_OF_DOMAIN,
    /** Something required is missing: a unit label, a guardrail's limits, a source, a rate's denominator, an initiative to count. */
    MISSING,
    /** Something given where it has no place: a check-in on a computed key result, a done date on an initiative not done. */
    NOT_ALLOWED,
    /** Values that contradict each other: a rate's value and its numerator and denominator, an empty range. */
    INCONSISTENT,
    /** A target that a key result cannot move to: it equals the baseline, or it reduces by more than 100 %. */
    INVALID_TARGET,
    /** Dates in the wrong order, or outside the period they belong to. */
    DATE_ORDER,
    /** A reference to an id that no item of the plan has. */
    UNKNOWN_REFERENCE,
    /** A reference to an item of the wrong kind, e.g. a pooled rate computed from a key result that is not a rate. */
    WRONG_REFERENCE,
    /** An id that two items share. */
    DUPLICATE_ID,
    /** An entry listed twice: a link, a source, a framework reference. */
    DUPLICATE_ENTRY,
    /** An item that refers to itself: a unit its own parent, an objective aligned to itself. */
    SELF_REFERENCE,
    /** A loop through several items: alignment links, computed key results, parent units or cycles. */
    CYCLE,
    /** A conflict with items the viewer may not see, reported without naming them. */
    RESTRICTED
  }

  private final Kind kind;
  private final ProblemPath path;
  private final Set<String> ids;
  private final String message;

  private PlanProblem(Kind kind, ProblemPath path, Set<String> ids, String message) {
    this.kind = kind;
    this.path = path;
    this.ids = ids;
    this.message = message;
  }

  /**
   * Obtains a problem that names no id besides those of its path.
   *
   * @param kind the kind of problem
   * @param path where the problem is, e.g. {@code objectives[obj-7].title}
   * @param message what is wrong and how to fix it
   * @return the problem
   */
  public static PlanProblem of(Kind kind, ProblemPath path, String message) {
    return of(kind, path, message, Set.of());
  }

  /**
   * Obtains a problem whose message names ids besides those of its path: the unknown id of a
   * reference, the members of a cycle.
   *
   * @param kind the kind of problem
   * @param path where the problem is, e.g. {@code objectives[obj-7].ownerUnitId}
   * @param message what is wrong and how to fix it
   * @param mentioned the ids the message names; the problem's ids are these and the path's
   * @return the problem
   */
  public static PlanProblem of(Kind kind, ProblemPath path, String message, Set<String> mentioned) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(mentioned, "mentioned");
    Set<String> ids = new LinkedHashSet<>(path.getIds());
    for (String id : mentioned) {
      ids.add(Objects.requireNonNull(id, "mentioned id"));
    }
    return new PlanProblem(kind, path, Collections.unmodifiableSet(ids), message);
  }

  /**
   * Returns this problem as seen from a container: the same problem, at {@code prefix} followed by
   * this problem's path. This problem is unchanged.
   *
   * @param prefix where the value with this problem is, e.g. {@code objectives[obj-7]}
   * @return the problem at the longer path, with the prefix's ids added
   */
  public PlanProblem under(ProblemPath prefix) {
    return of(kind, prefix.resolve(path), message, ids);
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns where the problem is, as segments: property names and element keys.
   *
   * @return the path
   */
  public ProblemPath getProblemPath() {
    return path;
  }

  /**
   * Returns where the problem is, as people read it: the text form of {@link #getProblemPath()}.
   *
   * @return the path, e.g. {@code objectives[obj-7].keyResults[kr-2].metric.target}
   */
  public String getPath() {
    return path.toString();
  }

  /**
   * Returns every id of the plan the problem names, in its path or in its message: a viewer who
   * may not see one of them must not see the problem.
   *
   * @return the ids, unmodifiable, in the order they were named
   */
  public Set<String> getIds() {
    return ids;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlanProblem other && kind == other.kind && path.equals(other.path)
        && ids.equals(other.ids) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, ids, message);
  }

  /**
   * Returns {@code path: message}.
   *
   * @return the problem as one line of text
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
