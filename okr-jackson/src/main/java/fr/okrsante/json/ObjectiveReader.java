package fr.okrsante.json;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.StatusOverride;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads an objective (its key results by KeyResultReader) from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class ObjectiveReader {

  private ObjectiveReader() {}

  static @Nullable Objective read(PlanReader r, Node node) {
    Members m = r.members(node, "an objective");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    String description = m.string("description", false);
    String owner = m.string("ownerUnitId", true);
    List<String> ownerPersons = m.strings("ownerPersonIds", true);
    String cycleId = m.string("cycleId", true);
    var kind = m.constant("kind", Names.OBJECTIVE_KIND, false);
    var lifecycle = m.constant("lifecycle", Names.LIFECYCLE, false);
    var visibility = m.constant("visibility", Names.VISIBILITY, false);
    List<String> grantedUnits = m.strings("grantedUnitIds", true);
    List<String> grantedPersons = m.strings("grantedPersonIds", true);
    List<FrameworkRef> refs = m.objects("frameworkRefs", n -> FrameworkRefReader.read(r, n));
    RollupSettings rollup = m.object("rollup", false, n -> RollupReader.read(r, n));
    StatusOverride override = m.object("statusOverride", false, n -> StatusOverrideReader.read(r, n));
    List<KeyResult> keyResults = m.objects("keyResults", n -> KeyResultReader.read(r, n));
    m.finish();
    if (!m.buildable() || id == null || title == null || owner == null || cycleId == null || ownerPersons == null
        || grantedUnits == null || grantedPersons == null || refs == null || keyResults == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      Objective.Builder b = Objective.builder().id(id).title(title).ownerUnitId(owner).cycleId(cycleId)
          .ownerPersonIds(ownerPersons).grantedUnitIds(grantedUnits).grantedPersonIds(grantedPersons)
          .frameworkRefs(refs).keyResults(keyResults).statusOverride(Optional.ofNullable(override));
      if (description != null) {
        b.description(description);
      }
      if (kind != null) {
        b.kind(kind);
      }
      if (lifecycle != null) {
        b.lifecycle(lifecycle);
      }
      if (visibility != null) {
        b.visibility(visibility);
      }
      if (rollup != null) {
        b.rollup(rollup);
      }
      return b.build();
    }));
  }
}
