package fr.okrsante.json;

import fr.okrsante.plan.IndicatorBinding;
import org.jspecify.annotations.Nullable;

/** Reads an indicator binding from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class IndicatorReader {

  private IndicatorReader() {}

  static @Nullable IndicatorBinding read(PlanReader r, Node node) {
    Members m = r.members(node, "an indicator binding");
    if (m == null) {
      return null;
    }
    String system = m.string("system", false);
    String code = m.string("code", true);
    m.finish();
    if (!m.buildable() || code == null) {
      return null;
    }
    return m.keep(r.build(node, () -> system == null ? IndicatorBinding.of(code) : IndicatorBinding.of(system, code)));
  }
}
