package fr.okrsante.json;

import fr.okrsante.plan.OrgUnit;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads an org unit from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class UnitReader {

  private UnitReader() {}

  static @Nullable OrgUnit read(PlanReader r, Node node) {
    Members m = r.members(node, "a unit");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String name = m.string("name", true);
    var kind = m.constant("kind", Names.UNIT_KIND, true);
    String parentId = m.string("parentId", false);
    TreeMap<String, String> identifiers = new TreeMap<>();
    Node ids = m.get("identifiers");
    if (ids != null) {
      if (ids.kind != Node.Kind.OBJECT) {
        r.wrongType(ids, "an object of identifiers by scheme, e.g. {\"FINESS\": \"590780193\"}");
      } else {
        for (Node entry : ids.children()) {
          if (entry.kind != Node.Kind.STRING) {
            r.wrongType(entry, "a string");
          } else if (identifiers.put(entry.memberName(), entry.scalarText()) != null) {
            r.problem(entry, "duplicate identifier scheme '" + entry.memberName() + "'");
          }
        }
      }
    }
    m.finish();
    if (!m.buildable() || id == null || name == null || kind == null) {
      return null;
    }
    return m.keep(r.build(node, () -> OrgUnit.builder().id(id).name(name).kind(kind)
        .parentId(Optional.ofNullable(parentId)).identifiers(identifiers).build()));
  }
}
