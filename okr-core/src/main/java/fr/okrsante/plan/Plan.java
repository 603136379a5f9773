package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate an integrator loads, evaluates and saves: org units, cycles, objectives (with
 * their key results and check-ins), initiatives and alignment links; optionally the language it
 * is written in and the framework codes it must cover.
 *
 * <p>A plan is always valid. {@link #builder()} checks the whole plan and reports every problem at
 * once in an {@link InvalidPlanException}, each with its path
 * ({@code objectives[obj-7].keyResults[kr-2].metric.target: equals the baseline 240}); a plan that
 * fails to build leaves nothing behind. Updates ({@link #withCheckIn(String, CheckIn)},
 * {@link #withObjective(Objective)}, …) return a new plan and leave this one untouched.
 *
 * <p>Contents are kept in a canonical order — units, cycles, objectives and initiatives by id,
 * links by child then parent id — so two plans built from the same items in any order are equal.
 * {@link #restrictedTo(Collection, Collection)} cuts a plan down to some of its objectives (what a
 * viewer sees, one unit's focus), and the result is a valid plan too.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <h2>Implementation note</h2>
 *
 * <p>A plan is compiled once, when built, into a package-private
 * structure (ids to positions, key-result ranges, links by position, the topological order) that
 * {@link #alignment()}, the lookups and the evaluation read, and that every plan derived by
 * {@link #withCheckIn(String, CheckIn)} shares: a check-in copies one key result, one objective and
 * about a thousand references of a national plan of 120,000 objectives. {@link #withObjective} and
 * {@link #withLink} check only what the change can break when that shows the plan stays valid,
 * and move the structure instead of compiling it again (milliseconds, not a second, at that size).
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

  static final Logger LOG = LoggerFactory.getLogger(Plan.class);

  private final String title;
  private final @Nullable Locale language;
  private final List<FrameworkRef> requiredFrameworkRefs;
  private final List<OrgUnit> units;
  private final List<Cycle> cycles;
  private final ChunkedList<Objective> objectives;
  private final List<Initiative> initiatives;
  private final List<AlignmentLink> links;
  private final List<Suppression> suppressions;
  /** Indexes, links by position and order, shared by every plan derived through check-ins. */
  private final PlanStructure index;

  Plan(PlanHeading heading, List<OrgUnit> units, List<Cycle> cycles, ChunkedList<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links, PlanStructure index) {
    this(heading, units, cycles, objectives, initiatives, links, List.of(), index);
  }

  Plan(PlanHeading heading, List<OrgUnit> units, List<Cycle> cycles, ChunkedList<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links, List<Suppression> suppressions, PlanStructure index) {
    this.title = heading.title();
    this.language = heading.language();
    this.requiredFrameworkRefs = heading.requiredFrameworkRefs();
    this.units = units;
    this.cycles = cycles;
    this.objectives = objectives;
    this.initiatives = initiatives;
    this.links = links;
    this.suppressions = suppressions;
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
    builder.language = language;
    builder.requiredFrameworkRefs.addAll(requiredFrameworkRefs);
    builder.units.addAll(units);
    builder.cycles.addAll(cycles);
    builder.objectives.addAll(objectives);
    builder.initiatives.addAll(initiatives);
    builder.links.addAll(links);
    builder.suppressions.addAll(suppressions);
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
   * Returns the language the plan is written in, which a dashboard uses for its labels, numbers
   * and dates unless told otherwise.
   *
   * @return the language (e.g. {@link Locale#FRENCH}), if the plan declares one
   */
  public Optional<Locale> getLanguage() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the framework codes the plan must cover, with their labels: the HAS certification
   * criteria a hospital prepares, the commitments of its CPOM. An objective covers a code when one
   * of its {@linkplain Objective#getFrameworkRefs() framework references} has the same scheme and
   * code; {@link #requiredFrameworkCoverage()} tells which are not covered yet.
   *
   * @return the codes, by scheme then code, each (scheme, code) once; unmodifiable
   */
  public List<FrameworkRef> getRequiredFrameworkRefs() {
    return requiredFrameworkRefs;
  }

  /**
   * Tells, for each framework of the {@linkplain #getRequiredFrameworkRefs() required codes}, which
   * objectives cover which codes and which required codes no objective covers.
   *
   * @return one coverage per framework that has required codes, in {@link FrameworkScheme} order;
   *     empty when the plan requires none
   */
  public List<FrameworkCoverage> requiredFrameworkCoverage() {
    java.util.Map<FrameworkScheme, List<String>> codes = new java.util.EnumMap<>(FrameworkScheme.class);
    for (FrameworkRef ref : requiredFrameworkRefs) {
      codes.computeIfAbsent(ref.getScheme(), s -> new ArrayList<>()).add(ref.getCode());
    }
    List<FrameworkCoverage> result = new ArrayList<>();
    codes.forEach((scheme, list) -> result.add(FrameworkCoverage.of(objectives, scheme, list)));
    return List.copyOf(result);
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
   * Returns the reviewed exceptions to plan review rules: findings the plan's owners accepted, with
   * why and by whom.
   *
   * @return the suppressions, by rule id then target, unmodifiable; empty when none
   */
  public List<Suppression> getSuppressions() {
    return suppressions;
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

  /** Returns the compiled structure, shared by every plan derived from this one by check-ins. */
  PlanStructure structure() {
    return index;
  }

  /** Returns the objective list itself, to derive another from it. */
  ChunkedList<Objective> objectiveList() {
    return objectives;
  }

  /** Returns this plan with other objectives and links, compiled into {@code structure}. */
  Plan with(ChunkedList<Objective> objectives, List<AlignmentLink> links, PlanStructure structure) {
    return new Plan(heading(), units, cycles, objectives, initiatives, links, suppressions, structure);
  }

  /** Returns the plan's title, language and required framework codes, to derive another plan. */
  PlanHeading heading() {
    return new PlanHeading(title, language, requiredFrameworkRefs);
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
    int position = index.objectivePosition(Objects.requireNonNull(objectiveId, "objectiveId"));
    return position < 0 ? Optional.empty() : Optional.of(objectives.get(position));
  }

  /**
   * Returns a key result by id.
   *
   * @param keyResultId the key result id
   * @return the key result, if the plan has it
   */
  public Optional<KeyResult> keyResult(String keyResultId) {
    int g = index.keyResultIndex(Objects.requireNonNull(keyResultId, "keyResultId"));
    if (g < 0) {
      return Optional.empty();
    }
    int p = index.keyResultObjective[g];
    return Optional.of(objectives.get(p).getKeyResults().get(g - index.keyResultStart[p]));
  }

  /**
   * Returns the objective a key result belongs to.
   *
   * @param keyResultId the key result id
   * @return the objective, if the plan has the key result
   */
  public Optional<Objective> objectiveOf(String keyResultId) {
    int g = index.keyResultIndex(Objects.requireNonNull(keyResultId, "keyResultId"));
    return g < 0 ? Optional.empty() : Optional.of(objectives.get(index.keyResultObjective[g]));
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
    return index.unitAncestors(Objects.requireNonNull(unitId, "unitId"));
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
    return FrameworkCoverage.of(objectives, scheme, codes);
  }

  // ---------------------------------------------------------------- updates

  /**
   * Returns a plan with one more check-in on a key result. This plan is unchanged.
   *
   * <h4>Implementation note</h4>
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
    return PlanUpdates.withCheckIn(this, Objects.requireNonNull(keyResultId, "keyResultId"),
        Objects.requireNonNull(checkIn, "checkIn"));
  }

  /**
   * Returns a plan with a batch of check-ins appended, skipping each one whose key result already
   * has a check-in with the same {@linkplain CheckIn#getSourceRef() source reference} (in this plan
   * or earlier in the batch): importing the same records twice changes nothing. A check-in without
   * a source reference is always appended. The source reference names one version of one record,
   * so a skipped check-in is not compared with the one already there. This plan is unchanged.
   *
   * <p>All or nothing: if one check-in is refused, none is appended and this plan stays as it is.
   * The result equals appending the check-ins one by one with
   * {@link #withCheckIn(String, CheckIn)}, skipping as said.
   *
   * <h4>Implementation note</h4>
   *
   * <p>Appended at once: each key result's new check-ins are added in one step and the key result
   * is checked once, then one objective per objective touched and one plan are made; the source
   * references of a key result are read once, into a hash set, when the batch first gives it one.
   * The cost is proportional to the batch and the check-ins of the key results it touches.
   *
   * @param checkIns the check-ins and their key results, applied in this order
   * @return the new plan and what was applied and skipped; this plan itself when nothing was applied
   * @throws UnknownIdException if the plan has no key result with one of the ids
   * @throws InvalidPlanException if a check-in does not fit its key result (every problem of the
   *     first key result, in plan order, that refuses one listed)
   */
  public AppendedCheckIns withCheckIns(Collection<KeyResultCheckIn> checkIns) {
    return PlanUpdates.withCheckIns(this, Objects.requireNonNull(checkIns, "checkIns"));
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

  /**
   * Returns a plan with an objective added, or replacing the objective with the same id. This
   * plan is unchanged.
   *
   * @param objective the objective
   * @return the new plan
   * @throws InvalidPlanException if the new plan would be invalid (every problem listed)
   */
  public Plan withObjective(Objective objective) {
    return PlanUpdates.withObjective(this, Objects.requireNonNull(objective, "objective"));
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
    return PlanUpdates.withoutObjective(this, Objects.requireNonNull(objectiveId, "objectiveId"));
  }

  /**
   * Returns a plan with one more alignment link. This plan is unchanged.
   *
   * @param link the link
   * @return the new plan
   * @throws InvalidPlanException if an end is unknown, the link already exists or it closes a cycle
   */
  public Plan withLink(AlignmentLink link) {
    return PlanUpdates.withLink(this, Objects.requireNonNull(link, "link"));
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
    return PlanUpdates.withoutLink(this, Objects.requireNonNull(childId, "childId"),
        Objects.requireNonNull(parentId, "parentId"));
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
    return PlanUpdates.replacing(this, b -> b.initiatives, Objects.requireNonNull(initiative, "initiative"),
        Initiative::getId);
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
    return PlanUpdates.replacing(this, b -> b.units, Objects.requireNonNull(unit, "unit"), OrgUnit::getId);
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
    return PlanUpdates.replacing(this, b -> b.cycles, Objects.requireNonNull(cycle, "cycle"), Cycle::getId);
  }

  // ---------------------------------------------------------------- restriction

  /**
   * Returns this plan restricted to some of its objectives: what a viewer sees, or one unit's part
   * of the plan. The result is a valid plan, built without checking again what a part of a valid
   * plan cannot get wrong. This plan is unchanged.
   *
   * <p>It holds the chosen objectives, each intact except that a computed key result loses its
   * sources in objectives not kept (left with none, it becomes a {@link MoveToTarget} — a
   * {@link Rate} for a pooled rate — with the same baseline and target, without check-ins); the
   * links between kept objectives; the cycles; the initiatives that support a kept key result, each
   * with only the kept key result ids; and the units that kept objectives name (owners and grants)
   * or that {@code unitIds} names, with every unit above them.
   *
   * @param objectiveIds the ids of the objectives to keep; ids the plan does not have are ignored
   * @param unitIds more units to keep (a viewer's own, say); ids the plan does not have are ignored
   * @return the restricted plan
   */
  public Plan restrictedTo(Collection<String> objectiveIds, Collection<String> unitIds) {
    Objects.requireNonNull(objectiveIds, "objectiveIds");
    Objects.requireNonNull(unitIds, "unitIds");
    BitSet keep = new BitSet(objectives.size());
    for (String id : objectiveIds) {
      int p = index.objectivePosition(Objects.requireNonNull(id, "objective id"));
      if (p >= 0) {
        keep.set(p);
      }
    }
    return PlanRestriction.restrict(this, keep, unitIds);
  }

  // ---------------------------------------------------------------- object

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Plan other
        && title.equals(other.title)
        && Objects.equals(language, other.language)
        && requiredFrameworkRefs.equals(other.requiredFrameworkRefs)
        && units.equals(other.units)
        && cycles.equals(other.cycles)
        && objectives.equals(other.objectives)
        && initiatives.equals(other.initiatives)
        && links.equals(other.links)
        && suppressions.equals(other.suppressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, language, requiredFrameworkRefs, units, cycles, objectives, initiatives, links,
        suppressions);
  }

  /**
   * Returns a one-line summary (counts only: a plan's contents may be restricted).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Plan[" + units.size() + " units, " + cycles.size() + " cycles, " + objectives.size() + " objectives, "
        + index.keyResultCount() + " key results, " + initiatives.size() + " initiatives, " + links.size() + " links]";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects a plan's contents, then checks the whole plan at once.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends PlanParts {

    Builder() {}

    /**
     * Checks the whole plan and builds it.
     *
     * @return the plan
     * @throws InvalidPlanException with every problem found, if any
     */
    public Plan build() {
      return assemble();
    }
  }
}
