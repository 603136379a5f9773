package fr.okrsante.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The contributions of the objective being rolled up, gathered in arrays that one evaluation
 * reuses from one objective to the next, and the two read-only views a {@link RollupStrategy}
 * reads: their progress and their expected progress. Not thread-safe: one per evaluation run.
 */
final class Counted {

  double[] weights = new double[8];
  double[] progress = new double[8];
  double[] expected = new double[8];
  /** For each counted contribution: its key result's index in the objective (≥ 0), or −1 − child index. */
  int[] source = new int[8];
  int count;
  /** Every contribution, counted or not. */
  int contributions;
  double totalWeight;
  double coveredWeight;

  final CountedContributions ofProgress = new View(true);
  final CountedContributions ofExpected = new View(false);

  /** The view over one of the value arrays; reads the arrays of the moment, which grow. */
  private final class View implements CountedContributions {
    private final boolean actual;

    View(boolean actual) {
      this.actual = actual;
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public double weight(int i) {
      return weights[Objects.checkIndex(i, count)];
    }

    @Override
    public double progress(int i) {
      return (actual ? progress : expected)[Objects.checkIndex(i, count)];
    }
  }

  /**
   * Takes the spare instance kept with a plan's rollup order, or a new one when another update
   * holds it (two threads updating evaluations of one plan, or a strategy that evaluates while it
   * combines); give it back with {@link #release(RollupOrder)} when done. The spare lives as long
   * as the plan's structure, not as long as a thread: no thread-local, so a host's pooled threads
   * never keep okr-core's classes alive.
   */
  static Counted borrow(RollupOrder order) {
    Counted counted = order.spareCounted.getAndSet(null);
    return counted == null ? new Counted() : counted;
  }

  /** Gives a borrowed instance back for the next update of a plan of that structure. */
  void release(RollupOrder order) {
    order.spareCounted.set(this);
  }

  /**
   * Gathers an objective's contributions: its key results (as its settings say) and its
   * contributing children, read from the children's rolled-up numbers.
   */
  void gather(RollupOrder order, int p, Objective objective, List<KeyResultProgress> own, Evaluation.Rolled child) {
    RollupSettings settings = objective.getRollup();
    boolean cap = settings.isCapOverachievement();
    boolean leaveOut = settings.getNoData() == NoDataPolicy.LEAVE_OUT;
    boolean useKeyResults = settings.getSources() != RollupSources.CHILDREN;
    boolean useChildren = settings.getSources() != RollupSources.KEY_RESULTS;
    int capacity = (useKeyResults ? own.size() : 0) + (useChildren ? order.children[p].length : 0);
    if (capacity > weights.length) {
      int size = Math.max(capacity, 2 * weights.length);
      weights = Arrays.copyOf(weights, size);
      progress = Arrays.copyOf(progress, size);
      expected = Arrays.copyOf(expected, size);
      source = Arrays.copyOf(source, size);
    }
    count = 0;
    contributions = 0;
    totalWeight = 0;
    coveredWeight = 0;
    if (useKeyResults) {
      List<KeyResult> keyResults = objective.getKeyResults();
      for (int k = 0; k < own.size(); k++) {
        KeyResultProgress kr = own.get(k);
        double weight = keyResults.get(k).getWeight();
        contributions++;
        totalWeight += weight;
        coveredWeight += kr.hasData() ? weight : 0;
        if (weight > 0 && (kr.hasData() || !leaveOut)) {
          add(weight, kr.getCountedProgress(), kr.getExpectedProgress(), k);
        }
      }
    }
    if (useChildren) {
      int[] kids = order.children[p];
      for (int c = 0; c < kids.length; c++) {
        int kid = kids[c];
        double weight = order.childWeights[p][c];
        double kidCoverage = child.coverage.get(kid);
        boolean hasData = kidCoverage > 0;
        contributions++;
        totalWeight += weight;
        coveredWeight += weight * kidCoverage;
        if (weight > 0 && (hasData || !leaveOut)) {
          add(weight, hasData ? childProgress(child, kid, cap) : 0, child.expected.get(kid), -1 - c);
        }
      }
    }
  }

  /** A child's progress as its parent counts it: regression as 0, capped as the parent says. */
  static double childProgress(Evaluation.Rolled child, int kid, boolean cap) {
    double progress = child.progress.get(kid);
    return KeyResultMath.count(Double.isNaN(progress) ? 0 : progress, cap);
  }

  private void add(double weight, double value, double expectation, int from) {
    weights[count] = weight;
    progress[count] = value;
    expected[count] = expectation;
    source[count] = from;
    count++;
  }

  double coverage() {
    return totalWeight > 0 ? coveredWeight / totalWeight : 0;
  }
}
