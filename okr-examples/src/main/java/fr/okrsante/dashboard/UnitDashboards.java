package fr.okrsante.dashboard;

import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.visibility.UnitFocus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard of one unit's work in context, made without evaluating the whole plan: the same
 * page as {@code Dashboard.of(plan, …).focusedOn(plan, unitId)}, but only the part of the plan the
 * unit's objectives and those they serve depend on (their descendants and the sources of their
 * computed key results) is evaluated, at the report's dates and at each month end. One unit's page
 * of a national plan of 120,000 objectives evaluates one region.
 */
public final class UnitDashboards {

  private UnitDashboards() {}

  /**
   * Builds one unit's dashboard.
   *
   * @param plan the whole plan
   * @param unitId the unit
   * @param evaluator how to evaluate (e.g. {@link Evaluator#standard()})
   * @param asOf the date of the figures
   * @param since the date of the previous committee, or null
   * @return the focused dashboard
   * @throws IllegalArgumentException if the plan has no such unit, or {@code since} is not before
   *     {@code asOf}
   */
  public static Dashboard of(Plan plan, String unitId, Evaluator evaluator, LocalDate asOf, @Nullable LocalDate since) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(asOf, "asOf");
    if (plan.unit(unitId).isEmpty()) {
      throw new IllegalArgumentException("unit '" + unitId + "' is not in the plan");
    }
    if (since != null && !since.isBefore(asOf)) {
      throw new IllegalArgumentException("since " + since + " is not before " + asOf);
    }
    UnitFocus focus = UnitFocus.of(plan, unitId);
    List<String> shown = new ArrayList<>();
    for (Objective objective : focus.getOwnObjectives()) {
      shown.add(objective.getId());
    }
    for (Objective objective : focus.getServedObjectives()) {
      shown.add(objective.getId());
    }
    Plan needed = Trends.needed(plan, shown);
    Dashboard dashboard = Dashboard.of(needed, evaluator.evaluate(needed, asOf),
        since == null ? null : evaluator.evaluate(needed, since));
    return dashboard.focusedOn(UnitFocus.of(needed, unitId));
  }
}
