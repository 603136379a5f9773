package fr.okrsante.review;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.HiddenContributions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code private-feeds-public} (advice): a {@link Visibility#PRIVATE} objective that contributes to
 * a {@link Visibility#PUBLIC} one, when views count hidden contributions redacted
 * ({@link HiddenContributions#COUNTED_REDACTED}, the default).
 *
 * <p><b>Why.</b> Under that policy, everyone who sees the public objective sees the same progress,
 * and is told that one restricted contribution exists. Since the visible contributions' progress
 * and weights are shown, a viewer can infer the hidden share ({@code parent − Σ visible shares}),
 * and with a single restricted contribution and known weights its progress exactly — never its
 * title, key results or values, but enough to guess how a team's private QVCT work is going.
 * Decide it knowingly: link with {@code INFORMS} (traceability, no progress), make the child
 * {@code ORGANISATION} or {@code UNIT}, or have the host's views use
 * {@link HiddenContributions#LEFT_OUT}.
 */
public final class PrivateFeedsPublic extends BuiltInRule {

  /** The rule id. */
  public static final String ID = "private-feeds-public";

  /** Creates the rule. */
  public PrivateFeedsPublic() {
    super(ID, Severity.ADVICE);
  }

  @Override
  public List<Finding> check(ReviewContext context) {
    List<Finding> findings = new ArrayList<>();
    if (context.getHiddenContributions() != HiddenContributions.COUNTED_REDACTED) {
      return findings;
    }
    for (AlignmentLink link : context.getPlan().getLinks()) {
      if (!link.contributes()) {
        continue;
      }
      Objective child = context.getPlan().objective(link.getChildId()).orElseThrow();
      Objective parent = context.getPlan().objective(link.getParentId()).orElseThrow();
      if (context.isLive(child) && child.getVisibility() == Visibility.PRIVATE
          && parent.getVisibility() == Visibility.PUBLIC) {
        long restricted = context.getPlan().alignment().children(parent.getId()).stream()
            .map(id -> context.getPlan().objective(id).orElseThrow())
            .filter(o -> o.getVisibility() != Visibility.PUBLIC).count();
        findings.add(context.bundled(this, ReviewContext.pathOf(link),
            List.of(child.getId(), parent.getId()), child.getTitle(), parent.getTitle(), restricted == 1 ? 1 : 0));
      }
    }
    return findings;
  }
}
