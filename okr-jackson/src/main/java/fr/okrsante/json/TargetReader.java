package fr.okrsante.json;

import fr.okrsante.plan.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Reads a target, absolute or relative from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class TargetReader {

  private TargetReader() {}

  static @Nullable Target read(PlanReader r, Node node) {
    Members m = r.members(node, "a target, {\"value\": 90} or {\"changePercent\": -20}");
    if (m == null) {
      return null;
    }
    int before = r.problems.size();
    BigDecimal value = m.decimal("value", false);
    BigDecimal change = m.decimal("changePercent", false);
    m.finish();
    if (r.problems.size() > before) {
      return null;
    }
    if ((value == null) == (change == null)) {
      r.problem(node, "a target has exactly one of value (absolute) and changePercent (relative to the baseline)");
      return null;
    }
    return value != null ? Target.absolute(value) : Target.relative(change);
  }
}
