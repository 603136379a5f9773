package fr.okrsante.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's structure in arrays, by objective position and by a global key-result index. It
 * depends only on the structure (ids, links, computed sources), not on check-ins, so it is shared
 * by every evaluation of plans that have the same {@link AlignmentGraph} instance.
 */
final class Layout {

  private static final int[] NONE = new int[0];
  private static final double[] NO_WEIGHTS = new double[0];

  final AlignmentGraph graph;
  final int objectiveCount;
  final String[] objectiveIds;
  final Map<String, Integer> objectivePositions;
  /** Key results of objective p have global indexes krStart[p] … krStart[p + 1] − 1. */
  final int[] krStart;
  final int[] krObjective;
  final Map<String, Integer> krIndex;
  /** Contributing children of each objective, and the links' weights. */
  final int[][] children;
  final double[][] childWeights;
  /** Objectives each objective contributes to. */
  final int[][] parents;
  /** Objective positions, every child before its parents. */
  final int[] childrenFirst;
  /** Position of each objective in {@link #childrenFirst}. */
  final int[] rank;
  /** Global indexes of computed key results, every source before the key results computed from it. */
  final int[] computedOrder;
  /** For each key result, the computed key results that list it as a source. */
  final int[][] dependents;

  private Layout(Plan plan) {
    graph = plan.alignment();
    List<Objective> objectives = plan.getObjectives();
    objectiveCount = objectives.size();
    objectiveIds = new String[objectiveCount];
    objectivePositions = new HashMap<>(objectiveCount * 2);
    krStart = new int[objectiveCount + 1];
    int krCount = 0;
    for (int p = 0; p < objectiveCount; p++) {
      Objective objective = objectives.get(p);
      objectiveIds[p] = objective.getId();
      objectivePositions.put(objective.getId(), p);
      krStart[p] = krCount;
      krCount += objective.getKeyResults().size();
    }
    krStart[objectiveCount] = krCount;
    krObjective = new int[krCount];
    krIndex = new HashMap<>(krCount * 2);
    List<KeyResult> all = new ArrayList<>(krCount);
    for (int p = 0; p < objectiveCount; p++) {
      for (KeyResult kr : objectives.get(p).getKeyResults()) {
        krObjective[all.size()] = p;
        krIndex.put(kr.getId(), all.size());
        all.add(kr);
      }
    }

    children = new int[objectiveCount][];
    childWeights = new double[objectiveCount][];
    int[] parentCount = new int[objectiveCount];
    for (int p = 0; p < objectiveCount; p++) {
      List<AlignmentLink> links = graph.childLinks(objectiveIds[p]);
      int contributing = 0;
      for (AlignmentLink link : links) {
        contributing += link.contributes() ? 1 : 0;
      }
      children[p] = contributing == 0 ? NONE : new int[contributing];
      childWeights[p] = contributing == 0 ? NO_WEIGHTS : new double[contributing];
      int c = 0;
      for (AlignmentLink link : links) {
        if (link.contributes()) {
          int child = objectivePositions.get(link.getChildId());
          children[p][c] = child;
          childWeights[p][c] = link.getWeight();
          parentCount[child]++;
          c++;
        }
      }
    }
    parents = new int[objectiveCount][];
    for (int p = 0; p < objectiveCount; p++) {
      parents[p] = parentCount[p] == 0 ? NONE : new int[parentCount[p]];
      parentCount[p] = 0;
    }
    for (int p = 0; p < objectiveCount; p++) {
      for (int child : children[p]) {
        parents[child][parentCount[child]++] = p;
      }
    }

    List<String> topological = graph.topologicalOrder();
    childrenFirst = new int[objectiveCount];
    rank = new int[objectiveCount];
    for (int i = 0; i < objectiveCount; i++) {
      int p = objectivePositions.get(topological.get(objectiveCount - 1 - i));
      childrenFirst[i] = p;
      rank[p] = i;
    }

    // Computed key results: sources first (iterative post-order; the plan has no computation cycle).
    int[] dependentCount = new int[krCount];
    List<Integer> computed = new ArrayList<>();
    int[][] sources = new int[krCount][];
    for (int g = 0; g < krCount; g++) {
      if (all.get(g).getMetric() instanceof ComputedMetric metric) {
        computed.add(g);
        sources[g] = new int[metric.getSourceIds().size()];
        for (int s = 0; s < sources[g].length; s++) {
          sources[g][s] = krIndex.get(metric.getSourceIds().get(s));
          dependentCount[sources[g][s]]++;
        }
      } else {
        sources[g] = NONE;
      }
    }
    dependents = new int[krCount][];
    for (int g = 0; g < krCount; g++) {
      dependents[g] = dependentCount[g] == 0 ? NONE : new int[dependentCount[g]];
      dependentCount[g] = 0;
    }
    for (int g : computed) {
      for (int source : sources[g]) {
        dependents[source][dependentCount[source]++] = g;
      }
    }
    computedOrder = new int[computed.size()];
    int filled = 0;
    byte[] state = new byte[krCount];
    int[] stack = new int[krCount];
    int[] next = new int[krCount];
    for (int root : computed) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      next[0] = 0;
      state[root] = 1;
      while (depth >= 0) {
        int node = stack[depth];
        if (next[depth] < sources[node].length) {
          int source = sources[node][next[depth]++];
          if (state[source] == 0 && sources[source].length > 0) {
            state[source] = 1;
            depth++;
            stack[depth] = source;
            next[depth] = 0;
          }
        } else {
          state[node] = 2;
          computedOrder[filled++] = node;
          depth--;
        }
      }
    }
  }

  /**
   * Returns the layout of a plan's structure: the one kept on its alignment graph (shared by every
   * plan derived from it by check-ins, which have the same structure), or a new one, then kept
   * softly (the garbage collector may drop it under memory pressure; it is then rebuilt).
   */
  static Layout of(Plan plan) {
    java.util.concurrent.atomic.AtomicReference<Object> slot = fr.okrsante.plan.DerivedSlots.of(plan.alignment());
    if (slot.get() instanceof java.lang.ref.SoftReference<?> reference && reference.get() instanceof Layout kept
        && kept.graph == plan.alignment() && kept.objectiveCount == plan.getObjectives().size()) {
      return kept;
    }
    Layout layout = new Layout(plan);
    slot.set(new java.lang.ref.SoftReference<>(layout));
    return layout;
  }

  /**
   * Returns the given objectives and every objective they contribute to, directly or not, each
   * before the objectives it contributes to.
   */
  int[] upwardClosure(int... starts) {
    BitSet reached = new BitSet(objectiveCount);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start : starts) {
      if (!reached.get(start)) {
        reached.set(start);
        queue.add(start);
      }
    }
    while (!queue.isEmpty()) {
      for (int parent : parents[queue.poll()]) {
        if (!reached.get(parent)) {
          reached.set(parent);
          queue.add(parent);
        }
      }
    }
    int[] found = reached.stream().toArray();
    int[] ranks = new int[found.length];
    for (int i = 0; i < found.length; i++) {
      ranks[i] = rank[found[i]];
    }
    Arrays.sort(ranks);
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = childrenFirst[ranks[i]];
    }
    return ranks;
  }
}
