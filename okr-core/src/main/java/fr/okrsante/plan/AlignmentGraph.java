package fr.okrsante.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alignment graph of a plan: objectives linked child → parent, a directed acyclic graph in
 * which an objective may have several parents.
 *
 * <p>Every algorithm here is iterative: a chain 100,000 objectives deep is traversed without
 * exhausting the stack. Results are deterministic: neighbours and listings come in id order.
 * An update that only adds a check-in keeps the same graph instance, so callers may cache what
 * they derive from it by identity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AlignmentGraph {

  private final PlanStructure structure;
  private final String[] ids;
  private final AlignmentLink[] links;
  private final int[][] up;
  private final int[][] down;
  private final int[] linkChild;
  private final int[] linkParent;

  AlignmentGraph(PlanStructure structure) {
    this.structure = structure;
    this.ids = structure.objectiveIds;
    this.links = structure.links;
    this.up = structure.up;
    this.down = structure.down;
    this.linkChild = structure.linkChild;
    this.linkParent = structure.linkParent;
  }

  /**
   * Finds cycles, at most {@code limit}, each as the ids along it, first id repeated at the end:
   * {@code [obj-a, obj-b, obj-a]} means obj-a is a child of obj-b, which is a child of obj-a.
   */
  List<List<String>> findCycles(int limit) {
    int n = ids.length;
    BitSet acyclic = new BitSet(n);
    for (int node : structure.parentsFirst) {
      acyclic.set(node);
    }
    List<List<String>> cycles = new ArrayList<>();
    BitSet reported = new BitSet(n);
    for (int start = acyclic.nextClearBit(0); start < n && cycles.size() < limit;
        start = acyclic.nextClearBit(start + 1)) {
      if (reported.get(start)) {
        continue;
      }
      // Every node outside the topological order has a parent outside it too: walk up until a repeat.
      Map<Integer, Integer> seenAt = new HashMap<>();
      List<Integer> walk = new ArrayList<>();
      int node = start;
      while (!seenAt.containsKey(node)) {
        seenAt.put(node, walk.size());
        walk.add(node);
        int next = -1;
        for (int l : up[node]) {
          if (!acyclic.get(linkParent[l])) {
            next = linkParent[l];
            break;
          }
        }
        node = next;
      }
      List<Integer> loop = walk.subList(seenAt.get(node), walk.size());
      boolean known = false;
      for (int member : loop) {
        known |= reported.get(member);
      }
      for (int member : walk) {
        reported.set(member);
      }
      if (!known) {
        List<String> cycle = new ArrayList<>();
        for (int member : loop) {
          cycle.add(ids[member]);
        }
        cycle.add(ids[loop.get(0)]);
        cycles.add(Collections.unmodifiableList(cycle));
      }
    }
    return cycles;
  }

  /** Returns each link's child and parent positions, interleaved, in link order; a new array. */
  int[] linkEnds() {
    int[] ends = new int[2 * links.length];
    for (int l = 0; l < links.length; l++) {
      ends[2 * l] = linkChild[l];
      ends[2 * l + 1] = linkParent[l];
    }
    return ends;
  }

  boolean isAcyclic() {
    return structure.isAcyclic();
  }

  private int require(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    int position = structure.objectivePosition(objectiveId);
    if (position < 0) {
      throw new UnknownIdException("objective", objectiveId);
    }
    return position;
  }

  /**
   * Returns the number of objectives in the graph.
   *
   * @return the number of objectives
   */
  public int size() {
    return ids.length;
  }

  /**
   * Tells whether the graph has an objective.
   *
   * @param objectiveId the objective id
   * @return true if the plan has this objective
   */
  public boolean contains(String objectiveId) {
    return structure.objectivePosition(Objects.requireNonNull(objectiveId, "objectiveId")) >= 0;
  }

  /**
   * Returns the links where an objective is the child, in parent id order.
   *
   * @param objectiveId the objective id
   * @return the links to its parents
   * @throws UnknownIdException if the plan has no such objective
   */
  public List<AlignmentLink> parentLinks(String objectiveId) {
    return linksOf(up[require(objectiveId)]);
  }

  /**
   * Returns the links where an objective is the parent, in child id order.
   *
   * @param objectiveId the objective id
   * @return the links from its children
   * @throws UnknownIdException if the plan has no such objective
   */
  public List<AlignmentLink> childLinks(String objectiveId) {
    return linksOf(down[require(objectiveId)]);
  }

  private List<AlignmentLink> linksOf(int[] indexes) {
    List<AlignmentLink> result = new ArrayList<>(indexes.length);
    for (int l : indexes) {
      result.add(links[l]);
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the ids of an objective's parents (every link mode), in id order.
   *
   * @param objectiveId the objective id
   * @return the parent ids
   * @throws UnknownIdException if the plan has no such objective
   */
  public List<String> parents(String objectiveId) {
    int[] indexes = up[require(objectiveId)];
    List<String> result = new ArrayList<>(indexes.length);
    for (int l : indexes) {
      result.add(ids[linkParent[l]]);
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the ids of an objective's children (every link mode), in id order.
   *
   * @param objectiveId the objective id
   * @return the child ids
   * @throws UnknownIdException if the plan has no such objective
   */
  public List<String> children(String objectiveId) {
    int[] indexes = down[require(objectiveId)];
    List<String> result = new ArrayList<>(indexes.length);
    for (int l : indexes) {
      result.add(ids[linkChild[l]]);
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every objective an objective serves, directly or not.
   *
   * @param objectiveId the objective id
   * @return the ancestor ids, sorted, without the objective itself
   * @throws UnknownIdException if the plan has no such objective
   */
  public Set<String> ancestors(String objectiveId) {
    return reach(require(objectiveId), true);
  }

  /**
   * Returns every objective that serves an objective, directly or not.
   *
   * @param objectiveId the objective id
   * @return the descendant ids, sorted, without the objective itself
   * @throws UnknownIdException if the plan has no such objective
   */
  public Set<String> descendants(String objectiveId) {
    return reach(require(objectiveId), false);
  }

  private Set<String> reach(int start, boolean upward) {
    BitSet seen = new BitSet(ids.length);
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(start);
    seen.set(start);
    while (!stack.isEmpty()) {
      int node = stack.pop();
      for (int l : upward ? up[node] : down[node]) {
        int next = upward ? linkParent[l] : linkChild[l];
        if (!seen.get(next)) {
          seen.set(next);
          stack.push(next);
        }
      }
    }
    seen.clear(start);
    Set<String> result = new TreeSet<>();
    for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
      result.add(ids[i]);
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * Returns the objectives that serve no other objective.
   *
   * @return the root ids, sorted
   */
  public List<String> roots() {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (up[i].length == 0) {
        result.add(ids[i]);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the objectives that no other objective serves.
   *
   * @return the leaf ids, sorted
   */
  public List<String> leaves() {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (down[i].length == 0) {
        result.add(ids[i]);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the orphans: objectives aligned to nothing although their owner unit is not at the top
   * of its unit tree. A service's objective that serves no objective of its hospital is an orphan;
   * the hospital's own strategic objectives are roots, not orphans.
   *
   * @return the orphan ids, sorted
   */
  public List<String> orphans() {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (up[i].length == 0 && !structure.ownerIsTop.get(i)) {
        result.add(ids[i]);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every objective in an order where each comes before all the objectives that serve it
   * (parents before children). The order is deterministic: breadth-first from the roots, in id
   * order.
   *
   * @return the objective ids in topological order
   */
  public List<String> topologicalOrder() {
    List<String> result = new ArrayList<>(structure.parentsFirst.length);
    for (int node : structure.parentsFirst) {
      result.add(ids[node]);
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every path from an objective up to one of its ancestors, each as the ids along it from
   * {@code fromId} to {@code toId}. The number of paths in a DAG can grow exponentially with its
   * depth; see {@link #paths(String, String, int)} to bound it.
   *
   * @param fromId the objective where paths start (the descendant)
   * @param toId the objective where they end (the ancestor)
   * @return the paths, in lexicographic order of their ids; empty if {@code toId} is not an ancestor
   * @throws UnknownIdException if the plan has either objective
   */
  public List<List<String>> paths(String fromId, String toId) {
    return paths(fromId, toId, Integer.MAX_VALUE);
  }

  /**
   * Returns at most {@code limit} paths from an objective up to one of its ancestors.
   *
   * @param fromId the objective where paths start (the descendant)
   * @param toId the objective where they end (the ancestor)
   * @param limit the most paths to return, ≥ 1
   * @return the paths, in lexicographic order of their ids
   * @throws UnknownIdException if the plan has no such objective
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  public List<List<String>> paths(String fromId, String toId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    int from = require(fromId);
    int to = require(toId);
    List<List<String>> result = new ArrayList<>();
    if (from == to) {
      result.add(List.of(fromId));
      return result;
    }
    // Only walk nodes from which `to` is reachable, so no branch is a dead end.
    BitSet leadsToTarget = new BitSet(ids.length);
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(to);
    leadsToTarget.set(to);
    while (!stack.isEmpty()) {
      int node = stack.pop();
      for (int l : down[node]) {
        if (!leadsToTarget.get(linkChild[l])) {
          leadsToTarget.set(linkChild[l]);
          stack.push(linkChild[l]);
        }
      }
    }
    if (!leadsToTarget.get(from)) {
      return result;
    }
    // Iterative depth-first walk: path[d] is the node at depth d, next[d] the next link to try.
    int[] path = new int[ids.length];
    int[] next = new int[ids.length];
    int depth = 0;
    path[0] = from;
    next[0] = 0;
    while (depth >= 0 && result.size() < limit) {
      int node = path[depth];
      if (node == to) {
        List<String> found = new ArrayList<>(depth + 1);
        for (int d = 0; d <= depth; d++) {
          found.add(ids[path[d]]);
        }
        result.add(Collections.unmodifiableList(found));
        depth--;
        continue;
      }
      int[] out = up[node];
      int tried = next[depth];
      while (tried < out.length && !leadsToTarget.get(linkParent[out[tried]])) {
        tried++;
      }
      if (tried == out.length) {
        depth--;
        continue;
      }
      next[depth] = tried + 1;
      depth++;
      path[depth] = linkParent[out[tried]];
      next[depth] = 0;
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the position of an objective in the plan's {@link Plan#getObjectives()} list.
   *
   * @param objectiveId the objective id
   * @return the position, if the plan has the objective
   */
  public Optional<Integer> position(String objectiveId) {
    int position = structure.objectivePosition(Objects.requireNonNull(objectiveId, "objectiveId"));
    return position < 0 ? Optional.empty() : Optional.of(position);
  }
}
