package fr.okrsante.json;

import fr.okrsante.plan.StatusOverride;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Reads a status override from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class StatusOverrideReader {

  private StatusOverrideReader() {}

  static @Nullable StatusOverride read(PlanReader r, Node node) {
    Members m = r.members(node, "a status override");
    if (m == null) {
      return null;
    }
    var status = m.constant("status", Names.STATUS, true);
    String author = m.string("authorId", true);
    Instant setAt = m.instant("setAt", true);
    String reason = m.string("reason", true);
    m.finish();
    if (!m.buildable() || status == null || author == null || setAt == null || reason == null) {
      return null;
    }
    return m.keep(r.build(node, () -> StatusOverride.of(status, author, setAt, reason)));
  }
}
