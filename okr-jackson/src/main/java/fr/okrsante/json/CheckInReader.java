package fr.okrsante.json;

import fr.okrsante.plan.CheckIn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a check-in from the located tree; stateless, its problems go to the {@link PlanReader}. */
final class CheckInReader {

  private CheckInReader() {}

  static @Nullable CheckIn read(PlanReader r, Node node) {
    Members m = r.members(node, "a check-in");
    if (m == null) {
      return null;
    }
    LocalDate observedOn = m.date("observedOn", true);
    Instant recordedAt = m.instant("recordedAt", false);
    BigDecimal value = m.decimal("value", true);
    BigDecimal numerator = m.decimal("numerator", false);
    BigDecimal denominator = m.decimal("denominator", false);
    Double confidence = m.number("confidence");
    String note = m.string("note", false);
    String author = m.string("authorId", false);
    var source = m.constant("source", Names.CHECK_IN_SOURCE, false);
    var status = m.constant("status", Names.CHECK_IN_STATUS, false);
    String sourceRef = m.string("sourceRef", false);
    m.finish();
    if (!m.buildable() || observedOn == null || value == null) {
      return null;
    }
    return m.keep(r.build(node, () -> {
      CheckIn.Builder b = CheckIn.builder().observedOn(observedOn).value(value)
          .numerator(Optional.ofNullable(numerator)).denominator(Optional.ofNullable(denominator))
          .authorId(Optional.ofNullable(author)).sourceRef(Optional.ofNullable(sourceRef));
      if (recordedAt != null) {
        b.recordedAt(recordedAt);
      }
      if (confidence != null) {
        b.confidence(confidence);
      }
      if (note != null) {
        b.note(note);
      }
      if (source != null) {
        b.source(source);
      }
      if (status != null) {
        b.status(status);
      }
      return b.build();
    }));
  }
}
