package fr.okrsante.json;

import fr.okrsante.plan.FrameworkRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a framework reference from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class FrameworkRefReader {

  private FrameworkRefReader() {}

  static @Nullable FrameworkRef read(PlanReader r, Node node) {
    Members m = r.members(node, "a framework reference");
    if (m == null) {
      return null;
    }
    var scheme = m.constant("scheme", Names.FRAMEWORK_SCHEME, true);
    String version = m.string("schemeVersion", false);
    String code = m.string("code", true);
    String label = m.string("label", false);
    m.finish();
    if (!m.buildable() || scheme == null || code == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      FrameworkRef.Builder b = FrameworkRef.builder().scheme(scheme).schemeVersion(Optional.ofNullable(version)).code(code);
      if (label != null) {
        b.label(label);
      }
      return b.build();
    }));
  }
}
