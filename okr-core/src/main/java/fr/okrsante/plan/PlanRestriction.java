package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a valid plan down to some of its objectives ({@link Plan#restrictedTo(Collection, Collection)}),
 * without checking again what a part of a valid plan cannot get wrong: every id stays unique, every
 * reference kept points at something kept, and removing links or computation sources closes no
 * cycle. A view of a national plan keeps tens of thousands of objectives of a plan that was checked
 * when it was built.
 */
final class PlanRestriction {

  private static final Logger LOG = LoggerFactory.getLogger(PlanRestriction.class);

  private final Plan plan;
  private final List<Objective> objectives;

  private PlanRestriction(Plan plan) {
    this.plan = plan;
    this.objectives = plan.getObjectives();
  }

  static Plan restrict(Plan plan, BitSet kept, Collection<String> extraUnits) {
    return new PlanRestriction(plan).restrictedTo(kept, extraUnits);
  }

  private Plan restrictedTo(BitSet kept, Collection<String> extraUnits) {
    Objects.requireNonNull(kept, "objectives");
    Objects.requireNonNull(extraUnits, "units");
    BitSet keep = kept.get(0, objectives.size());
    int count = keep.cardinality();
    // One pass over the kept objectives and their key results, which are scattered in memory.
    List<Objective> shown = new ArrayList<>(count);
    int keyResultCount = 0;
    for (int p = keep.nextSetBit(0); p >= 0; p = keep.nextSetBit(p + 1)) {
      keyResultCount += objectives.get(p).getKeyResults().size();
    }
    IdIndex keptKeyResults = new IdIndex(keyResultCount);
    Set<String> unitIds = new HashSet<>();
    for (String unitId : extraUnits) {
      addWithUnitsAbove(unitId, unitIds);
    }
    String lastOwner = "";
    int q = 0;
    for (int p = keep.nextSetBit(0); p >= 0; p = keep.nextSetBit(p + 1), q++) {
      Objective objective = objectives.get(p);
      boolean computed = false;
      List<KeyResult> krs = objective.getKeyResults();
      for (int k = 0; k < krs.size(); k++) {
        KeyResult kr = krs.get(k);
        keptKeyResults.putIfAbsent(kr.getId(), q);
        computed |= kr.getMetric().kind() == MetricKind.COMPUTED;
      }
      shown.add(computed ? withoutDroppedSources(objective, keep) : objective);
      String owner = objective.getOwnerUnitId();
      if (!owner.equals(lastOwner)) {
        lastOwner = owner;
        addWithUnitsAbove(owner, unitIds);
      }
      for (String unitId : objective.getGrantedUnitIds()) {
        addWithUnitsAbove(unitId, unitIds);
      }
    }
    List<OrgUnit> keptUnits = new ArrayList<>(unitIds.size());
    for (OrgUnit unit : plan.getUnits()) {
      if (unitIds.contains(unit.getId())) {
        keptUnits.add(unit);
      }
    }

    List<Initiative> keptInitiatives = new ArrayList<>();
    for (Initiative initiative : plan.getInitiatives()) {
      List<String> supported = new ArrayList<>();
      for (String keyResultId : initiative.getKeyResultIds()) {
        // Key result ids are unique in the plan: the kept ones are those just indexed.
        if (keptKeyResults.contains(keyResultId)) {
          supported.add(keyResultId);
        }
      }
      if (supported.isEmpty()) {
        continue;
      }
      Initiative shownInitiative = supported.size() == initiative.getKeyResultIds().size()
          ? initiative : Initiative.builder().from(initiative).keyResultIds(supported).build();
      keptInitiatives.add(shownInitiative);
    }

    List<AlignmentLink> keptLinks = new ArrayList<>();
    List<AlignmentLink> links = plan.getLinks();
    for (int l = 0; l < links.size(); l++) {
      if (keep.get(plan.structure().linkChild[l]) && keep.get(plan.structure().linkParent[l])) {
        keptLinks.add(links.get(l));
      }
    }

    PlanStructure structure = PlanStructure.of(keptUnits, plan.getCycles(), shown, keptInitiatives, keptLinks);
    Plan restricted = new Plan(plan.heading(), List.copyOf(keptUnits), plan.getCycles(),
        ChunkedList.copyOf(shown), List.copyOf(keptInitiatives),
        List.copyOf(keptLinks), structure);
    LOG.debug("plan restricted: {}", restricted);
    return restricted;
  }

  /** Returns the position of the objective that has a key result of this plan. */
  private int objectivePositionOfKeyResult(String keyResultId) {
    return plan.structure().keyResultObjective[plan.structure().keyResultIndex(keyResultId)];
  }

  private void addWithUnitsAbove(String unitId, Set<String> unitIds) {
    OrgUnit unit = plan.structure().units.get(unitId);
    while (unit != null && unitIds.add(unit.getId())) {
      unit = unit.getParentId().map(plan.structure().units::get).orElse(null);
    }
  }

  /**
   * Returns an objective without the sources of its computed key results that lie in objectives
   * not kept; a key result left without sources shows its baseline and target as a metric of its
   * own ({@link Rate} for a pooled rate, {@link MoveToTarget} otherwise), without check-ins.
   */
  private Objective withoutDroppedSources(Objective objective, BitSet keep) {
    List<KeyResult> keyResults = objective.getKeyResults();
    @Nullable List<KeyResult> changed = null;
    for (int k = 0; k < keyResults.size(); k++) {
      KeyResult keyResult = keyResults.get(k);
      if (keyResult.getMetric().kind() != MetricKind.COMPUTED) {
        continue;
      }
      ComputedMetric computed = (ComputedMetric) keyResult.getMetric();
      List<String> sources = new ArrayList<>();
      for (String source : computed.getSourceIds()) {
        if (keep.get(objectivePositionOfKeyResult(source))) {
          sources.add(source);
        }
      }
      if (sources.size() == computed.getSourceIds().size()) {
        continue;
      }
      KeyResult.Builder shown = new KeyResult.Builder();
      shown.from(keyResult);
      if (sources.isEmpty() && computed.getAggregation() == Aggregation.POOLED_RATE) {
        shown.metric(Rate.builder().baseline(computed.getBaseline()).target(computed.getTarget()).build());
      } else if (sources.isEmpty()) {
        shown.metric(MoveToTarget.builder().baseline(computed.getBaseline()).target(computed.getTarget()).build());
      } else {
        ComputedMetric.Builder metric = new ComputedMetric.Builder();
        metric.from(computed).sourceIds(sources);
        shown.metric(metric.build());
      }
      if (changed == null) {
        changed = new ArrayList<>(keyResults);
      }
      changed.set(k, shown.build());
    }
    return changed == null ? objective : objective.toBuilder().keyResults(changed).build();
  }
}
