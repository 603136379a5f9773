package fr.okrsante.json;

import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every figure of a {@link ProgressFigures}, one line per objective, key result and contribution,
 * doubles written exactly: two implementations give the same figures exactly when their lines are
 * equal. The latest check-in is compared by its observation date, which is all a document keeps.
 */
final class FigureLines {

  private FigureLines() {}

  static List<String> of(ProgressFigures figures) {
    List<String> lines = new ArrayList<>();
    lines.add("asOf " + figures.asOf());
    for (ObjectiveProgress o : figures.objectives()) {
      String id = o.getObjectiveId();
      lines.add("objective " + id + " progress=" + exact(o.getProgress()) + " expected="
          + Double.toHexString(o.getExpectedProgress()) + " coverage=" + Double.toHexString(o.getCoverage())
          + " computed=" + o.getComputedStatus() + " status=" + o.getStatus() + " override="
          + o.getOverride().map(v -> v.getStatus() + "/" + v.getAuthorId() + "/" + v.getSetAt() + "/" + v.getReason()).orElse("-")
          + " contributions=" + o.getContributionCount() + " counted=" + o.getCountedContributionCount()
          + " restricted=" + figures.restrictedContributionCount(id)
          + " same-objective=" + (figures.objective(id).getObjectiveId().equals(id)));
      for (KeyResultProgress k : o.getKeyResults()) {
        lines.add("  " + keyResult(k));
        lines.add("  by id " + keyResult(figures.keyResult(k.getKeyResultId())));
      }
      for (Contribution c : figures.contributions(id)) {
        lines.add("  contribution " + c.getKind() + " " + c.getSourceId() + " weight=" + Double.toHexString(c.getWeight())
            + " progress=" + exact(c.getProgress()) + " hasData=" + c.hasData() + " counted=" + c.isCounted()
            + " share=" + Double.toHexString(c.getShare()));
      }
    }
    return lines;
  }

  private static String keyResult(KeyResultProgress k) {
    return "keyResult " + k.getKeyResultId() + " of " + k.getObjectiveId() + " progress=" + exact(k.getProgress())
        + " counted=" + Double.toHexString(k.getCountedProgress()) + " expected="
        + Double.toHexString(k.getExpectedProgress()) + " computed=" + k.getComputedStatus() + " status="
        + k.getStatus() + " current=" + k.getCurrentValue().orElse(null) + " numerator=" + k.getNumerator().orElse(null)
        + " denominator=" + k.getDenominator().orElse(null) + " baseline=" + k.getBaseline().orElse(null)
        + " target=" + k.getTarget().orElse(null) + " observedOn=" + k.getLatestObservedOn().orElse(null)
        + " stale=" + k.isStale() + " late=" + k.getLateCheckIns() + " valueRestricted=" + k.isValueRestricted();
  }

  private static String exact(OptionalDouble value) {
    return value.isPresent() ? Double.toHexString(value.getAsDouble()) : "none";
  }
}
