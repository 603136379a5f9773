package fr.okrsante.review;

import fr.okrsante.plan.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code too-many-objectives} (advice): a unit with more live objectives than the limit (5 by
 * default) in one cycle.
 *
 * <p><b>Why.</b> OKRs are about focus: a unit that pursues everything pursues nothing. Health
 * organisations already live under many plans (projet d'établissement, plan qualité, CPOM, QVCT…);
 * the method's value is to pick the few priorities a team will actually move this cycle, and to
 * leave the rest in the existing frameworks rather than copy them all into OKRs.
 */
public final class TooManyObjectives extends CountLimitRule {

  /** The rule id. */
  public static final String ID = "too-many-objectives";

  /** The default limit: five objectives per unit and cycle. */
  public static final int DEFAULT_LIMIT = 5;

  /**
   * Creates the rule.
   *
   * @param limit the most objectives a unit may have in a cycle without a finding
   * @throws IllegalArgumentException if the limit is less than 1
   */
  public TooManyObjectives(int limit) {
    super(ID, Severity.ADVICE, limit, "a unit may have at least 1 objective");
  }

  @Override
  List<Group> groups(ReviewContext context) {
    Map<String, Map<String, List<String>>> byUnit = new TreeMap<>();
    for (Objective objective : context.getPlan().getObjectives()) {
      if (context.isLive(objective)) {
        byUnit.computeIfAbsent(objective.getOwnerUnitId(), u -> new TreeMap<>())
            .computeIfAbsent(objective.getCycleId(), c -> new ArrayList<>()).add(objective.getId());
      }
    }
    List<Group> groups = new ArrayList<>();
    byUnit.forEach((unit, cycles) -> cycles.forEach((cycle, ids) -> {
      List<String> concerned = new ArrayList<>();
      concerned.add(unit);
      concerned.add(cycle);
      concerned.addAll(ids);
      String name = context.getPlan().unit(unit).map(u -> u.getName()).orElse(unit);
      String label = context.getPlan().cycle(cycle).map(c -> c.getLabel()).orElse(cycle);
      groups.add(new Group(fr.okrsante.plan.ProblemPath.of("units").element(unit), concerned, ids.size(),
          List.of(name, label)));
    }));
    return groups;
  }
}
