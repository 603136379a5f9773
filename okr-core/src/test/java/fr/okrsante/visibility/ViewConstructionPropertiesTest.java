package fr.okrsante.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.testing.RandomPlans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The view is cut from the plan without checking again what is valid by construction; over random
 * plans × random viewers × both policies (seeded: the seed is in every failure message), it equals
 * the view built the plainest way — the visibility rules of {@link ReferenceRules}, sets of visible
 * ids, and a plan checked in full by {@link Plan#builder()} — in content, in every lookup of its
 * plan, and in its restricted links and counts.
 */
class ViewConstructionPropertiesTest {

  private static final int PLANS = 1000;
  private static final int LARGER_PLANS = 60;

  static LongStream seeds() {
    return LongStream.range(0, PLANS);
  }

  static LongStream largerSeeds() {
    return LongStream.range(10_000, 10_000 + LARGER_PLANS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_view_equals_the_view_built_and_checked_the_plain_way(long seed) {
    checkAllViewers(RandomPlans.valid(seed), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fr.okrsante.visibility.VisibilityPropertiesTest#territorialSeeds")
  void a_view_of_a_territorial_plan_equals_the_view_built_and_checked_the_plain_way(long seed) {
    checkAllViewers(RandomPlans.territorial(seed), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largerSeeds")
  void a_view_of_a_larger_plan_equals_the_view_built_and_checked_the_plain_way(long seed) {
    checkAllViewers(RandomPlans.valid(seed, 150 + (int) (seed % 150)), seed);
  }

  private static void checkAllViewers(Plan plan, long seed) {
    List<Viewer> viewers = new ArrayList<>(VisibilityPropertiesTest.viewers(plan, seed));
    viewers.add(Viewer.of("p-nobody"));
    if (!plan.getUnits().isEmpty()) {
      viewers.add(Viewer.of("p-top", Membership.of(plan.getUnits().get(0).getId(), Role.OVERSEER)));
    }
    for (Viewer viewer : viewers) {
      for (HiddenContributions policy : HiddenContributions.values()) {
        String where = "seed " + seed + ", " + viewer + " id " + viewer.getId() + ", " + policy;
        check(plan, viewer, policy, where);
      }
    }
  }

  private static void check(Plan plan, Viewer viewer, HiddenContributions policy, String where) {
    Access access = Access.of(plan, viewer);
    PlanView view = access.view(policy);
    Oracle expected = Oracle.of(plan, viewer, policy);
    Plan shown = view.toPlan();
    Plan reference = expected.plan;

    assertThat(shown).as(where).isEqualTo(reference);
    assertThat(shown.toString()).as(where).isEqualTo(reference.toString());
    assertThat(view.getRestrictedLinks()).as(where).containsExactlyElementsOf(expected.restricted);
    for (Objective objective : plan.getObjectives()) {
      String id = objective.getId();
      assertThat(shown.objective(id)).as(where + ", objective " + id).isEqualTo(reference.objective(id));
      assertThat(shown.alignment().contains(id)).as(where + ", " + id).isEqualTo(reference.alignment().contains(id));
      if (reference.alignment().contains(id)) {
        assertThat(shown.alignment().parentLinks(id)).as(where + ", " + id).isEqualTo(reference.alignment().parentLinks(id));
        assertThat(shown.alignment().childLinks(id)).as(where + ", " + id).isEqualTo(reference.alignment().childLinks(id));
      }
      assertThat(view.restrictedLinksOf(id)).as(where + ", " + id).isEqualTo(expected.restrictedOf(id));
      assertThat(view.restrictedContributionCount(id)).as(where + ", " + id).isEqualTo(expected.contributions(id));
      for (KeyResult keyResult : objective.getKeyResults()) {
        String kr = keyResult.getId();
        assertThat(shown.keyResult(kr)).as(where + ", key result " + kr).isEqualTo(reference.keyResult(kr));
        assertThat(shown.objectiveOf(kr)).as(where + ", key result " + kr).isEqualTo(reference.objectiveOf(kr));
        assertThat(shown.initiativesOf(kr)).as(where + ", key result " + kr).isEqualTo(reference.initiativesOf(kr));
        assertThat(view.restrictedSourceCount(kr)).as(where + ", key result " + kr)
            .isEqualTo(expected.sources.getOrDefault(kr, 0));
      }
    }
    for (Initiative initiative : plan.getInitiatives()) {
      assertThat(shown.initiative(initiative.getId())).as(where).isEqualTo(reference.initiative(initiative.getId()));
    }
    for (OrgUnit unit : plan.getUnits()) {
      assertThat(shown.unit(unit.getId())).as(where).isEqualTo(reference.unit(unit.getId()));
    }
    assertThat(shown.alignment().size()).as(where).isEqualTo(reference.alignment().size());
    assertThat(shown.alignment().topologicalOrder()).as(where).isEqualTo(reference.alignment().topologicalOrder());
    assertThat(shown.alignment().roots()).as(where).isEqualTo(reference.alignment().roots());
    assertThat(shown.alignment().leaves()).as(where).isEqualTo(reference.alignment().leaves());
    assertThat(shown.alignment().orphans()).as(where).isEqualTo(reference.alignment().orphans());
  }

  /** The view as it was first built: sets of visible ids, then a plan checked in full. */
  private static final class Oracle {
    Plan plan;
    List<RestrictedLink> restricted = new ArrayList<>();
    Map<String, Integer> sources = new HashMap<>();

    static Oracle of(Plan plan, Viewer viewer, HiddenContributions policy) {
      Oracle oracle = new Oracle();
      Set<String> visibleObjectives = new HashSet<>();
      Set<String> visibleKeyResults = new HashSet<>();
      Set<String> neededUnits = new TreeSet<>();
      for (Membership membership : viewer.getMemberships()) {
        neededUnits.addAll(ReferenceRules.selfAndAbove(plan, membership.getUnitId()));
      }
      List<Objective> shown = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        if (ReferenceRules.canView(plan, viewer, objective)) {
          visibleObjectives.add(objective.getId());
          objective.getKeyResults().forEach(k -> visibleKeyResults.add(k.getId()));
          neededUnits.add(objective.getOwnerUnitId());
          neededUnits.addAll(objective.getGrantedUnitIds());
          shown.add(objective);
        }
      }
      shown.replaceAll(objective -> redacted(objective, visibleKeyResults, oracle.sources));

      Plan.Builder builder = Plan.builder().title(plan.getTitle());
      Set<String> units = new HashSet<>();
      for (String unitId : neededUnits) {
        Optional<OrgUnit> unit = plan.unit(unitId);
        while (unit.isPresent() && units.add(unit.get().getId())) {
          builder.addUnits(unit.get());
          unit = unit.get().getParentId().flatMap(plan::unit);
        }
      }
      builder.addAllCycles(plan.getCycles());
      builder.addAllObjectives(shown);
      for (Initiative initiative : plan.getInitiatives()) {
        List<String> supported = new ArrayList<>();
        for (String keyResultId : initiative.getKeyResultIds()) {
          if (visibleKeyResults.contains(keyResultId)) {
            supported.add(keyResultId);
          }
        }
        if (supported.isEmpty()) {
          continue;
        }
        if (supported.size() == initiative.getKeyResultIds().size()) {
          builder.addInitiatives(initiative);
        } else {
          builder.addInitiatives(Initiative.builder().from(initiative).keyResultIds(supported).build());
        }
      }
      for (AlignmentLink link : plan.getLinks()) {
        boolean child = visibleObjectives.contains(link.getChildId());
        boolean parent = visibleObjectives.contains(link.getParentId());
        if (child && parent) {
          builder.addLink(link);
        } else if (policy == HiddenContributions.COUNTED_REDACTED && child) {
          oracle.restricted.add(RestrictedLink.of(link.getChildId(), RestrictedLink.HiddenSide.PARENT, link.contributes()));
        } else if (policy == HiddenContributions.COUNTED_REDACTED && parent) {
          oracle.restricted.add(RestrictedLink.of(link.getParentId(), RestrictedLink.HiddenSide.CHILD, link.contributes()));
        }
      }
      oracle.plan = builder.build();
      return oracle;
    }

    List<RestrictedLink> restrictedOf(String objectiveId) {
      return restricted.stream().filter(l -> l.getVisibleObjectiveId().equals(objectiveId)).toList();
    }

    long contributions(String objectiveId) {
      return restricted.stream().filter(l -> l.getVisibleObjectiveId().equals(objectiveId)
          && l.getHiddenSide() == RestrictedLink.HiddenSide.CHILD && l.contributes()).count();
    }

    private static Objective redacted(Objective objective, Set<String> visibleKeyResults, Map<String, Integer> sources) {
      List<KeyResult> keyResults = new ArrayList<>(objective.getKeyResults());
      boolean changed = false;
      for (int k = 0; k < keyResults.size(); k++) {
        KeyResult keyResult = keyResults.get(k);
        if (!(keyResult.getMetric() instanceof ComputedMetric computed)) {
          continue;
        }
        List<String> kept = computed.getSourceIds().stream().filter(visibleKeyResults::contains).toList();
        int hidden = computed.getSourceIds().size() - kept.size();
        if (hidden == 0) {
          continue;
        }
        sources.put(keyResult.getId(), hidden);
        KeyResult.Builder shown = new KeyResult.Builder();
        shown.from(keyResult);
        if (kept.isEmpty() && computed.getAggregation() == Aggregation.POOLED_RATE) {
          shown.metric(Rate.builder().baseline(computed.getBaseline()).target(computed.getTarget()).build());
        } else if (kept.isEmpty()) {
          shown.metric(MoveToTarget.builder().baseline(computed.getBaseline()).target(computed.getTarget()).build());
        } else {
          ComputedMetric.Builder metric = new ComputedMetric.Builder();
          metric.from(computed).sourceIds(kept);
          shown.metric(metric.build());
        }
        keyResults.set(k, shown.build());
        changed = true;
      }
      return changed ? objective.toBuilder().keyResults(keyResults).build() : objective;
    }
  }
}
