package fr.okrsante.json;

import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.ProblemPath;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Locates the domain's problems in the document: follows the segments of a problem's
 * {@link PlanProblem#getProblemPath() path} through the {@link Node located tree}, a property name to
 * a member, an element key to the array item with that key (an id, a link's {@code child→parent},
 * a date, a framework reference's {@code SCHEME:code}), and reports the problem at the nearest
 * element found. Stateless.
 */
final class ProblemLocator {

  private ProblemLocator() {}

  /**
   * Maps a problem's id-based path ({@code objectives[obj-7].keyResults[kr-2].metric.target}) to a
   * pointer, segment by segment: a property name is a member, an element key the array item with
   * that key. With {@code dropFirst}, the first property and its key name the value itself.
   */
  static void locate(PlanReader reader, Node base, PlanProblem planProblem, boolean dropFirst) {
    List<ProblemPath.Segment> segments = planProblem.getProblemPath().getSegments();
    // of two items with the same key, the second is the duplicate
    boolean preferSecond = planProblem.getKind() == PlanProblem.Kind.DUPLICATE_ID
        || planProblem.getKind() == PlanProblem.Kind.DUPLICATE_ENTRY;
    int first = 0;
    if (dropFirst && !segments.isEmpty()) {
      first = 1;
      while (first < segments.size() && segments.get(first).isElement()) {
        first++;
      }
    }
    Node current = base;
    StringBuilder rest = new StringBuilder();
    boolean lost = false;
    for (int i = first; i < segments.size(); i++) {
      ProblemPath.Segment segment = segments.get(i);
      boolean keyed = i + 1 < segments.size() && segments.get(i + 1).isElement();
      if (segment.isElement()) {
        Node item = lost ? null : item(current, segment.getValue(), preferSecond);
        if (item == null) {
          break;
        }
        current = item;
        continue;
      }
      String name = segment.getValue();
      Node member = lost ? null : current.member(name);
      if (member == null) {
        if (lost && keyed) {
          break;
        }
        lost = true;
        rest.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        if (keyed) {
          break;
        }
        continue;
      }
      current = member;
    }
    reader.problem(current.pointer() + rest, current, planProblem.getMessage());
  }

  private static @Nullable Node item(Node array, String key, boolean preferSecond) {
    Node first = null;
    for (Node item : array.children()) {
      if (key.equals(identity(item))) {
        if (!preferSecond || first != null) {
          return item;
        }
        first = item;
      }
    }
    return first;
  }

  /** The key by which the domain's problem paths name an array element. */
  private static @Nullable String identity(Node item) {
    if (item.kind == Node.Kind.STRING) {
      return item.text;
    }
    String id = item.memberText("id");
    if (id != null) {
      return id;
    }
    String child = item.memberText("childId");
    String parent = item.memberText("parentId");
    if (child != null && parent != null) {
      return child + "→" + parent;
    }
    String observed = item.memberText("observedOn");
    if (observed != null) {
      return observed;
    }
    String date = item.memberText("date");
    if (date != null) {
      return date;
    }
    String scheme = item.memberText("scheme");
    String code = item.memberText("code");
    if (scheme != null && code != null) {
      return Names.FRAMEWORK_SCHEME.constant(scheme).map(Enum::name).orElse(scheme) + ":" + code;
    }
    return null;
  }
}
