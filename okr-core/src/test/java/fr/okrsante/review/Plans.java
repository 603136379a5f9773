package fr.okrsante.review;

import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import java.time.LocalDate;
import java.util.List;

/** Small hand-written plans for the review tests: a hospital, a pôle, a service; the year 2026. */
final class Plans {

  static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  private Plans() {}

  static Plan.Builder hospital() {
    return Plan.builder()
        .addUnits(OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION),
            OrgUnit.of("chu.pole", "Pôle médecine", UnitKind.POLE, "chu"),
            OrgUnit.of("chu.cardio", "Cardiologie", UnitKind.SERVICE, "chu.pole"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            Cycle.of("2027", "2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
  }

  /** An objective of the hospital in 2026, with a lead, and these key results. */
  static Objective.Builder objective(String id, String title, KeyResult... keyResults) {
    return Objective.builder().id(id).title(title).ownerUnitId("chu").cycleId("2026").addOwnerPersonIds("p-lead")
        .addKeyResults(keyResults);
  }

  /** A key result moved from 0 to 10 (a count, labelled), checked in monthly. */
  static KeyResult.Builder keyResult(String id, String title) {
    return keyResult(id, title, MoveToTarget.of("0", Target.absolute("10"))).unitLabel("parcours");
  }

  static KeyResult.Builder keyResult(String id, String title, Metric metric) {
    KeyResult.Builder b = KeyResult.builder().id(id).title(title).metric(metric);
    if (metric instanceof fr.okrsante.plan.Rate) {
      for (int month = 1; month <= 6; month++) {
        b.addCheckIns(fr.okrsante.plan.CheckIn.ofRate(LocalDate.of(2026, month, 28), 5, 10));
      }
    } else if (!(metric instanceof fr.okrsante.plan.Milestone)) {
      for (int month = 1; month <= 6; month++) {
        b.addCheckIns(fr.okrsante.plan.CheckIn.of(LocalDate.of(2026, month, 28), "1"));
      }
    }
    return b;
  }

  static Plan plan(Objective... objectives) {
    return hospital().addObjectives(objectives).build();
  }

  /** Runs one rule on a plan as of 30 June 2026, in French. */
  static List<Finding> check(ReviewRule rule, Plan plan) {
    return check(rule, plan, JUNE, java.util.Locale.FRENCH);
  }

  /** Runs one rule on a plan as of a date, in a language. */
  static List<Finding> check(ReviewRule rule, Plan plan, LocalDate asOf, java.util.Locale locale) {
    return rule.check(new ReviewContext(plan, asOf, locale, fr.okrsante.visibility.HiddenContributions.COUNTED_REDACTED));
  }
}
