package fr.okrsante.json;

import fr.okrsante.plan.AlignmentLink;
import org.jspecify.annotations.Nullable;

/** Reads an alignment link from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class LinkReader {

  private LinkReader() {}

  static @Nullable AlignmentLink read(PlanReader r, Node node) {
    Members m = r.members(node, "an alignment link");
    if (m == null) {
      return null;
    }
    String child = m.string("childId", true);
    String parent = m.string("parentId", true);
    Double weight = m.number("weight");
    var mode = m.constant("mode", Names.LINK_MODE, false);
    m.finish();
    if (!m.buildable() || child == null || parent == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      AlignmentLink.Builder b = AlignmentLink.builder().childId(child).parentId(parent);
      if (weight != null) {
        b.weight(weight);
      }
      if (mode != null) {
        b.mode(mode);
      }
      return b.build();
    }));
  }
}
