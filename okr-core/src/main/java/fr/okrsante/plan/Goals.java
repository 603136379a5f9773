package fr.okrsante.plan;

import java.math.BigDecimal;
import java.util.Optional;

/** The rules shared by metrics that move a value from a baseline to a target. */
final class Goals {

  private Goals() {}

  static void validate(Problems problems, ProblemPath path, Optional<BigDecimal> baseline, Target target) {
    boolean bounded = problems.number(path.property("target"), target.getAmount());
    if (baseline.isPresent()) {
      bounded &= problems.number(path.property("baseline"), baseline.get());
    }
    if (!bounded) {
      return;
    }
    if (target.isRelative()) {
      if (target.getAmount().signum() == 0) {
        problems.add(path.property("target"), PlanProblem.Kind.INVALID_TARGET, "a change of 0 % equals the baseline: a key result must move from its baseline");
      } else if (target.getAmount().compareTo(BigDecimal.valueOf(-100)) < 0) {
        problems.add(path.property("target"), PlanProblem.Kind.INVALID_TARGET, "a reduction of more than 100 % (" + target + ") is not possible");
      }
    }
    if (baseline.isPresent() && !target.isRelative() && baseline.get().compareTo(target.getAmount()) == 0) {
      problems.add(path.property("target"), PlanProblem.Kind.INVALID_TARGET, "equals the baseline " + Problems.plain(baseline.get())
          + ": a key result must move from its baseline (use a guardrail to hold a level)");
    }
    if (baseline.isPresent() && target.isRelative() && baseline.get().signum() == 0) {
      problems.add(path.property("target"), PlanProblem.Kind.INVALID_TARGET, "a relative target (" + target + ") of a baseline 0 equals the baseline: "
          + "give an absolute target");
    }
  }
}
