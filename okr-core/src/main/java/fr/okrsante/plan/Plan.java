package fr.okrsante.plan;

import fr.okrsante.internal.ChunkedList;
import fr.okrsante.internal.IdIndex;
import fr.okrsante.internal.PlanRestriction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate an integrator loads, evaluates and saves: org units, cycles, objectives (with
 * their key results and check-ins), initiatives and alignment links.
 *
 * <p>A plan is always valid. {@link #builder()} checks the whole plan and reports every problem at
 * once in an {@link InvalidPlanException}, each with its path
 * ({@code objectives[obj-7].keyResults[kr-2].metric.target: equals the baseline 240}); a plan that
 * fails to build leaves nothing behind. Updates ({@link #withCheckIn(String, CheckIn)},
 * {@link #withObjective(Objective)}, …) return a new plan and leave this one untouched.
 *
 * <p>Contents are kept in a canonical order — units, cycles, objectives and initiatives by id,
 * links by child then parent id — so two plans built from the same items in any order are equal.
 * {@link #withCheckIn(String, CheckIn)} copies neither the objective list nor the indexes: on a
 * national plan of 120,000 objectives it copies one key result, one objective and about a
 * thousand references.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Plan {

  /**
   * The form of every id in a plan: a letter or digit, then letters, digits, '.', '_', ':' or '-';
   * 1 to 100 characters.
   */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

  /**
   * The most characters of a reference: a check-in's {@linkplain CheckIn#getSourceRef() source
   * reference} and each part of an {@link IndicatorBinding}. Room for a FHIR canonical URL with a
   * report id and version, small enough that millions of them stay cheap.
   */
  public static final int MAX_REFERENCE_LENGTH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(Plan.class);

  static {
    PlanRestriction.register(Plan.class, new PlanRestriction.Operations<Plan>() {
      @Override
      public Plan restrict(Plan plan, BitSet objectives, Collection<String> units) {
        return plan.restrictedTo(objectives, units);
      }

      @Override
      public int[] linkEnds(Plan plan) {
        return plan.index.graph.linkEnds();
      }
    });
  }
  private static final int MAX_CYCLES_REPORTED = 50;

  private final String title;
  private final List<OrgUnit> units;
  private final List<Cycle> cycles;
  private final ChunkedList<Objective> objectives;
  private final List<Initiative> initiatives;
  private final List<AlignmentLink> links;
  private final Index index;

  /** Lookups shared, unchanged, by every plan derived through check-ins. */
  private static final class Index {
    final Map<String, OrgUnit> units;
    final Map<String, Cycle> cycles;
    final IdIndex objectives;
    /** Key result id → objective position × 2^32 + key result position. */
    final IdIndex keyResults;
    final Map<String, Initiative> initiatives;
    final Map<String, List<Initiative>> initiativesByKeyResult;
    final AlignmentGraph graph;

    Index(Map<String, OrgUnit> units, Map<String, Cycle> cycles, IdIndex objectives,
        IdIndex keyResults, Map<String, Initiative> initiatives,
        Map<String, List<Initiative>> initiativesByKeyResult, AlignmentGraph graph) {
      this.units = units;
      this.cycles = cycles;
      this.objectives = objectives;
      this.keyResults = keyResults;
      this.initiatives = initiatives;
      this.initiativesByKeyResult = initiativesByKeyResult;
      this.graph = graph;
    }
  }

  private Plan(String title, List<OrgUnit> units, List<Cycle> cycles, ChunkedList<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links, Index index) {
    this.title = title;
    this.units = units;
    this.cycles = cycles;
    this.objectives = objectives;
    this.initiatives = initiatives;
    this.links = links;
    this.index = index;
  }

  /**
   * Returns a builder for a new plan.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this plan's contents, to derive a changed plan.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().title(title);
    builder.units.addAll(units);
    builder.cycles.addAll(cycles);
    builder.objectives.addAll(objectives);
    builder.initiatives.addAll(initiatives);
    builder.links.addAll(links);
    return builder;
  }

  // ---------------------------------------------------------------- contents

  /**
   * Returns the plan's title.
   *
   * @return the title; empty text when none
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the org units, by id.
   *
   * @return the units, unmodifiable
   */
  public List<OrgUnit> getUnits() {
    return units;
  }

  /**
   * Returns the cycles, by id.
   *
   * @return the cycles, unmodifiable
   */
  public List<Cycle> getCycles() {
    return cycles;
  }

  /**
   * Returns the objectives, by id.
   *
   * @return the objectives, unmodifiable
   */
  public List<Objective> getObjectives() {
    return Collections.unmodifiableList(objectives);
  }

  /**
   * Returns the initiatives, by id.
   *
   * @return the initiatives, unmodifiable
   */
  public List<Initiative> getInitiatives() {
    return initiatives;
  }

  /**
   * Returns the alignment links, by child id then parent id.
   *
   * @return the links, unmodifiable
   */
  public List<AlignmentLink> getLinks() {
    return links;
  }

  /**
   * Returns the alignment graph: parents, children, ancestors, descendants, roots, leaves,
   * orphans, topological order and paths.
   *
   * @return the graph; the same instance for every plan derived from this one by check-ins only
   */
  public AlignmentGraph alignment() {
    return index.graph;
  }

  // ---------------------------------------------------------------- lookups

  /**
   * Returns a unit by id.
   *
   * @param unitId the unit id
   * @return the unit, if the plan has it
   */
  public Optional<OrgUnit> unit(String unitId) {
    return Optional.ofNullable(index.units.get(unitId));
  }

  /**
   * Returns a cycle by id.
   *
   * @param cycleId the cycle id
   * @return the cycle, if the plan has it
   */
  public Optional<Cycle> cycle(String cycleId) {
    return Optional.ofNullable(index.cycles.get(cycleId));
  }

  /**
   * Returns an objective by id.
   *
   * @param objectiveId the objective id
   * @return the objective, if the plan has it
   */
  public Optional<Objective> objective(String objectiveId) {
    long position = index.objectives.get(Objects.requireNonNull(objectiveId, "objectiveId"));
    return position == IdIndex.ABSENT ? Optional.empty() : Optional.of(objectives.get((int) position));
  }

  /**
   * Returns a key result by id.
   *
   * @param keyResultId the key result id
   * @return the key result, if the plan has it
   */
  public Optional<KeyResult> keyResult(String keyResultId) {
    long location = index.keyResults.get(Objects.requireNonNull(keyResultId, "keyResultId"));
    if (location == IdIndex.ABSENT) {
      return Optional.empty();
    }
    return Optional.of(objectives.get((int) (location >>> 32)).getKeyResults().get((int) location));
  }

  /**
   * Returns the objective a key result belongs to.
   *
   * @param keyResultId the key result id
   * @return the objective, if the plan has the key result
   */
  public Optional<Objective> objectiveOf(String keyResultId) {
    long location = index.keyResults.get(Objects.requireNonNull(keyResultId, "keyResultId"));
    return location == IdIndex.ABSENT ? Optional.empty() : Optional.of(objectives.get((int) (location >>> 32)));
  }

  /**
   * Returns an initiative by id.
   *
   * @param initiativeId the initiative id
   * @return the initiative, if the plan has it
   */
  public Optional<Initiative> initiative(String initiativeId) {
    return Optional.ofNullable(index.initiatives.get(initiativeId));
  }

  /**
   * Returns the initiatives that support a key result.
   *
   * @param keyResultId the key result id
   * @return the initiatives, by id; empty if none (or no such key result)
   */
  public List<Initiative> initiativesOf(String keyResultId) {
    return index.initiativesByKeyResult.getOrDefault(keyResultId, List.of());
  }

  /**
   * Returns a unit's ancestors, nearest first.
   *
   * @param unitId the unit id
   * @return the ids of the units above it, from its parent up to the root of its tree
   * @throws UnknownIdException if the plan has no such unit
   */
  public List<String> unitAncestors(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    OrgUnit unit = index.units.get(unitId);
    if (unit == null) {
      throw new UnknownIdException("unit", unitId);
    }
    List<String> result = new ArrayList<>();
    Optional<String> parent = unit.getParentId();
    while (parent.isPresent()) {
      result.add(parent.get());
      parent = index.units.get(parent.get()).getParentId();
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Tells which codes of a framework the objectives reference, and which codes of a given list no
   * objective covers: "which HAS criteria does no objective cover?".
   *
   * @param scheme the framework
   * @param codes the codes that should be covered; may be empty
   * @return the coverage
   */
  public FrameworkCoverage frameworkCoverage(FrameworkScheme scheme, Collection<String> codes) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(codes, "codes");
    TreeMap<String, List<String>> byCode = new TreeMap<>();
    for (Objective objective : objectives) {
      for (FrameworkRef ref : objective.getFrameworkRefs()) {
        if (ref.getScheme() == scheme) {
          List<String> ids = byCode.computeIfAbsent(ref.getCode(), c -> new ArrayList<>());
          if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(objective.getId())) {
            ids.add(objective.getId());
          }
        }
      }
    }
    byCode.replaceAll((code, ids) -> List.copyOf(ids));
    TreeSet<String> uncovered = new TreeSet<>();
    for (String code : codes) {
      if (!byCode.containsKey(code)) {
        uncovered.add(code);
      }
    }
    return new FrameworkCoverage(scheme, byCode, uncovered);
  }

  // ---------------------------------------------------------------- updates

  /**
   * Returns a plan with one more check-in on a key result. This plan is unchanged.
   *
   * <p>Costs one key result, one objective and one chunk of the objective list; the indexes and
   * the alignment graph are shared with this plan.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in to append
   * @return the new plan
   * @throws UnknownIdException if the plan has no such key result
   * @throws InvalidPlanException if the check-in does not fit the key result's metric
   */
  public Plan withCheckIn(String keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    long location = index.keyResults.get(keyResultId);
    if (location == IdIndex.ABSENT) {
      throw new UnknownIdException("key result", keyResultId);
    }
    int objectivePosition = (int) (location >>> 32);
    int keyResultPosition = (int) location;
    Objective objective = objectives.get(objectivePosition);
    KeyResult updated;
    try {
      updated = objective.getKeyResults().get(keyResultPosition).withCheckIn(checkIn);
    } catch (InvalidPlanException e) {
      throw prefixed(e, "objectives[" + objective.getId() + "].");
    }
    Objective changed = objective.withKeyResultAt(keyResultPosition, updated);
    LOG.debug("check-in added to a key result of objective position {}", objectivePosition);
    return new Plan(title, units, cycles, objectives.with(objectivePosition, changed), initiatives, links, index);
  }

  /**
   * Returns a plan with a batch of check-ins appended, skipping each one whose key result already
   * has a check-in with the same {@linkplain CheckIn#getSourceRef() source reference} (in this plan
   * or earlier in the batch): importing the same records twice changes nothing. A check-in without
   * a source reference is always appended. The source reference names one version of one record,
   * so a skipped check-in is not compared with the one already there. This plan is unchanged.
   *
   * <p>All or nothing: if one check-in is refused, none is appended and this plan stays as it is.
   * Costs what {@link #withCheckIn(String, CheckIn)} costs, per check-in appended, plus a scan of
   * the key result's check-ins per check-in with a source reference.
   *
   * @param checkIns the check-ins and their key results, applied in this order
   * @return the new plan and what was applied and skipped
   * @throws UnknownIdException if the plan has no key result with one of the ids
   * @throws InvalidPlanException if a check-in does not fit its key result (every problem of that
   *     check-in listed)
   */
  public AppendedCheckIns withCheckIns(Collection<KeyResultCheckIn> checkIns) {
    Objects.requireNonNull(checkIns, "checkIns");
    Plan plan = this;
    List<KeyResultCheckIn> applied = new ArrayList<>();
    List<KeyResultCheckIn> skipped = new ArrayList<>();
    for (KeyResultCheckIn item : checkIns) {
      Objects.requireNonNull(item, "checkIns[]");
      Optional<String> ref = item.getCheckIn().getSourceRef();
      if (ref.isPresent() && plan.hasCheckInFrom(item.getKeyResultId(), ref.get())) {
        skipped.add(item);
      } else {
        plan = plan.withCheckIn(item.getKeyResultId(), item.getCheckIn());
        applied.add(item);
      }
    }
    LOG.debug("check-in batch: {} applied, {} skipped", applied.size(), skipped.size());
    return new AppendedCheckIns(plan, applied, skipped);
  }

  /**
   * Tells whether a key result already has a check-in with a source reference.
   *
   * @param keyResultId the key result id
   * @param sourceRef the source reference
   * @return true if a check-in of that key result carries it
   * @throws UnknownIdException if the plan has no such key result
   */
  public boolean hasCheckInFrom(String keyResultId, String sourceRef) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(sourceRef, "sourceRef");
    return keyResult(keyResultId).orElseThrow(() -> new UnknownIdException("key result", keyResultId))
        .hasCheckInFrom(sourceRef);
  }

  private static InvalidPlanException prefixed(InvalidPlanException e, String prefix) {
    List<PlanProblem> problems = new ArrayList<>();
    for (PlanProblem problem : e.getProblems()) {
      problems.add(PlanProblem.of(prefix + problem.getPath(), problem.getMessage()));
    }
    return new InvalidPlanException(problems);
  }

  /**
   * Returns a plan with an objective added, or replacing the objective with the same id. This
   * plan is unchanged.
   *
   * @param objective the objective
   * @return the new plan
   * @throws InvalidPlanException if the new plan would be invalid (every problem listed)
   */
  public Plan withObjective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return replacing(b -> b.objectives, objective, Objective::getId);
  }

  /**
   * Returns a plan without an objective and without the links that touch it. This plan is
   * unchanged.
   *
   * @param objectiveId the objective id
   * @return the new plan
   * @throws UnknownIdException if the plan has no such objective
   * @throws InvalidPlanException if something else still refers to its key results (an initiative,
   *     a computed key result)
   */
  public Plan withoutObjective(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    if (!index.objectives.contains(objectiveId)) {
      throw new UnknownIdException("objective", objectiveId);
    }
    Builder builder = toBuilder();
    builder.objectives.removeIf(o -> o.getId().equals(objectiveId));
    builder.links.removeIf(l -> l.getChildId().equals(objectiveId) || l.getParentId().equals(objectiveId));
    return builder.build();
  }

  /**
   * Returns a plan with one more alignment link. This plan is unchanged.
   *
   * @param link the link
   * @return the new plan
   * @throws InvalidPlanException if an end is unknown, the link already exists or it closes a cycle
   */
  public Plan withLink(AlignmentLink link) {
    Objects.requireNonNull(link, "link");
    return toBuilder().addLink(link).build();
  }

  /**
   * Returns a plan without the link from a child to a parent. This plan is unchanged.
   *
   * @param childId the child objective id
   * @param parentId the parent objective id
   * @return the new plan
   * @throws UnknownIdException if there is no such link
   */
  public Plan withoutLink(String childId, String parentId) {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(parentId, "parentId");
    Builder builder = toBuilder();
    if (!builder.links.removeIf(l -> l.getChildId().equals(childId) && l.getParentId().equals(parentId))) {
      throw new UnknownIdException("link", childId + "→" + parentId);
    }
    return builder.build();
  }

  /**
   * Returns a plan with an initiative added, or replacing the one with the same id. This plan is
   * unchanged.
   *
   * @param initiative the initiative
   * @return the new plan
   * @throws InvalidPlanException if it supports unknown key results
   */
  public Plan withInitiative(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    return replacing(b -> b.initiatives, initiative, Initiative::getId);
  }

  /**
   * Returns a plan with a unit added, or replacing the one with the same id. This plan is
   * unchanged.
   *
   * @param unit the unit
   * @return the new plan
   * @throws InvalidPlanException if its parent is unknown or it closes a loop of units
   */
  public Plan withUnit(OrgUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return replacing(b -> b.units, unit, OrgUnit::getId);
  }

  /**
   * Returns a plan with a cycle added, or replacing the one with the same id. This plan is
   * unchanged.
   *
   * @param cycle the cycle
   * @return the new plan
   * @throws InvalidPlanException if the new plan would be invalid
   */
  public Plan withCycle(Cycle cycle) {
    Objects.requireNonNull(cycle, "cycle");
    return replacing(b -> b.cycles, cycle, Cycle::getId);
  }

  /** Rebuilds this plan with {@code item} in place of the item with the same id, or added. */
  private <T> Plan replacing(Function<Builder, List<T>> list, T item, Function<T, String> id) {
    Builder builder = toBuilder();
    List<T> items = list.apply(builder);
    String key = id.apply(item);
    items.removeIf(existing -> id.apply(existing).equals(key));
    items.add(item);
    return builder.build();
  }

  // ---------------------------------------------------------------- restriction

  /**
   * Returns this plan restricted to some of its objectives (see
   * {@link PlanRestriction.Operations#restrict}), without checking again what the part of a valid
   * plan cannot get wrong: every id stays unique, every reference kept points at something kept,
   * and removing links or computation sources closes no cycle. This plan is unchanged.
   */
  private Plan restrictedTo(BitSet kept, Collection<String> extraUnits) {
    Objects.requireNonNull(kept, "objectives");
    Objects.requireNonNull(extraUnits, "units");
    BitSet keep = kept.get(0, objectives.size());
    int count = keep.cardinality();
    // One pass over the kept objectives and their key results, which are scattered in memory.
    List<Objective> shown = new ArrayList<>(count);
    String[] ids = new String[count];
    BitSet ownerIsTop = new BitSet(count);
    IdIndex objectivePositions = new IdIndex(count);
    int keyResultCount = 0;
    for (int p = keep.nextSetBit(0); p >= 0; p = keep.nextSetBit(p + 1)) {
      keyResultCount += objectives.get(p).getKeyResults().size();
    }
    IdIndex keyResultLocations = new IdIndex(keyResultCount);
    Set<String> unitIds = new HashSet<>();
    for (String unitId : extraUnits) {
      addWithUnitsAbove(unitId, unitIds);
    }
    String lastOwner = "";
    boolean lastOwnerIsTop = false;
    int q = 0;
    for (int p = keep.nextSetBit(0); p >= 0; p = keep.nextSetBit(p + 1), q++) {
      Objective objective = objectives.get(p);
      boolean computed = false;
      List<KeyResult> krs = objective.getKeyResults();
      for (int k = 0; k < krs.size(); k++) {
        KeyResult kr = krs.get(k);
        keyResultLocations.putIfAbsent(kr.getId(), ((long) q << 32) | k);
        computed |= kr.getMetric() instanceof ComputedMetric;
      }
      shown.add(computed ? withoutDroppedSources(objective, keep) : objective);
      ids[q] = objective.getId();
      objectivePositions.putIfAbsent(ids[q], q);
      String owner = objective.getOwnerUnitId();
      if (!owner.equals(lastOwner)) {
        lastOwner = owner;
        lastOwnerIsTop = index.units.get(owner).getParentId().isEmpty();
        addWithUnitsAbove(owner, unitIds);
      }
      if (lastOwnerIsTop) {
        ownerIsTop.set(q);
      }
      for (String unitId : objective.getGrantedUnitIds()) {
        addWithUnitsAbove(unitId, unitIds);
      }
    }
    List<OrgUnit> keptUnits = new ArrayList<>(unitIds.size());
    Map<String, OrgUnit> unitMap = new HashMap<>(Math.max(16, unitIds.size() * 2));
    for (OrgUnit unit : units) {
      if (unitIds.contains(unit.getId())) {
        keptUnits.add(unit);
        unitMap.put(unit.getId(), unit);
      }
    }

    List<Initiative> keptInitiatives = new ArrayList<>();
    Map<String, Initiative> initiativeMap = new HashMap<>();
    Map<String, List<Initiative>> initiativesByKeyResult = new HashMap<>();
    for (Initiative initiative : initiatives) {
      List<String> supported = new ArrayList<>();
      for (String keyResultId : initiative.getKeyResultIds()) {
        // Key result ids are unique in the plan: the kept ones are those just indexed.
        if (keyResultLocations.contains(keyResultId)) {
          supported.add(keyResultId);
        }
      }
      if (supported.isEmpty()) {
        continue;
      }
      Initiative shownInitiative = supported.size() == initiative.getKeyResultIds().size()
          ? initiative : Initiative.builder().from(initiative).keyResultIds(supported).build();
      keptInitiatives.add(shownInitiative);
      initiativeMap.put(shownInitiative.getId(), shownInitiative);
      for (String keyResultId : supported) {
        initiativesByKeyResult.computeIfAbsent(keyResultId, x -> new ArrayList<>()).add(shownInitiative);
      }
    }
    initiativesByKeyResult.replaceAll((k, v) -> List.copyOf(v));

    int[] ends = index.graph.linkEnds();
    List<AlignmentLink> keptLinks = new ArrayList<>();
    for (int l = 0; l < links.size(); l++) {
      if (keep.get(ends[2 * l]) && keep.get(ends[2 * l + 1])) {
        keptLinks.add(links.get(l));
      }
    }

    AlignmentGraph graph = new AlignmentGraph(ids, objectivePositions, keptLinks, ownerIsTop);
    Index restricted = new Index(Map.copyOf(unitMap), index.cycles, objectivePositions, keyResultLocations,
        Map.copyOf(initiativeMap), initiativesByKeyResult, graph);
    Plan plan = new Plan(title, List.copyOf(keptUnits), cycles, ChunkedList.copyOf(shown), List.copyOf(keptInitiatives),
        List.copyOf(keptLinks), restricted);
    LOG.debug("plan restricted: {}", plan);
    return plan;
  }

  /** Returns the position of the objective that has a key result of this plan. */
  private int objectivePositionOfKeyResult(String keyResultId) {
    return (int) (index.keyResults.get(keyResultId) >>> 32);
  }

  private void addWithUnitsAbove(String unitId, Set<String> unitIds) {
    OrgUnit unit = index.units.get(unitId);
    while (unit != null && unitIds.add(unit.getId())) {
      unit = unit.getParentId().map(index.units::get).orElse(null);
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
      if (!(keyResult.getMetric() instanceof ComputedMetric computed)) {
        continue;
      }
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

  // ---------------------------------------------------------------- object

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Plan other
        && title.equals(other.title)
        && units.equals(other.units)
        && cycles.equals(other.cycles)
        && objectives.equals(other.objectives)
        && initiatives.equals(other.initiatives)
        && links.equals(other.links);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, units, cycles, objectives, initiatives, links);
  }

  /**
   * Returns a one-line summary (counts only: a plan's contents may be restricted).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Plan[" + units.size() + " units, " + cycles.size() + " cycles, " + objectives.size() + " objectives, "
        + index.keyResults.size() + " key results, " + initiatives.size() + " initiatives, " + links.size() + " links]";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects a plan's contents, then checks the whole plan at once.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder {

    private String title = "";
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<AlignmentLink> links = new ArrayList<>();

    Builder() {}

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds units.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addUnits(OrgUnit... units) {
      return addAll(this.units, List.of(units));
    }

    /**
     * Adds units.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addAllUnits(Collection<OrgUnit> units) {
      return addAll(this.units, units);
    }

    /**
     * Adds cycles.
     *
     * @param cycles the cycles
     * @return this builder
     */
    public Builder addCycles(Cycle... cycles) {
      return addAll(this.cycles, List.of(cycles));
    }

    /**
     * Adds cycles.
     *
     * @param cycles the cycles
     * @return this builder
     */
    public Builder addAllCycles(Collection<Cycle> cycles) {
      return addAll(this.cycles, cycles);
    }

    /**
     * Adds objectives.
     *
     * @param objectives the objectives
     * @return this builder
     */
    public Builder addObjectives(Objective... objectives) {
      return addAll(this.objectives, List.of(objectives));
    }

    /**
     * Adds objectives.
     *
     * @param objectives the objectives
     * @return this builder
     */
    public Builder addAllObjectives(Collection<Objective> objectives) {
      return addAll(this.objectives, objectives);
    }

    /**
     * Adds initiatives.
     *
     * @param initiatives the initiatives
     * @return this builder
     */
    public Builder addInitiatives(Initiative... initiatives) {
      return addAll(this.initiatives, List.of(initiatives));
    }

    /**
     * Adds initiatives.
     *
     * @param initiatives the initiatives
     * @return this builder
     */
    public Builder addAllInitiatives(Collection<Initiative> initiatives) {
      return addAll(this.initiatives, initiatives);
    }

    /**
     * Adds an alignment link.
     *
     * @param link the link
     * @return this builder
     */
    public Builder addLink(AlignmentLink link) {
      links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Adds a contributing link of weight 1 from a child objective to a parent objective.
     *
     * @param childId the child objective id
     * @param parentId the parent objective id
     * @return this builder
     */
    public Builder addLink(String childId, String parentId) {
      return addLink(AlignmentLink.of(childId, parentId));
    }

    /**
     * Adds alignment links.
     *
     * @param links the links
     * @return this builder
     */
    public Builder addAllLinks(Collection<AlignmentLink> links) {
      return addAll(this.links, links);
    }

    private <T> Builder addAll(List<T> target, Collection<? extends T> items) {
      for (T item : items) {
        target.add(Objects.requireNonNull(item, "null element"));
      }
      return this;
    }

    /**
     * Checks the whole plan and builds it.
     *
     * @return the plan
     * @throws InvalidPlanException with every problem found, if any
     */
    public Plan build() {
      Problems problems = new Problems();
      Plan plan = assemble(this, problems);
      problems.throwIfAny();
      LOG.debug("plan built: {}", plan);
      return plan;
    }
  }

  // ---------------------------------------------------------------- validation

  private static <T> Map<String, T> uniqueIds(List<T> items, Function<T, String> id,
      String collection, Problems problems) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
    Set<String> reported = new HashSet<>();
    for (T item : items) {
      String key = id.apply(item);
      if (map.putIfAbsent(key, item) != null && reported.add(key)) {
        problems.add(collection + "[" + key + "]", "duplicate id: another " + singular(collection) + " has the id '" + key + "'");
      }
    }
    return map;
  }

  private static String singular(String collection) {
    switch (collection) {
      case "units": return "unit";
      case "cycles": return "cycle";
      case "objectives": return "objective";
      case "initiatives": return "initiative";
      default: return "item";
    }
  }

  private static Plan assemble(Builder b, Problems problems) {
    List<OrgUnit> units = sortedById(b.units, OrgUnit::getId);
    List<Cycle> cycles = sortedById(b.cycles, Cycle::getId);
    List<Objective> objectives = sortedById(b.objectives, Objective::getId);
    List<Initiative> initiatives = sortedById(b.initiatives, Initiative::getId);
    List<AlignmentLink> links = new ArrayList<>(b.links);
    links.sort(Comparator.comparing(AlignmentLink::getChildId).thenComparing(AlignmentLink::getParentId));

    Map<String, OrgUnit> unitMap = uniqueIds(units, OrgUnit::getId, "units", problems);
    Map<String, Cycle> cycleMap = uniqueIds(cycles, Cycle::getId, "cycles", problems);
    Map<String, Objective> objectiveMap = uniqueIds(objectives, Objective::getId, "objectives", problems);
    Map<String, Initiative> initiativeMap = uniqueIds(initiatives, Initiative::getId, "initiatives", problems);

    checkUnitTree(units, unitMap, problems);
    checkCycleNesting(cycles, cycleMap, problems);

    // Objectives and their key results.
    IdIndex objectivePositions = new IdIndex(objectives.size());
    int keyResultCount = 0;
    for (Objective objective : objectives) {
      keyResultCount += objective.getKeyResults().size();
    }
    IdIndex keyResultLocations = new IdIndex(keyResultCount);
    Map<String, KeyResult> keyResults = new HashMap<>(Math.max(16, objectives.size() * 6));
    for (int p = 0; p < objectives.size(); p++) {
      Objective objective = objectives.get(p);
      objectivePositions.putIfAbsent(objective.getId(), p);
      // Paths are built only when there is a problem to report: most plans have none.
      if (!unitMap.containsKey(objective.getOwnerUnitId())) {
        problems.add(objectivePath(objective) + ".ownerUnitId", "no unit has the id '" + objective.getOwnerUnitId() + "'");
      }
      Cycle cycle = cycleMap.get(objective.getCycleId());
      if (cycle == null) {
        problems.add(objectivePath(objective) + ".cycleId", "no cycle has the id '" + objective.getCycleId() + "'");
      }
      for (String unit : objective.getGrantedUnitIds()) {
        if (!unitMap.containsKey(unit)) {
          problems.add(objectivePath(objective) + ".grantedUnitIds[" + unit + "]", "no unit has the id '" + unit + "'");
        }
      }
      List<KeyResult> krs = objective.getKeyResults();
      for (int k = 0; k < krs.size(); k++) {
        KeyResult kr = krs.get(k);
        long existing = keyResultLocations.putIfAbsent(kr.getId(), ((long) p << 32) | k);
        if (existing != IdIndex.ABSENT) {
          if ((int) (existing >>> 32) != p) {
            problems.add(keyResultPath(objective, kr), "duplicate id: key result ids are unique in the plan, and "
                + keyResultPath(objectives, existing) + " has it too");
          }
        } else {
          keyResults.put(kr.getId(), kr);
        }
        if (cycle != null) {
          checkDates(kr, cycle, objective, problems);
        }
      }
    }

    // Initiatives → key results.
    Map<String, List<Initiative>> initiativesByKeyResult = new HashMap<>();
    for (Initiative initiative : initiatives) {
      for (String kr : initiative.getKeyResultIds()) {
        if (!keyResults.containsKey(kr)) {
          problems.add("initiatives[" + initiative.getId() + "].keyResultIds[" + kr + "]", "no key result has the id '" + kr + "'");
        } else {
          initiativesByKeyResult.computeIfAbsent(kr, x -> new ArrayList<>()).add(initiative);
        }
      }
    }
    initiativesByKeyResult.replaceAll((k, v) -> List.copyOf(v));

    checkMetricsAgainstPlan(keyResults, id -> keyResultPath(objectives, keyResultLocations.get(id)),
        initiativesByKeyResult, problems);

    // Links.
    Set<String> linkEnds = new HashSet<>();
    for (AlignmentLink link : links) {
      if (!objectiveMap.containsKey(link.getChildId())) {
        problems.add(link.path() + ".childId", "no objective has the id '" + link.getChildId() + "'");
      }
      if (!objectiveMap.containsKey(link.getParentId())) {
        problems.add(link.path() + ".parentId", "no objective has the id '" + link.getParentId() + "'");
      }
      if (!linkEnds.add(link.getChildId() + "\u0000" + link.getParentId())) {
        problems.add(link.path(), "duplicate link: the same child and parent are linked twice");
      }
    }

    String[] ids = new String[objectives.size()];
    BitSet ownerIsTop = new BitSet(ids.length);
    for (int p = 0; p < ids.length; p++) {
      ids[p] = objectives.get(p).getId();
      OrgUnit owner = unitMap.get(objectives.get(p).getOwnerUnitId());
      if (owner == null || owner.getParentId().isEmpty()) {
        ownerIsTop.set(p);
      }
    }
    AlignmentGraph graph = new AlignmentGraph(ids, objectivePositions, links, ownerIsTop);
    if (!graph.isAcyclic()) {
      for (List<String> cycle : graph.findCycles(MAX_CYCLES_REPORTED)) {
        problems.add("links[" + cycle.get(0) + "→" + cycle.get(1) + "]",
            "alignment cycle " + String.join(" → ", cycle) + ": an objective cannot serve itself, directly or not; remove one of these links");
      }
    }

    Index index = new Index(Map.copyOf(unitMap), Map.copyOf(cycleMap), objectivePositions, keyResultLocations,
        Map.copyOf(initiativeMap), initiativesByKeyResult, graph);
    return new Plan(b.title, List.copyOf(units), List.copyOf(cycles), ChunkedList.copyOf(objectives),
        List.copyOf(initiatives), List.copyOf(links), index);
  }

  private static <T> List<T> sortedById(List<T> items, Function<T, String> id) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(id));
    return sorted;
  }

  private static void checkDates(KeyResult kr, Cycle cycle, Objective objective, Problems problems) {
    java.time.LocalDate start = kr.getStartDate().orElse(cycle.getStartDate());
    java.time.LocalDate due = kr.getDueDate().orElse(cycle.getEndDate());
    if (due.isBefore(start) && (kr.getStartDate().isEmpty() || kr.getDueDate().isEmpty())) {
      problems.add(keyResultPath(objective, kr) + (kr.getDueDate().isPresent() ? ".dueDate" : ".startDate"),
          "the key result would be due on " + due + ", before it starts on " + start + " (cycle " + cycle.getId() + ")");
    }
    for (Waypoint waypoint : kr.getWaypoints()) {
      if (waypoint.getDate().isBefore(start) || waypoint.getDate().isAfter(due)) {
        problems.add(keyResultPath(objective, kr) + ".waypoints[" + waypoint.getDate() + "]", "lies outside the key result's period " + start + " – " + due);
      }
    }
  }

  private static String objectivePath(Objective objective) {
    return "objectives[" + objective.getId() + "]";
  }

  private static String keyResultPath(Objective objective, KeyResult kr) {
    return objectivePath(objective) + ".keyResults[" + kr.getId() + "]";
  }

  private static String keyResultPath(List<Objective> objectives, long location) {
    Objective objective = objectives.get((int) (location >>> 32));
    return keyResultPath(objective, objective.getKeyResults().get((int) location));
  }

  private static void checkMetricsAgainstPlan(Map<String, KeyResult> keyResults,
      java.util.function.Function<String, String> paths, Map<String, List<Initiative>> initiativesByKeyResult,
      Problems problems) {
    // Only computed key results and those that count initiatives have rules here; in id order so
    // the problems come in a stable order.
    List<String> sortedIds = new ArrayList<>();
    for (Map.Entry<String, KeyResult> entry : keyResults.entrySet()) {
      Metric metric = entry.getValue().getMetric();
      if (metric instanceof ComputedMetric || (metric instanceof Milestone m && m.isFromInitiatives())
          || (metric instanceof MoveToTarget t && t.isFromInitiatives())) {
        sortedIds.add(entry.getKey());
      }
    }
    Collections.sort(sortedIds);
    for (String id : sortedIds) {
      KeyResult kr = keyResults.get(id);
      String path = paths.apply(id) + ".metric";
      Metric metric = kr.getMetric();
      boolean fromInitiatives = (metric instanceof Milestone m && m.isFromInitiatives())
          || (metric instanceof MoveToTarget t && t.isFromInitiatives());
      if (fromInitiatives && !initiativesByKeyResult.containsKey(id)) {
        problems.add(path, "takes its progress from initiatives, but no initiative supports this key result");
      }
      if (metric instanceof ComputedMetric computed) {
        for (String source : computed.getSourceIds()) {
          KeyResult sourceKr = keyResults.get(source);
          if (source.equals(id)) {
            problems.add(path + ".sourceIds[" + source + "]", "a key result cannot be computed from itself");
          } else if (sourceKr == null) {
            problems.add(path + ".sourceIds[" + source + "]", "no key result has the id '" + source + "'");
          } else if (computed.getAggregation() == Aggregation.POOLED_RATE && !isRate(sourceKr)) {
            problems.add(path + ".sourceIds[" + source + "]", "a pooled rate needs rate sources, and '" + source + "' is not a rate");
          }
        }
      }
    }
    // Cycles among computed key results, found with an iterative depth-first walk.
    Map<String, Integer> state = new HashMap<>();
    for (String start : sortedIds) {
      if (state.containsKey(start) || !(keyResults.get(start).getMetric() instanceof ComputedMetric)) {
        continue;
      }
      ArrayDeque<String> stack = new ArrayDeque<>();
      ArrayDeque<Integer> nextSource = new ArrayDeque<>();
      stack.push(start);
      nextSource.push(0);
      state.put(start, 1);
      while (!stack.isEmpty()) {
        String node = stack.peek();
        int next = nextSource.pop();
        List<String> sources = keyResults.get(node).getMetric() instanceof ComputedMetric c ? c.getSourceIds() : List.of();
        if (next >= sources.size()) {
          state.put(node, 2);
          stack.pop();
          continue;
        }
        nextSource.push(next + 1);
        String source = sources.get(next);
        if (!keyResults.containsKey(source) || source.equals(node)) {
          continue;
        }
        Integer s = state.get(source);
        if (s == null) {
          state.put(source, 1);
          stack.push(source);
          nextSource.push(0);
        } else if (s == 1) {
          List<String> loop = new ArrayList<>();
          for (String member : stack) {
            loop.add(0, member);
            if (member.equals(source)) {
              break;
            }
          }
          loop.add(source);
          problems.add(paths.apply(source) + ".metric.sourceIds",
              "computation cycle " + String.join(" → ", loop) + ": a key result cannot be computed from itself, directly or not");
        }
      }
    }
  }

  private static boolean isRate(KeyResult kr) {
    return kr.getMetric() instanceof Rate
        || (kr.getMetric() instanceof ComputedMetric c && c.getAggregation() == Aggregation.POOLED_RATE);
  }

  private static void checkUnitTree(List<OrgUnit> units, Map<String, OrgUnit> byId, Problems problems) {
    for (OrgUnit unit : units) {
      unit.getParentId().ifPresent(parent -> {
        if (!byId.containsKey(parent)) {
          problems.add("units[" + unit.getId() + "].parentId", "no unit has the id '" + parent + "'");
        }
      });
    }
    checkParentLoops(units, byId, OrgUnit::getId, OrgUnit::getParentId, "units",
        loop -> "units form a loop " + loop + ": units must form a tree", problems);
  }

  private static void checkCycleNesting(List<Cycle> cycles, Map<String, Cycle> byId, Problems problems) {
    for (Cycle cycle : cycles) {
      cycle.getParentId().ifPresent(parentId -> {
        Cycle parent = byId.get(parentId);
        if (parent == null) {
          problems.add("cycles[" + cycle.getId() + "].parentId", "no cycle has the id '" + parentId + "'");
        } else if (cycle.getStartDate().isBefore(parent.getStartDate()) || cycle.getEndDate().isAfter(parent.getEndDate())) {
          problems.add("cycles[" + cycle.getId() + "]", "runs " + cycle.getStartDate() + " – " + cycle.getEndDate()
              + ", outside its parent cycle " + parentId + " (" + parent.getStartDate() + " – " + parent.getEndDate() + ")");
        }
      });
    }
    checkParentLoops(cycles, byId, Cycle::getId, Cycle::getParentId, "cycles", loop -> "cycles nest in a loop " + loop,
        problems);
  }

  /**
   * Reports each loop in a parent relation (units, cycles) once, walking up from every item; each
   * item is walked once, so the check is linear.
   */
  private static <T> void checkParentLoops(List<T> items, Map<String, T> byId, Function<T, String> id,
      Function<T, Optional<String>> parentOf, String collection, Function<String, String> message, Problems problems) {
    Map<String, Boolean> finished = new HashMap<>();
    for (T item : items) {
      List<String> walk = new ArrayList<>();
      String current = id.apply(item);
      while (current != null && !finished.containsKey(current)) {
        finished.put(current, false);
        walk.add(current);
        T node = byId.get(current);
        current = node == null ? null : parentOf.apply(node).filter(byId::containsKey).orElse(null);
      }
      if (current != null && !finished.get(current)) {
        List<String> loop = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        loop.add(current);
        problems.add(collection + "[" + current + "].parentId", message.apply(String.join(" → ", loop)));
      }
      for (String member : walk) {
        finished.put(member, true);
      }
    }
  }
}
