package fr.okrsante.json;

import fr.okrsante.plan.Initiative;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads an initiative from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class InitiativeReader {

  private InitiativeReader() {}

  static @Nullable Initiative read(PlanReader r, Node node) {
    Members m = r.members(node, "an initiative");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    var state = m.constant("state", Names.INITIATIVE_STATE, false);
    LocalDate doneOn = m.date("doneOn", false);
    Double weight = m.number("weight");
    List<String> keyResultIds = m.strings("keyResultIds", true);
    String externalRef = m.string("externalRef", false);
    m.finish();
    if (!m.buildable() || id == null || title == null || keyResultIds == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      Initiative.Builder b = Initiative.builder().id(id).title(title).doneOn(Optional.ofNullable(doneOn))
          .keyResultIds(keyResultIds).externalRef(Optional.ofNullable(externalRef));
      if (state != null) {
        b.state(state);
      }
      if (weight != null) {
        b.weight(weight);
      }
      return b.build();
    }));
  }
}
