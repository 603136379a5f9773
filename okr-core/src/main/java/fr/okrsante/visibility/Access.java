package fr.okrsante.visibility;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.ProblemPath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one viewer may see and do in one plan: decisions, guarded writes and views.
 *
 * <p>The <b>organisation</b> of a unit is the nearest unit at or above it whose kind is
 * {@link UnitKind#ORGANISATION}, {@link UnitKind#NETWORK} or {@link UnitKind#PARTNER} (the root of
 * its tree when there is none). A member hospital under a CPTS is its own organisation, an EHPAD
 * run by a hospital too, and a partner always is.
 *
 * <p><b>Who sees an objective</b> (its key results and check-ins follow it):
 * <ul>
 *   <li>{@link Visibility#PUBLIC}: every viewer, memberships or not (partner structures included);</li>
 *   <li>{@link Visibility#ORGANISATION}: a viewer with any role in a unit of the owner's
 *       organisation — the organisation itself or a unit below it that does not belong to another
 *       organisation below it. When the owner's organisation is a {@link UnitKind#NETWORK network},
 *       also a viewer in any unit below it that is not in or below a {@link UnitKind#PARTNER
 *       partner}: a network's internal work is shared with its member structures (and their
 *       members), never with partners;</li>
 *   <li>{@link Visibility#UNIT}: a viewer with any role in the owner unit or one of its sub-units;</li>
 *   <li>{@link Visibility#PRIVATE}: the {@link Role#LEAD leads} of the owner unit itself;</li>
 *   <li>at every level, also: a viewer whose id is among the objective's granted person ids; a
 *       viewer with any role in a granted unit <em>or one of its sub-units</em> (a grant to a pôle
 *       reaches its services, a grant to a CPTS its member structures, as {@code UNIT} visibility
 *       does); and an {@link Role#OVERSEER overseer} of the owner unit or of a unit above it
 *       <em>within the owner's organisation</em>.</li>
 * </ul>
 * <b>Oversight does not cross organisation boundaries.</b> An overseer of a unit sees everything of
 * the units of its own organisation below it; in another organisation below it (a member hospital
 * under a CPTS overseer, an EHPAD under a hospital direction) it sees only what that organisation
 * shares with everyone ({@code PUBLIC}) or grants explicitly. In particular a network's overseer
 * does <em>not</em> see a member organisation's {@code ORGANISATION} objectives: sharing runs down
 * from the network to its members, never up. A hospital that joins a territorial plan keeps its
 * internal objectives inside the hospital whatever its place in the unit tree, and opens one to
 * the network by making it {@code PUBLIC} or granting it to the network's units.
 *
 * <p>An initiative is visible when it supports at least one visible key result; views show it with
 * the hidden key result ids removed.
 *
 * <p><b>Who edits an objective</b> (adds check-ins, changes it, links it to a parent): a viewer who
 * sees it and is a {@link Role#MEMBER member} or {@link Role#LEAD lead} of the owner unit itself,
 * or an overseer of the owner unit or of a unit above it within the owner's organisation. Seeing
 * is required: a member of the owner unit does not edit a {@code PRIVATE} objective unless granted
 * sight of it; and a network's overseer does not edit a member's {@code PUBLIC} objective.
 *
 * <p><b>No existence oracle.</b> The decisions by id ({@link #canView(String)},
 * {@link #canEdit(String)}, {@link #canViewKeyResult(String)}, {@link #canViewInitiative(String)})
 * answer {@code false} for an id the plan does not have, exactly as for a hidden one, and the
 * guarded writes refuse both with the same {@link AccessDeniedException}: a viewer cannot tell a
 * hidden id from an unknown one.
 *
 * <p>Memberships of units the plan does not have are ignored. The writes return a new plan and
 * leave this access's plan unchanged; build a new access for the new plan. When the plan refuses a
 * write, the {@link InvalidPlanException} names nothing the viewer may not see.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <h2>Implementation note</h2>
 *
 * <p>Building an access costs O(memberships × unit depth); each decision then costs
 * O(unit depth + grants of the objective), whatever the size of the plan.
 */
public final class Access {

  private static final Logger LOG = LoggerFactory.getLogger(Access.class);
  /** Every visibility's {@link #bit(Visibility)}: what an overseer of the owner unit sees. */
  private static final int ALL_VISIBILITIES = (1 << Visibility.values().length) - 1;

  private final Plan plan;
  private final Viewer viewer;
  /** Units the viewer leads. */
  private final Set<String> leads = new HashSet<>();
  /** Units where the viewer is a member or a lead: the owner units whose objectives they edit. */
  private final Set<String> editsIn = new HashSet<>();
  /** Units the viewer oversees. */
  private final Set<String> oversees = new HashSet<>();
  /**
   * The units the viewer belongs to and every unit above them: the viewer is in the subtree of
   * each, so a grant to one of these, or {@code UNIT} visibility owned by one, reaches the viewer.
   */
  private final Set<String> reached = new HashSet<>();
  /**
   * The organisations whose {@code ORGANISATION} objectives the viewer sees: the organisation of
   * each unit they belong to, and every network above it reached without passing a partner.
   */
  private final Set<String> organisations = new HashSet<>();

  private Access(Plan plan, Viewer viewer) {
    this.plan = plan;
    this.viewer = viewer;
    for (Membership membership : viewer.getMemberships()) {
      String unitId = membership.getUnitId();
      if (plan.unit(unitId).isEmpty()) {
        continue;
      }
      switch (membership.getRole()) {
        case LEAD:
          leads.add(unitId);
          editsIn.add(unitId);
          break;
        case MEMBER:
          editsIn.add(unitId);
          break;
        case OVERSEER:
          oversees.add(unitId);
          break;
        default:
          throw new AssertionError(membership.getRole());
      }
      String current = unitId;
      while (reached.add(current)) {
        Optional<String> parent = parentOf(current);
        if (parent.isEmpty()) {
          break;
        }
        current = parent.get();
      }
      addOrganisations(unitId);
    }
  }

  /**
   * Adds the organisations a member of a unit shares {@code ORGANISATION} objectives with: the
   * unit's own organisation, and the networks above it up to the first partner (a member structure
   * of a CPTS, or a member of a member, takes part in the network's internal work; a partner, and
   * whatever lies below one, does not). Walks up the units, iteratively.
   */
  private void addOrganisations(String unitId) {
    organisations.add(organisationOf(unitId));
    String current = unitId;
    while (true) {
      Optional<UnitKind> kind = plan.unit(current).map(OrgUnit::getKind);
      if (kind.isEmpty() || kind.get() == UnitKind.PARTNER) {
        return;
      }
      if (kind.get() == UnitKind.NETWORK) {
        organisations.add(current);
      }
      Optional<String> parent = parentOf(current);
      if (parent.isEmpty()) {
        return;
      }
      current = parent.get();
    }
  }

  /**
   * Returns the organisation of a unit: the nearest unit at or above it that is an
   * {@link UnitKind#ORGANISATION organisation}, a {@link UnitKind#NETWORK network} or a
   * {@link UnitKind#PARTNER partner}, or the root of its tree when there is none.
   */
  private String organisationOf(String unitId) {
    String current = unitId;
    while (!isOrganisation(current)) {
      Optional<String> parent = parentOf(current);
      if (parent.isEmpty()) {
        return current;
      }
      current = parent.get();
    }
    return current;
  }

  /** Whether a unit of the plan is an organisation of its own: an organisation, network or partner. */
  private boolean isOrganisation(String unitId) {
    Optional<OrgUnit> unit = plan.unit(unitId);
    if (unit.isEmpty()) {
      return false;
    }
    UnitKind kind = unit.get().getKind();
    return kind == UnitKind.ORGANISATION || kind == UnitKind.NETWORK || kind == UnitKind.PARTNER;
  }

  /**
   * Obtains the access of a viewer to a plan.
   *
   * @param plan the plan
   * @param viewer the viewer
   * @return the access
   */
  public static Access of(Plan plan, Viewer viewer) {
    return new Access(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(viewer, "viewer"));
  }

  /**
   * Returns the plan this access looks at.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the viewer.
   *
   * @return the viewer
   */
  public Viewer getViewer() {
    return viewer;
  }

  private Optional<String> parentOf(String unitId) {
    return plan.unit(unitId).flatMap(OrgUnit::getParentId);
  }

  // ---------------------------------------------------------------- decisions

  /**
   * Tells whether the viewer may see an objective of the plan. An id the plan does not have gets
   * the same answer as a hidden one: no existence oracle.
   *
   * @param objectiveId the objective id
   * @return true if the plan has the objective and the viewer may see it
   */
  public boolean canView(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    return plan.objective(objectiveId).map(this::canView).orElse(false);
  }

  /**
   * Tells whether the viewer may see an objective, judged by its owner unit, visibility and
   * grants against this plan's units; the objective need not be in the plan.
   *
   * @param objective the objective
   * @return true if the viewer may see it
   */
  public boolean canView(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return canView(objective, ownerSight(objective.getOwnerUnitId()));
  }

  /**
   * Decides with the part of the rules that depends on the objective's owner unit already worked
   * out: {@code ownerSight} is {@link #ownerSight(String)} of its owner unit.
   */
  private boolean canView(Objective objective, int ownerSight) {
    if ((ownerSight & bit(objective.getVisibility())) != 0) {
      return true;
    }
    if (objective.getGrantedPersonIds().contains(viewer.getId())) {
      return true;
    }
    for (String granted : objective.getGrantedUnitIds()) {
      if (reached.contains(granted)) {
        return true;
      }
    }
    return false;
  }

  private static int bit(Visibility visibility) {
    return 1 << visibility.ordinal();
  }

  /**
   * Returns the visibilities with which an objective owned by a unit is visible to the viewer
   * whatever its grants, one {@link #bit(Visibility)} each: {@code PUBLIC} always; every one if
   * the viewer oversees the unit or a unit above it within the unit's organisation; otherwise
   * {@code PRIVATE} if they lead it, {@code UNIT} if they are in its subtree, {@code ORGANISATION}
   * if its organisation is among {@link #organisations}. A unit the plan does not have is taken as
   * the root of its own tree.
   */
  private int ownerSight(String owner) {
    return ownSight(owner) | inheritedSight(owner, null);
  }

  /** The part of {@link #ownerSight(String)} that depends on the owner unit itself. */
  private int ownSight(String owner) {
    int sight = bit(Visibility.PUBLIC);
    if (leads.contains(owner)) {
      sight |= bit(Visibility.PRIVATE);
    }
    if (reached.contains(owner)) {
      sight |= bit(Visibility.UNIT);
    }
    return sight;
  }

  /**
   * The part of {@link #ownerSight(String)} that a unit shares with every unit below it in its
   * organisation unless one of them is overseen: every visibility if the viewer oversees the unit
   * or a unit above it up to its organisation (oversight stops at organisation boundaries),
   * otherwise {@code ORGANISATION} if the viewer shares that organisation's objectives, otherwise
   * none. Walks up the units to the organisation (iteratively: a unit tree may be deep); with
   * {@code known}, stops at a unit already worked out there and records every unit walked.
   */
  private int inheritedSight(String unitId, @Nullable Map<String, Integer> known) {
    List<String> walked = known == null ? List.of() : new ArrayList<>();
    String current = unitId;
    int sight;
    while (true) {
      Integer already = known == null ? null : known.get(current);
      if (already != null) {
        sight = already;
        break;
      }
      if (known != null) {
        walked.add(current);
      }
      if (oversees.contains(current)) {
        sight = ALL_VISIBILITIES;
        break;
      }
      Optional<String> parent = parentOf(current);
      if (parent.isEmpty() || isOrganisation(current)) {
        sight = organisations.contains(current) ? bit(Visibility.ORGANISATION) : 0;
        break;
      }
      current = parent.get();
    }
    if (known != null) {
      for (String unit : walked) {
        known.put(unit, sight);
      }
    }
    return sight;
  }

  /**
   * Decides for every objective of the plan at once, working out the part of the rules that
   * units share with the units below them once per unit.
   *
   * @return the positions, in the plan's objective list, of the objectives the viewer may see
   */
  BitSet visibleObjectives() {
    List<Objective> objectives = plan.getObjectives();
    BitSet visible = new BitSet(objectives.size());
    Map<String, Integer> inheritedByUnit = new HashMap<>();
    @Nullable String lastOwner = null;
    int lastSight = 0;
    for (int p = 0; p < objectives.size(); p++) {
      Objective objective = objectives.get(p);
      String owner = objective.getOwnerUnitId();
      if (!owner.equals(lastOwner)) {
        lastOwner = owner;
        lastSight = ownSight(owner) | inheritedSight(owner, inheritedByUnit);
      }
      if (canView(objective, lastSight)) {
        visible.set(p);
      }
    }
    return visible;
  }

  /**
   * Tells whether the viewer may edit an objective of the plan: add check-ins, change it, link it.
   * An id the plan does not have gets the same answer as a hidden one: no existence oracle.
   *
   * @param objectiveId the objective id
   * @return true if the plan has the objective and the viewer may edit it
   */
  public boolean canEdit(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    return plan.objective(objectiveId).map(this::canEdit).orElse(false);
  }

  /**
   * Tells whether the viewer may edit an objective, judged against this plan's units; the
   * objective need not be in the plan.
   *
   * @param objective the objective
   * @return true if the viewer may edit it
   */
  public boolean canEdit(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    if (!canView(objective)) {
      return false;
    }
    String current = objective.getOwnerUnitId();
    if (editsIn.contains(current)) {
      return true;
    }
    while (true) {
      if (oversees.contains(current)) {
        return true;
      }
      Optional<String> parent = parentOf(current);
      if (parent.isEmpty() || isOrganisation(current)) {
        return false;
      }
      current = parent.get();
    }
  }

  /**
   * Tells whether the viewer may see a key result: whether they may see its objective. An id the
   * plan does not have gets the same answer as a hidden one.
   *
   * @param keyResultId the key result id
   * @return true if the plan has the key result and the viewer may see it
   */
  public boolean canViewKeyResult(String keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    return plan.objectiveOf(keyResultId).map(this::canView).orElse(false);
  }

  /**
   * Tells whether the viewer may see an initiative: whether they may see one of the key results it
   * supports. An id the plan does not have gets the same answer as a hidden one.
   *
   * @param initiativeId the initiative id
   * @return true if the plan has the initiative and the viewer may see it
   */
  public boolean canViewInitiative(String initiativeId) {
    Objects.requireNonNull(initiativeId, "initiativeId");
    Optional<Initiative> found = plan.initiative(initiativeId);
    if (found.isEmpty()) {
      return false;
    }
    Initiative initiative = found.get();
    for (String keyResultId : initiative.getKeyResultIds()) {
      if (canViewKeyResult(keyResultId)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- guarded writes

  /**
   * Returns the plan with one more check-in on a key result, written by the viewer. This access
   * and its plan are unchanged.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @return the new plan
   * @throws AccessDeniedException if the viewer may not edit the key result's objective, or the
   *     plan has no such key result
   * @throws fr.okrsante.plan.InvalidPlanException if the check-in does not fit the key result's metric
   */
  public Plan withCheckIn(String keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    if (!plan.objectiveOf(keyResultId).map(this::canEdit).orElse(false)) {
      throw denied(keyResultId, Write.ADD_CHECK_IN);
    }
    return redactingProblems(() -> plan.withCheckIn(keyResultId, checkIn), keyResultId);
  }

  /**
   * Returns the plan with an objective added or replaced by the viewer. This access and its plan
   * are unchanged.
   *
   * <p>The viewer must be able to edit the objective it replaces, if any, and the new version too:
   * nobody hands an objective over to a unit they cannot edit, or hides it from themselves.
   *
   * @param objective the new objective
   * @return the new plan
   * @throws AccessDeniedException if the viewer may not edit the old or the new version
   * @throws UnknownIdException if the new version's owner unit is not in the plan
   * @throws fr.okrsante.plan.InvalidPlanException if the new plan would be invalid
   */
  public Plan withObjective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    if (plan.unit(objective.getOwnerUnitId()).isEmpty()) {
      throw new UnknownIdException("unit", objective.getOwnerUnitId());
    }
    Optional<Objective> existing = plan.objective(objective.getId());
    if ((existing.isPresent() && !canEdit(existing.get())) || !canEdit(objective)) {
      throw denied(objective.getId(), Write.PUT_OBJECTIVE);
    }
    return redactingProblems(() -> plan.withObjective(objective), objective.getId());
  }

  /**
   * Returns the plan with an alignment link added by the viewer. This access and its plan are
   * unchanged.
   *
   * <p>The owner side of a link is the child: the viewer must be able to edit the child and see
   * the parent (a team declares which objectives it serves; the parent's owners need not act).
   *
   * @param link the link
   * @return the new plan
   * @throws AccessDeniedException if the viewer may not edit the child or see the parent, or an
   *     end is not in the plan
   * @throws fr.okrsante.plan.InvalidPlanException if the link already exists or closes a cycle
   */
  public Plan withLink(AlignmentLink link) {
    Objects.requireNonNull(link, "link");
    if (!plan.objective(link.getChildId()).map(this::canEdit).orElse(false)) {
      throw denied(link.getChildId(), Write.ADD_LINK);
    }
    if (!plan.objective(link.getParentId()).map(this::canView).orElse(false)) {
      throw denied(link.getParentId(), Write.ADD_LINK);
    }
    return redactingProblems(() -> plan.withLink(link), link.getChildId());
  }

  /**
   * Returns the plan without a link, removed by the viewer. This access and its plan are
   * unchanged.
   *
   * @param childId the child objective id, which the viewer must be able to edit
   * @param parentId the parent objective id
   * @return the new plan
   * @throws AccessDeniedException if the viewer may not edit the child, or it is not in the plan
   * @throws UnknownIdException if there is no such link
   */
  public Plan withoutLink(String childId, String parentId) {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(parentId, "parentId");
    if (!plan.objective(childId).map(this::canEdit).orElse(false)) {
      throw denied(childId, Write.REMOVE_LINK);
    }
    return redactingProblems(() -> plan.withoutLink(childId, parentId), childId);
  }

  /**
   * Runs a write; if the plan refuses it, keeps the problems whose ids ({@link PlanProblem#getIds()})
   * the viewer may all see and replaces the others by one anonymous problem, so that a refusal (a key result id
   * already used by a hidden objective, a cycle through hidden objectives) names nothing hidden.
   */
  private Plan redactingProblems(Supplier<Plan> write, String objectId) {
    try {
      return write.get();
    } catch (InvalidPlanException e) {
      Set<String> hidden = new HashSet<>();
      for (Objective objective : plan.getObjectives()) {
        if (!canView(objective)) {
          hidden.add(objective.getId());
          objective.getKeyResults().forEach(k -> hidden.add(k.getId()));
        }
      }
      List<PlanProblem> kept = new ArrayList<>();
      for (PlanProblem problem : e.getProblems()) {
        if (Collections.disjoint(problem.getIds(), hidden)) {
          kept.add(problem);
        }
      }
      if (kept.size() == e.getProblems().size()) {
        throw e;
      }
      kept.add(PlanProblem.of(PlanProblem.Kind.RESTRICTED, ProblemPath.of("objectives").element(objectId), "conflicts with objectives you may not see: an id they "
          + "already use, or an alignment cycle through them; choose other ids or another parent"));
      throw new InvalidPlanException(kept);
    }
  }

  private AccessDeniedException denied(String objectId, Write write) {
    LOG.debug("write {} refused", write);
    return new AccessDeniedException(viewer.getId(), objectId, write);
  }

  // ---------------------------------------------------------------- views

  /**
   * Returns what the viewer may see of the plan, hidden contributions
   * {@link HiddenContributions#COUNTED_REDACTED counted but redacted}.
   *
   * @return the view
   */
  public PlanView view() {
    return view(HiddenContributions.COUNTED_REDACTED);
  }

  /**
   * Returns what the viewer may see of the plan. Costs O(size of the plan).
   *
   * @param policy how hidden objectives count in what the viewer sees
   * @return the view
   */
  public PlanView view(HiddenContributions policy) {
    return PlanView.of(this, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns the viewer's memberships' units and every unit above them.
   *
   * @return the unit ids
   */
  Set<String> reachedUnits() {
    return reached;
  }

  @Override
  public String toString() {
    return "Access[" + viewer + " to " + plan + "]";
  }
}
