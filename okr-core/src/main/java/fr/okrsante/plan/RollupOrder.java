package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation reads of a plan's structure, by position: each objective's contributing
 * children and their link weights, the objectives each contributes to, the children-first order,
 * and the order of computed key results (every source first) with, for each key result, the
 * computed key results that list it as a source. Compiled from a {@link PlanStructure} the first
 * time a plan of that structure is evaluated, then kept with it.
 *
 * <p>Immutable once built, but for the spare {@link Counted} it lends to incremental updates;
 * thread-safe.
 */
final class RollupOrder {

  private static final int[] NONE = PlanStructure.NONE;
  private static final double[] NO_WEIGHTS = new double[0];

  final int objectiveCount;
  /** Contributing children of each objective, in child id order, and the links' weights. */
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
  /**
   * A {@link Counted} an incremental update may borrow and give back, so that updates of this
   * plan's evaluations do not regrow its arrays each time; the only mutable part, handed over
   * atomically (one update holds it at a time).
   */
  final AtomicReference<@Nullable Counted> spareCounted = new AtomicReference<>();

  RollupOrder(PlanStructure structure, List<Objective> objectives) {
    int n = structure.objectiveIds.length;
    objectiveCount = n;
    children = new int[n][];
    childWeights = new double[n][];
    int[] parentCount = new int[n];
    for (int p = 0; p < n; p++) {
      int[] down = structure.down[p];
      int contributing = 0;
      for (int l : down) {
        contributing += structure.links[l].contributes() ? 1 : 0;
      }
      children[p] = contributing == 0 ? NONE : new int[contributing];
      childWeights[p] = contributing == 0 ? NO_WEIGHTS : new double[contributing];
      int c = 0;
      for (int l : down) {
        if (structure.links[l].contributes()) {
          int child = structure.linkChild[l];
          children[p][c] = child;
          childWeights[p][c] = structure.links[l].getWeight();
          parentCount[child]++;
          c++;
        }
      }
    }
    parents = new int[n][];
    for (int p = 0; p < n; p++) {
      parents[p] = parentCount[p] == 0 ? NONE : new int[parentCount[p]];
      parentCount[p] = 0;
    }
    for (int p = 0; p < n; p++) {
      for (int child : children[p]) {
        parents[child][parentCount[child]++] = p;
      }
    }
    childrenFirst = new int[n];
    rank = new int[n];
    int[] parentsFirst = structure.parentsFirst;
    for (int i = 0; i < n; i++) {
      int p = parentsFirst[n - 1 - i];
      childrenFirst[i] = p;
      rank[p] = i;
    }

    // Computed key results: sources first (iterative post-order; a valid plan has no computation cycle).
    int keyResultCount = structure.keyResultCount();
    int[] dependentCount = new int[keyResultCount];
    List<Integer> computed = new ArrayList<>();
    int[][] sources = new int[keyResultCount][];
    for (int p = 0; p < n; p++) {
      List<KeyResult> keyResults = objectives.get(p).getKeyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        int g = structure.keyResultStart[p] + k;
        if (keyResults.get(k).getMetric().kind() == MetricKind.COMPUTED) {
          ComputedMetric metric = (ComputedMetric) keyResults.get(k).getMetric();
          computed.add(g);
          sources[g] = new int[metric.getSourceIds().size()];
          for (int s = 0; s < sources[g].length; s++) {
            sources[g][s] = structure.keyResultIndex(metric.getSourceIds().get(s));
            dependentCount[sources[g][s]]++;
          }
        } else {
          sources[g] = NONE;
        }
      }
    }
    dependents = new int[keyResultCount][];
    for (int g = 0; g < keyResultCount; g++) {
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
    byte[] state = new byte[keyResultCount];
    int[] stack = new int[keyResultCount];
    int[] next = new int[keyResultCount];
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
   * Returns the given objectives and every objective they contribute to, directly or not, each
   * before the objectives it contributes to.
   */
  int[] upwardClosure(int... starts) {
    SparseIntSet reached = new SparseIntSet();
    int[] queue = new int[Math.max(16, starts.length)];
    int head = 0;
    int tail = 0;
    for (int start : starts) {
      if (reached.add(start)) {
        if (tail == queue.length) {
          queue = Arrays.copyOf(queue, tail * 2);
        }
        queue[tail++] = start;
      }
    }
    while (head < tail) {
      for (int parent : parents[queue[head++]]) {
        if (reached.add(parent)) {
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
          }
          queue[tail++] = parent;
        }
      }
    }
    int[] ranks = new int[tail];
    for (int i = 0; i < tail; i++) {
      ranks[i] = rank[queue[i]];
    }
    Arrays.sort(ranks);
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = childrenFirst[ranks[i]];
    }
    return ranks;
  }
}
