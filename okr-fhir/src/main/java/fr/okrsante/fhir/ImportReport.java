package fr.okrsante.fhir;

import fr.okrsante.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link MeasureReportImport}: the new plan, and what happened to each report.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportReport {

  private final Plan plan;
  private final List<ImportOutcome> outcomes;

  ImportReport(Plan plan, List<ImportOutcome> outcomes) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Returns the plan with the applied check-ins.
   *
   * @return the new plan; the plan given when nothing was applied
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns every outcome, in document order (warnings after the outcome they concern).
   *
   * @return the outcomes
   */
  public List<ImportOutcome> getOutcomes() {
    return outcomes;
  }

  /**
   * Returns the outcomes of one kind.
   *
   * @param kind the kind
   * @return those outcomes, in document order
   */
  public List<ImportOutcome> get(ImportOutcome.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return outcomes.stream().filter(o -> o.getKind() == kind).toList();
  }

  /**
   * Tells whether no report was refused.
   *
   * @return true if every report was applied or skipped
   */
  public boolean isComplete() {
    return outcomes.stream().noneMatch(o -> o.getKind() == ImportOutcome.Kind.REFUSED);
  }

  /**
   * Returns the counts, as {@code ImportReport{applied=3, skipped=1, refused=1, withheld=0, warnings=2}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ImportReport{applied=" + get(ImportOutcome.Kind.APPLIED).size() + ", skipped="
        + get(ImportOutcome.Kind.SKIPPED).size() + ", refused=" + get(ImportOutcome.Kind.REFUSED).size()
        + ", withheld=" + get(ImportOutcome.Kind.WITHHELD).size() + ", warnings="
        + get(ImportOutcome.Kind.WARNING).size() + "}";
  }
}
