package fr.okrsante.review;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import java.util.HashSet;
import java.util.Set;

/** What several rules ask of a plan. */
final class Rules {

  private Rules() {}

  /** Returns the ids of the objectives that have a child counting in their progress. */
  static Set<String> withContributingChild(ReviewContext context) {
    Set<String> parents = new HashSet<>();
    for (AlignmentLink link : context.getPlan().getLinks()) {
      if (link.contributes()) {
        parents.add(link.getParentId());
      }
    }
    return parents;
  }

  /** Tells whether a key result is measured by check-ins (not computed, not from its initiatives). */
  static boolean takesCheckIns(KeyResult keyResult) {
    return keyResult.getMetric().takesCheckIns();
  }

  /** The name people use for a scheme. */
  static String schemeName(FrameworkScheme scheme) {
    return switch (scheme) {
      case HAS_CERTIFICATION -> "HAS certification";
      case HAS_ESSMS -> "HAS ESSMS";
      case NHS_OUTCOMES -> "NHS Outcomes Framework";
      case IQSS, CPOM, PRS, CLS, QVCT, OTHER -> scheme.name();
    };
  }
}
