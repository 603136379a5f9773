package fr.okrsante.review;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProblemPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code framework-codes-uncovered} (advice): a framework code the plan says it must cover
 * ({@link Plan#getRequiredFrameworkRefs()}: the HAS criteria of the coming certification visit, the
 * CPOM's commitments) that no live objective of the plan references. One finding per code, at
 * {@code requiredFrameworkRefs[SCHEME:CODE]}, so that a code accepted on purpose can be suppressed
 * alone.
 *
 * <p><b>Why.</b> OKRs do not replace the frameworks a health organisation answers to (HAS, CPOM,
 * PRS, CLS): they make them operational. A criterion that no objective serves is a criterion
 * nobody is steering this cycle — fine if it is met and stable (hence advice, not a warning: the
 * committee dashboard shows the same gap in its coverage section), a surprise at the visit if not.
 * The dashboard's coverage counts every objective; the review counts only draft and active ones,
 * since a closed or cancelled objective no longer steers anything.
 */
public final class FrameworkCodesUncovered extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "framework-codes-uncovered";

  /** Creates the rule. */
  public FrameworkCodesUncovered() {
    super(ID, Severity.ADVICE);
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<FrameworkRef> required = context.getPlan().getRequiredFrameworkRefs();
    if (required.isEmpty()) {
      return List.of();
    }
    Map<FrameworkScheme, Set<String>> covered = new EnumMap<>(FrameworkScheme.class);
    for (Objective objective : context.getPlan().getObjectives()) {
      if (context.isLive(objective)) {
        for (FrameworkRef ref : objective.getFrameworkRefs()) {
          covered.computeIfAbsent(ref.getScheme(), s -> new HashSet<>()).add(ref.getCode());
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (FrameworkRef ref : required) {
      if (!covered.getOrDefault(ref.getScheme(), Set.of()).contains(ref.getCode())) {
        String code = ref.getLabel().isBlank() ? ref.getCode() : ref.getCode() + " (" + ref.getLabel() + ")";
        findings.add(context.bundled(this, ProblemPath.of("requiredFrameworkRefs")
                .element(ref.getScheme() + ":" + ref.getCode(), Set.of()), List.of(ref.getCode()),
            Rules.schemeName(ref.getScheme()), code));
      }
    }
    return findings;
  }
}
