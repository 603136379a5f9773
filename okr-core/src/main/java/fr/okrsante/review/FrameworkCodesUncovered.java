package fr.okrsante.review;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ProblemPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code framework-codes-uncovered} (warning): a framework code the review was told to expect
 * ({@link PlanReview.Builder#cover}: the HAS criteria of the coming certification visit, the CPOM's
 * objectives) that no live objective of the plan references.
 *
 * <p><b>Why.</b> OKRs do not replace the frameworks a health organisation answers to (HAS, CPOM,
 * PRS, CLS): they make them operational. A criterion that no objective serves is a criterion
 * nobody is steering this cycle — fine if it is met and stable, a surprise at the visit if not.
 * One finding per scheme, listing the codes left uncovered.
 */
public final class FrameworkCodesUncovered implements ReviewRule {

  /** The rule id. */
  public static final String ID = "framework-codes-uncovered";

  /** Creates the rule. */
  public FrameworkCodesUncovered() {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Severity getSeverity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<FrameworkScheme, Set<String>> entry : context.getCodesToCover().entrySet()) {
      Set<String> uncovered = new TreeSet<>(entry.getValue());
      for (Objective objective : context.getPlan().getObjectives()) {
        if (context.isLive(objective)) {
          for (FrameworkRef ref : objective.getFrameworkRefs()) {
            if (ref.getScheme() == entry.getKey()) {
              uncovered.remove(ref.getCode());
            }
          }
        }
      }
      if (!uncovered.isEmpty()) {
        List<String> ids = new ArrayList<>(uncovered);
        findings.add(context.bundled(this, ProblemPath.of("frameworkCoverage").element(entry.getKey().name(), java.util.Set.of()), ids,
            Rules.schemeName(entry.getKey()), String.join(", ", uncovered), uncovered.size(), entry.getValue().size()));
      }
    }
    return findings;
  }
}
