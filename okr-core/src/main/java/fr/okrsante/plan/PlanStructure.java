package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan's structure compiled into arrays, once, by {@link Plan.Builder#build()}: the id → position
 * indexes, the key-result ranges of each objective, the alignment links by position, and the
 * topological order. It depends on ids, owners and links, never on check-ins, so every plan derived
 * from another by {@link Plan#withCheckIn(String, CheckIn)} shares its instance (and the
 * {@link AlignmentGraph} that reads it).
 *
 * <p>Positions: objective {@code p} is the p-th of {@link Plan#getObjectives()} (by id); its key
 * results have the global indexes {@code keyResultStart[p] … keyResultStart[p + 1] − 1}; link
 * {@code l} is the l-th of {@link Plan#getLinks()}. Built from the contents of a plan that may
 * still be invalid (the validator reads it): an unknown link end has position −1 and is left out of
 * {@link #up} and {@link #down}; a duplicate id keeps its first position.
 *
 * <p>Immutable once built; thread-safe.
 */
final class PlanStructure {

  static final int[] NONE = new int[0];

  /** The links' canonical order: by child id, then parent id. */
  static final Comparator<AlignmentLink> LINK_ORDER =
      Comparator.comparing(AlignmentLink::getChildId).thenComparing(AlignmentLink::getParentId);

  /** Returns a copy of a list, sorted by id (stable: duplicates keep their order). */
  static <T> List<T> sortedById(List<T> items, java.util.function.Function<T, String> id) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(id));
    return sorted;
  }

  final Map<String, OrgUnit> units;
  final Map<String, Cycle> cycles;
  final Map<String, Initiative> initiatives;
  final Map<String, List<Initiative>> initiativesByKeyResult;

  final String[] objectiveIds;
  final LayeredIdIndex objectivePositions;
  /** Key results of objective p have global indexes keyResultStart[p] … keyResultStart[p + 1] − 1. */
  final int[] keyResultStart;
  /** The objective position of each key result, by global index. */
  final int[] keyResultObjective;
  /** Key result id → global index. */
  final LayeredIdIndex keyResultIndexes;
  /** Objectives whose owner unit is at the top of its tree (or unknown). */
  final BitSet ownerIsTop;

  final AlignmentLink[] links;
  final int[] linkChild;
  final int[] linkParent;
  /** For each objective, the indexes in {@link #links} of the links where it is the child. */
  final int[][] up;
  /** For each objective, the indexes in {@link #links} of the links where it is the parent. */
  final int[][] down;
  /** Parents before children, breadth-first from the roots in id order; objectives on a cycle are missing. */
  final int[] parentsFirst;

  /** The graph reading this structure; one instance per structure. */
  final AlignmentGraph graph;

  /** What the evaluation reads, compiled when a plan of this structure is first evaluated. */
  private volatile @Nullable RollupOrder rollupOrder;

  private PlanStructure(Map<String, OrgUnit> units, Map<String, Cycle> cycles, Map<String, Initiative> initiatives,
      Map<String, List<Initiative>> initiativesByKeyResult, String[] objectiveIds, LayeredIdIndex objectivePositions,
      int[] keyResultStart, int[] keyResultObjective, LayeredIdIndex keyResultIndexes, BitSet ownerIsTop,
      AlignmentLink[] links, int[] linkChild, int[] linkParent, @Nullable PlanStructure sameLinks) {
    this(units, cycles, initiatives, initiativesByKeyResult, objectiveIds, objectivePositions, keyResultStart,
        keyResultObjective, keyResultIndexes, ownerIsTop, links, linkChild, linkParent,
        sameLinks == null ? null : sameLinks.up, sameLinks == null ? null : sameLinks.down,
        sameLinks == null ? null : sameLinks.parentsFirst);
  }

  /**
   * Takes the adjacency and order given, or computes them from the links when {@code up} is null.
   * Given ones must be what the computation would give.
   */
  private PlanStructure(Map<String, OrgUnit> units, Map<String, Cycle> cycles, Map<String, Initiative> initiatives,
      Map<String, List<Initiative>> initiativesByKeyResult, String[] objectiveIds, LayeredIdIndex objectivePositions,
      int[] keyResultStart, int[] keyResultObjective, LayeredIdIndex keyResultIndexes, BitSet ownerIsTop,
      AlignmentLink[] links, int[] linkChild, int[] linkParent, int @Nullable [][] givenUp,
      int @Nullable [][] givenDown, int @Nullable [] givenParentsFirst) {
    this.units = units;
    this.cycles = cycles;
    this.initiatives = initiatives;
    this.initiativesByKeyResult = initiativesByKeyResult;
    this.objectiveIds = objectiveIds;
    this.objectivePositions = objectivePositions;
    this.keyResultStart = keyResultStart;
    this.keyResultObjective = keyResultObjective;
    this.keyResultIndexes = keyResultIndexes;
    this.ownerIsTop = ownerIsTop;
    this.links = links;
    this.linkChild = linkChild;
    this.linkParent = linkParent;
    if (givenUp != null && givenDown != null && givenParentsFirst != null) {
      // Derived from an earlier structure's by the update that made this one.
      up = givenUp;
      down = givenDown;
      parentsFirst = givenParentsFirst;
      graph = new AlignmentGraph(this);
      return;
    }
    int n = objectiveIds.length;
    int[] upCount = new int[n];
    int[] downCount = new int[n];
    for (int l = 0; l < links.length; l++) {
      if (linkChild[l] >= 0 && linkParent[l] >= 0) {
        upCount[linkChild[l]]++;
        downCount[linkParent[l]]++;
      }
    }
    up = new int[n][];
    down = new int[n][];
    for (int i = 0; i < n; i++) {
      up[i] = upCount[i] == 0 ? NONE : new int[upCount[i]];
      down[i] = downCount[i] == 0 ? NONE : new int[downCount[i]];
    }
    Arrays.fill(upCount, 0);
    Arrays.fill(downCount, 0);
    for (int l = 0; l < links.length; l++) {
      if (linkChild[l] >= 0 && linkParent[l] >= 0) {
        up[linkChild[l]][upCount[linkChild[l]]++] = l;
        down[linkParent[l]][downCount[linkParent[l]]++] = l;
      }
    }
    parentsFirst = kahn();
    graph = new AlignmentGraph(this);
  }

  /**
   * Compiles the structure of a plan's contents, each list sorted in the plan's canonical order
   * (units, cycles, objectives and initiatives by id; links by child then parent id).
   */
  static PlanStructure of(List<OrgUnit> units, List<Cycle> cycles, List<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links) {
    Map<String, OrgUnit> unitMap = firstById(units, OrgUnit::getId);
    Map<String, Cycle> cycleMap = firstById(cycles, Cycle::getId);
    Map<String, Initiative> initiativeMap = firstById(initiatives, Initiative::getId);
    int n = objectives.size();
    String[] ids = new String[n];
    IdIndex positions = new IdIndex(n);
    int[] start = new int[n + 1];
    int keyResultCount = 0;
    BitSet ownerIsTop = new BitSet(n);
    for (int p = 0; p < n; p++) {
      Objective objective = objectives.get(p);
      ids[p] = objective.getId();
      positions.putIfAbsent(ids[p], p);
      start[p] = keyResultCount;
      keyResultCount += objective.getKeyResults().size();
      OrgUnit owner = unitMap.get(objective.getOwnerUnitId());
      if (owner == null || owner.getParentId().isEmpty()) {
        ownerIsTop.set(p);
      }
    }
    start[n] = keyResultCount;
    int[] keyResultObjective = new int[keyResultCount];
    IdIndex keyResultIndexes = new IdIndex(keyResultCount);
    for (int p = 0; p < n; p++) {
      List<KeyResult> keyResults = objectives.get(p).getKeyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        keyResultObjective[start[p] + k] = p;
        keyResultIndexes.putIfAbsent(keyResults.get(k).getId(), start[p] + k);
      }
    }
    Map<String, List<Initiative>> byKeyResult = new HashMap<>();
    for (Initiative initiative : initiatives) {
      for (String keyResultId : initiative.getKeyResultIds()) {
        if (keyResultIndexes.contains(keyResultId)) {
          byKeyResult.computeIfAbsent(keyResultId, x -> new ArrayList<>()).add(initiative);
        }
      }
    }
    byKeyResult.replaceAll((k, v) -> List.copyOf(v));
    AlignmentLink[] linkArray = links.toArray(new AlignmentLink[0]);
    int[] child = new int[linkArray.length];
    int[] parent = new int[linkArray.length];
    for (int l = 0; l < linkArray.length; l++) {
      child[l] = (int) positions.get(linkArray[l].getChildId());
      parent[l] = (int) positions.get(linkArray[l].getParentId());
    }
    return new PlanStructure(Map.copyOf(unitMap), Map.copyOf(cycleMap), Map.copyOf(initiativeMap), byKeyResult, ids,
        LayeredIdIndex.of(positions), start, keyResultObjective, LayeredIdIndex.of(keyResultIndexes), ownerIsTop,
        linkArray, child, parent, null);
  }

  private static <T> Map<String, T> firstById(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 2));
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return map;
  }

  /**
   * Returns this structure with one more link, inserted at {@code at} in the link order; its ends
   * must be objectives of the plan. Shares the indexes: only the link arrays and the order change.
   */
  PlanStructure withLinkAt(int at, AlignmentLink link, int child, int parent) {
    AlignmentLink[] newLinks = insert(links, at, link);
    return new PlanStructure(units, cycles, initiatives, initiativesByKeyResult, objectiveIds, objectivePositions,
        keyResultStart, keyResultObjective, keyResultIndexes, ownerIsTop, newLinks, insert(linkChild, at, child),
        insert(linkParent, at, parent), null);
  }

  /** Returns this structure without the link at {@code at}; shares the indexes. */
  PlanStructure withoutLinkAt(int at) {
    AlignmentLink[] newLinks = new AlignmentLink[links.length - 1];
    System.arraycopy(links, 0, newLinks, 0, at);
    System.arraycopy(links, at + 1, newLinks, at, newLinks.length - at);
    return new PlanStructure(units, cycles, initiatives, initiativesByKeyResult, objectiveIds, objectivePositions,
        keyResultStart, keyResultObjective, keyResultIndexes, ownerIsTop, newLinks, remove(linkChild, at),
        remove(linkParent, at), null);
  }

  /**
   * Returns this structure with an objective added at position {@code p} or replacing the one at
   * {@code p}, without hashing what did not change: positions after it move, the id indexes get a
   * layer ({@link LayeredIdIndex}) instead of a copy, the links keep their indexes, so the
   * adjacency lists are shared and the parents-first order is moved rather than recomputed. The
   * objective's key result ids must be new to the plan, or be those of the objective it replaces;
   * its owner and cycle must be in the plan. An added objective has no links yet.
   */
  PlanStructure withObjectiveAt(int p, boolean added, Objective objective) {
    int n = objectiveIds.length;
    List<KeyResult> keyResults = objective.getKeyResults();
    int newCount = keyResults.size();
    int firstKeyResult = keyResultStart[p];
    int oldCount = added ? 0 : keyResultStart[p + 1] - firstKeyResult;
    int moved = added ? 1 : 0;
    int[] start = new int[n + 1 + moved];
    System.arraycopy(keyResultStart, 0, start, 0, p + 1);
    for (int i = p + 1; i < start.length; i++) {
      start[i] = keyResultStart[i - moved] + newCount - oldCount;
    }
    int[] keyResultObjective = new int[this.keyResultObjective.length + newCount - oldCount];
    System.arraycopy(this.keyResultObjective, 0, keyResultObjective, 0, firstKeyResult);
    Arrays.fill(keyResultObjective, firstKeyResult, firstKeyResult + newCount, p);
    for (int g = firstKeyResult + oldCount; g < this.keyResultObjective.length; g++) {
      keyResultObjective[g + newCount - oldCount] = this.keyResultObjective[g] + moved;
    }
    String[] keyResultIds = new String[newCount];
    long[] keyResultPositions = new long[newCount];
    for (int k = 0; k < newCount; k++) {
      keyResultIds[k] = keyResults.get(k).getId();
      keyResultPositions[k] = firstKeyResult + k;
    }
    LayeredIdIndex keyResultIndexes = this.keyResultIndexes.updated(firstKeyResult + oldCount, newCount - oldCount,
        keyResultIds, keyResultPositions);
    OrgUnit owner = units.get(objective.getOwnerUnitId());
    boolean top = owner == null || owner.getParentId().isEmpty();
    if (!added) {
      BitSet ownerIsTop = (BitSet) this.ownerIsTop.clone();
      ownerIsTop.set(p, top);
      return new PlanStructure(units, cycles, initiatives, initiativesByKeyResult, objectiveIds, objectivePositions,
          start, keyResultObjective, keyResultIndexes, ownerIsTop, links, linkChild, linkParent, this);
    }
    String[] ids = new String[n + 1];
    System.arraycopy(objectiveIds, 0, ids, 0, p);
    ids[p] = objective.getId();
    System.arraycopy(objectiveIds, p, ids, p + 1, n - p);
    LayeredIdIndex positions = objectivePositions.updated(p, 1, new String[] {objective.getId()}, new long[] {p});
    BitSet ownerIsTop = new BitSet(n + 1);
    for (int i = this.ownerIsTop.nextSetBit(0); i >= 0; i = this.ownerIsTop.nextSetBit(i + 1)) {
      ownerIsTop.set(i < p ? i : i + 1);
    }
    ownerIsTop.set(p, top);
    int[] child = linkChild.clone();
    int[] parent = linkParent.clone();
    for (int l = 0; l < child.length; l++) {
      child[l] += child[l] >= p ? 1 : 0;
      parent[l] += parent[l] >= p ? 1 : 0;
    }
    // The links keep their indexes: the lists of link indexes are shared, the new objective has none.
    int[][] newUp = insert(up, p, NONE);
    int[][] newDown = insert(down, p, NONE);
    return new PlanStructure(units, cycles, initiatives, initiativesByKeyResult, ids, positions, start,
        keyResultObjective, keyResultIndexes, ownerIsTop, links, child, parent, newUp, newDown,
        parentsFirstWithRoot(p));
  }

  /**
   * Returns {@link #parentsFirst} with a new objective without links inserted at position {@code p}
   * (positions ≥ p move by one), as {@link #kahn()} would compute it: Kahn's queue starts with the
   * objectives without parents in position order, where the new one takes its place; it has no
   * children, so what follows is the same order, moved.
   */
  private int[] parentsFirstWithRoot(int p) {
    int roots = 0;
    for (int[] parents : up) {
      if (parents.length == 0) {
        roots++;
      }
    }
    int[] order = parentsFirst;
    int at = Arrays.binarySearch(order, 0, roots, p);
    at = at < 0 ? -at - 1 : at;
    int[] result = new int[order.length + 1];
    for (int i = 0; i < at; i++) {
      result[i] = order[i] + (order[i] >= p ? 1 : 0);
    }
    result[at] = p;
    for (int i = at; i < order.length; i++) {
      result[i + 1] = order[i] + (order[i] >= p ? 1 : 0);
    }
    return result;
  }

  private static int[][] insert(int[][] array, int at, int[] value) {
    int[][] copy = new int[array.length + 1][];
    System.arraycopy(array, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(array, at, copy, at + 1, array.length - at);
    return copy;
  }

  private static AlignmentLink[] insert(AlignmentLink[] array, int at, AlignmentLink value) {
    AlignmentLink[] copy = new AlignmentLink[array.length + 1];
    System.arraycopy(array, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(array, at, copy, at + 1, array.length - at);
    return copy;
  }

  private static int[] insert(int[] array, int at, int value) {
    int[] copy = new int[array.length + 1];
    System.arraycopy(array, 0, copy, 0, at);
    copy[at] = value;
    System.arraycopy(array, at, copy, at + 1, array.length - at);
    return copy;
  }

  private static int[] remove(int[] array, int at) {
    int[] copy = new int[array.length - 1];
    System.arraycopy(array, 0, copy, 0, at);
    System.arraycopy(array, at + 1, copy, at, copy.length - at);
    return copy;
  }

  /** Parents before children; objectives on a cycle are missing (a valid plan has none). */
  private int[] kahn() {
    int n = objectiveIds.length;
    int[] pendingParents = new int[n];
    for (int i = 0; i < n; i++) {
      pendingParents[i] = up[i].length;
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pendingParents[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int node = order[head++];
      for (int l : down[node]) {
        if (--pendingParents[linkChild[l]] == 0) {
          order[tail++] = linkChild[l];
        }
      }
    }
    return tail == n ? order : Arrays.copyOf(order, tail);
  }

  /**
   * Returns what the evaluation reads of this structure, compiled on first use (by whichever thread
   * asks first; a race compiles two equal orders and keeps one).
   *
   * @param objectives the objectives of a plan of this structure: their key results' computation
   *     sources, which check-ins never change
   */
  RollupOrder rollupOrder(List<Objective> objectives) {
    RollupOrder order = rollupOrder;
    if (order == null) {
      order = new RollupOrder(this, objectives);
      rollupOrder = order;
    }
    return order;
  }

  boolean isAcyclic() {
    return parentsFirst.length == objectiveIds.length;
  }

  /**
   * Returns a unit's ancestors, nearest first.
   *
   * @throws UnknownIdException if the plan has no such unit
   */
  List<String> unitAncestors(String unitId) {
    OrgUnit unit = units.get(unitId);
    if (unit == null) {
      throw new UnknownIdException("unit", unitId);
    }
    List<String> result = new ArrayList<>();
    Optional<String> parent = unit.getParentId();
    while (parent.isPresent()) {
      result.add(parent.get());
      OrgUnit parentUnit = units.get(parent.get());
      // a valid plan knows every parent; an unknown one ends the chain rather than failing
      parent = parentUnit == null ? Optional.empty() : parentUnit.getParentId();
    }
    return Collections.unmodifiableList(result);
  }

  /** Returns the position of an objective, or −1. */
  int objectivePosition(String objectiveId) {
    return (int) objectivePositions.get(objectiveId);
  }

  /** Returns the global index of a key result, or −1. */
  int keyResultIndex(String keyResultId) {
    return (int) keyResultIndexes.get(keyResultId);
  }

  /** Returns the number of key results. */
  int keyResultCount() {
    return keyResultObjective.length;
  }

  /**
   * Tells whether an objective can reach another by following links upward (child to parent):
   * whether {@code to} is {@code from} or one of its ancestors. Iterative.
   */
  boolean reachesUpward(int from, int to) {
    if (from == to) {
      return true;
    }
    BitSet seen = new BitSet(objectiveIds.length);
    int[] stack = new int[16];
    int size = 0;
    stack[size++] = from;
    seen.set(from);
    while (size > 0) {
      int node = stack[--size];
      for (int l : up[node]) {
        int next = linkParent[l];
        if (next == to) {
          return true;
        }
        if (!seen.get(next)) {
          seen.set(next);
          if (size == stack.length) {
            stack = Arrays.copyOf(stack, size * 2);
          }
          stack[size++] = next;
        }
      }
    }
    return false;
  }
}
