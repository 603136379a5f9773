package fr.okrsante.json;

import fr.okrsante.plan.Cycle;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a cycle from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class CycleReader {

  private CycleReader() {}

  static @Nullable Cycle read(PlanReader r, Node node) {
    Members m = r.members(node, "a cycle");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String label = m.string("label", true);
    LocalDate start = m.date("startDate", true);
    LocalDate end = m.date("endDate", true);
    String parentId = m.string("parentId", false);
    m.finish();
    if (!m.buildable() || id == null || label == null || start == null || end == null) {
      return null;
    }
    return m.keep(r.build(node, () -> Cycle.builder().id(id).label(label).startDate(start).endDate(end)
        .parentId(Optional.ofNullable(parentId)).build()));
  }
}
