package fr.okrsante.plan;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where something is in a plan, as a list of segments: property names and element keys.
 *
 * <p>Elements of a plan's collections are named by their key (an id, a date, a framework code), not
 * by their position, so that a path stays meaningful to the person who wrote the plan. The text form
 * joins property names with {@code .} and puts element keys in brackets:
 *
 * <pre>{@code
 * ProblemPath.root().property("objectives").element("obj-7")
 *     .property("keyResults").element("kr-2").property("metric").property("target")
 *     .toString()   // objectives[obj-7].keyResults[kr-2].metric.target
 * }</pre>
 *
 * <p>An element key may refer to ids of the plan: an objective's key is its id, a link's key
 * {@code child→parent} refers to both objectives, a check-in's key (its date) to none. {@link #getIds()}
 * gathers them, so that a problem can be withheld from a viewer who may not see one of them.
 *
 * <p>Code reads the segments; it never parses the text form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemPath {

  private static final ProblemPath ROOT = new ProblemPath(null, null, 0);

  // A path is its parent and its last segment, so that extending one (as validation does for every
  // property it checks) makes two small objects; the list of segments is made when first read (a
  // race makes it twice at worst: the list is immutable and safely published through final fields).
  private final @Nullable ProblemPath parent;
  private final @Nullable Segment last;
  private final int size;
  private @Nullable List<Segment> segments;

  private ProblemPath(@Nullable ProblemPath parent, @Nullable Segment last, int size) {
    this.parent = parent;
    this.last = last;
    this.size = size;
    this.segments = size == 0 ? List.of() : null;
  }

  /**
   * Returns the empty path: the plan (or the value being validated) itself.
   *
   * @return the root path
   */
  public static ProblemPath root() {
    return ROOT;
  }

  /**
   * Returns the path of one of the property names below the root, e.g. {@code ProblemPath.of("objectives")}.
   *
   * @param property the property name
   * @return the path with that single segment
   * @throws IllegalArgumentException if the name is empty
   */
  public static ProblemPath of(String property) {
    return ROOT.property(property);
  }

  /**
   * Returns this path followed by a property name.
   *
   * @param name the property name, e.g. {@code keyResults}
   * @return the longer path
   * @throws IllegalArgumentException if the name is empty
   */
  public ProblemPath property(String name) {
    return append(new Segment(false, name, Set.of()));
  }

  /**
   * Returns this path followed by the id of an element, e.g. an objective's id: the segment refers
   * to that id ({@link Segment#getIds()}).
   *
   * @param key the element's id, e.g. {@code obj-7}
   * @return the longer path
   */
  public ProblemPath element(String key) {
    Objects.requireNonNull(key, "key");
    return append(new Segment(true, key, Set.of(key)));
  }

  /**
   * Returns this path followed by the key of an element that refers to the given ids: none for a
   * key that is not an id (a check-in's date, a framework reference's {@code SCHEME:code}), both
   * objectives for a link's key {@code child→parent}.
   *
   * @param key the element's key, e.g. {@code 2026-03-31}
   * @param ids the ids of the plan the key refers to, possibly none
   * @return the longer path
   */
  public ProblemPath element(String key, Set<String> ids) {
    return append(new Segment(true, key, ids));
  }

  /**
   * Returns this path followed by all the segments of another path.
   *
   * @param suffix the path to append
   * @return the longer path
   */
  public ProblemPath resolve(ProblemPath suffix) {
    if (suffix.size == 0) {
      return this;
    }
    if (size == 0) {
      return suffix;
    }
    ProblemPath joined = this;
    for (Segment segment : suffix.getSegments()) {
      joined = joined.append(segment);
    }
    return joined;
  }

  private ProblemPath append(Segment segment) {
    return new ProblemPath(this, segment, size + 1);
  }

  /**
   * Returns the segments, from the root outwards.
   *
   * @return the segments, unmodifiable
   */
  public List<Segment> getSegments() {
    List<Segment> list = segments;
    if (list == null) {
      Segment[] array = new Segment[size];
      ProblemPath path = this;
      for (int i = size - 1; i >= 0; i--) {
        array[i] = Objects.requireNonNull(path.last);
        path = Objects.requireNonNull(path.parent);
      }
      list = List.of(array);
      segments = list;
    }
    return list;
  }

  /**
   * Returns the ids of the plan that the path's element keys refer to, from the root outwards.
   *
   * @return the ids, unmodifiable; empty if no key refers to an id
   */
  public Set<String> getIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Segment segment : getSegments()) {
      ids.addAll(segment.ids);
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Checks whether this path is the root.
   *
   * @return true if the path has no segment
   */
  public boolean isRoot() {
    return size == 0;
  }

  /**
   * Checks whether this path starts with the segments of another one.
   *
   * @param prefix the possible prefix
   * @return true if every segment of {@code prefix} begins this path
   */
  public boolean startsWith(ProblemPath prefix) {
    return prefix.size <= size && getSegments().subList(0, prefix.size).equals(prefix.getSegments());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProblemPath other && size == other.size && getSegments().equals(other.getSegments());
  }

  @Override
  public int hashCode() {
    return getSegments().hashCode();
  }

  /**
   * Returns the text form users read, e.g. {@code objectives[obj-7].keyResults[kr-2].metric.target}.
   *
   * @return the path as text; empty for the root
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : getSegments()) {
      if (segment.isElement()) {
        text.append('[').append(segment.getValue()).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment.getValue());
      }
    }
    return text.toString();
  }

  /**
   * One segment of a path: a property name or an element key.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Segment {

    private final boolean element;
    private final String value;
    private final Set<String> ids;

    private Segment(boolean element, String value, Set<String> ids) {
      Objects.requireNonNull(value, element ? "key" : "name");
      if (!element && value.isEmpty()) {
        throw new IllegalArgumentException("a property name in a problem path cannot be empty");
      }
      this.element = element;
      this.value = value;
      this.ids = ids.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    /**
     * Checks whether this segment is an element key rather than a property name.
     *
     * @return true for an element key, false for a property name
     */
    public boolean isElement() {
      return element;
    }

    /**
     * Returns the property name or the element key.
     *
     * @return the segment's text, without brackets or dots
     */
    public String getValue() {
      return value;
    }

    /**
     * Returns the ids of the plan this segment refers to: the id an element key is, the two
     * objectives of a link's key, none for a property name or a key that is not an id.
     *
     * @return the ids, unmodifiable
     */
    public Set<String> getIds() {
      return ids;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Segment other && element == other.element && value.equals(other.value)
          && ids.equals(other.ids);
    }

    @Override
    public int hashCode() {
      return value.hashCode() * 2 + (element ? 1 : 0);
    }

    /**
     * Returns the segment as it appears in the path's text form: {@code name} or {@code [key]}.
     *
     * @return the segment as text
     */
    @Override
    public String toString() {
      return element ? "[" + value + "]" : value;
    }
  }
}
