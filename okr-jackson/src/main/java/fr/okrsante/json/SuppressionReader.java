package fr.okrsante.json;

import fr.okrsante.plan.Suppression;
import org.jspecify.annotations.Nullable;

/** Reads a plan-review suppression from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class SuppressionReader {

  private SuppressionReader() {}

  static @Nullable Suppression read(PlanReader r, Node node) {
    Members m = r.members(node, "a suppression");
    if (m == null) {
      return null;
    }
    String ruleId = m.string("ruleId", true);
    String target = m.string("target", true);
    String reason = m.string("reason", true);
    String author = m.string("authorId", true);
    m.finish();
    if (!m.buildable() || ruleId == null || target == null || reason == null || author == null) {
      return null;
    }
    return m.keep(r.build(node, () -> Suppression.of(ruleId, target, reason, author)));
  }
}
