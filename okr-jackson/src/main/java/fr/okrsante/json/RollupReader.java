package fr.okrsante.json;

import fr.okrsante.plan.RollupSettings;
import org.jspecify.annotations.Nullable;

/** Reads an objective's rollup settings from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class RollupReader {

  private RollupReader() {}

  static @Nullable RollupSettings read(PlanReader r, Node node) {
    Members m = r.members(node, "rollup settings");
    if (m == null) {
      return null;
    }
    var sources = m.constant("sources", Names.ROLLUP_SOURCES, false);
    String strategy = m.string("strategy", false);
    var noData = m.constant("noData", Names.NO_DATA_POLICY, false);
    Boolean cap = m.bool("capOverachievement");
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      RollupSettings.Builder b = RollupSettings.builder();
      if (sources != null) {
        b.sources(sources);
      }
      if (strategy != null) {
        b.strategy(strategy);
      }
      if (noData != null) {
        b.noData(noData);
      }
      if (cap != null) {
        b.capOverachievement(cap);
      }
      return b.build();
    }));
  }
}
