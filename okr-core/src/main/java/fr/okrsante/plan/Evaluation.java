package fr.okrsante.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * The progress of every key result and objective of a plan as of a date, and the explanation of
 * every number.
 *
 * <h2>Formulas</h2>
 * <ul>
 *   <li><b>Move to target</b> (and rates, and computed key results): progress =
 *       (current − baseline) / (target − baseline). 240 → 192 minutes with 216 observed gives 0.5;
 *       250 gives −0.208 (a regression, counted as 0); 180 gives 1.25 (counted as 1 unless the
 *       objective lets overachievement count).</li>
 *   <li><b>Rates</b>: the current value is 100 × numerator / denominator; computed pooled rates
 *       use Σ numerators / Σ denominators (8/10 and 1/2 give 9/12 = 75 %, not 65 %).</li>
 *   <li><b>Guardrails</b>: the share of days, from the later of the start and the first
 *       observation to the earlier of the date and the due date (both inclusive), on which the
 *       value in effect (each check-in holding until the next) was in the band.</li>
 *   <li><b>Milestones</b>: 1 once done, else 0; or Σ weights of done initiatives / Σ weights of
 *       initiatives that are not cancelled.</li>
 *   <li><b>Rollup</b>: the objective's strategy over its counted contributions (see
 *       {@link RollupStrategy}); contributions without data count as 0 or are left out, as the
 *       objective's {@link NoDataPolicy} says; weight-0 contributions never count. Coverage =
 *       Σ wᵢ·coverageᵢ / Σ wᵢ, a key result's coverage being 1 with data and 0 without.</li>
 *   <li><b>Status</b>: before the start date {@link Status#NOT_STARTED}; without data
 *       {@link Status#NO_DATA}; progress ≥ 1 {@link Status#ACHIEVED} (a guardrail only from its
 *       due date); otherwise, with shortfall = expected − progress: ≤ 0 {@link Status#ON_TRACK},
 *       ≤ the behind threshold (0.25) {@link Status#BEHIND}, else {@link Status#AT_RISK}.</li>
 *   <li><b>Effective share</b> of a key result or objective in an ancestor: the product of the
 *       shares along each contributing path, summed over all paths.</li>
 * </ul>
 *
 * <p>An evaluation is the whole plan's {@link ProgressFigures}: nothing in it is restricted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluation implements ProgressFigures {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private final Evaluator evaluator;
  private final Plan plan;
  private final LocalDate asOf;
  private final PlanStructure structure;
  private final RollupOrder order;
  private final ChunkedList<ObjectiveProgress> objectives;
  /** Each objective's numbers again, by position, for the rollup of its parents to read. */
  private final Rolled rolled;

  /**
   * Every objective's progress (NaN without), coverage and expected progress, by position: what a
   * parent's rollup reads from its children, kept in arrays so that it reads them as a
   * hand-written array rollup would.
   */
  static final class Rolled {
    final ChunkedDoubles progress;
    final ChunkedDoubles coverage;
    final ChunkedDoubles expected;

    Rolled(ChunkedDoubles progress, ChunkedDoubles coverage, ChunkedDoubles expected) {
      this.progress = progress;
      this.coverage = coverage;
      this.expected = expected;
    }

    static Rolled filledLater(int size) {
      return new Rolled(ChunkedDoubles.filledLater(size), ChunkedDoubles.filledLater(size),
          ChunkedDoubles.filledLater(size));
    }

    Rolled copyForWrites(int[] positions) {
      return new Rolled(progress.copyForWrites(positions, positions.length),
          coverage.copyForWrites(positions, positions.length), expected.copyForWrites(positions, positions.length));
    }

    void set(int p, ObjectiveProgress result) {
      progress.set(p, result.getProgress().orElse(Double.NaN));
      coverage.set(p, result.getCoverage());
      expected.set(p, result.getExpectedProgress());
    }
  }

  private Evaluation(Evaluator evaluator, Plan plan, LocalDate asOf, PlanStructure structure, RollupOrder order,
      ChunkedList<ObjectiveProgress> objectives, Rolled rolled) {
    this.evaluator = evaluator;
    this.plan = plan;
    this.asOf = asOf;
    this.structure = structure;
    this.order = order;
    this.objectives = objectives;
    this.rolled = rolled;
  }

  /**
   * Evaluates a plan with the {@link Evaluator#standard() standard evaluator}.
   *
   * @param plan the plan
   * @param asOf the date
   * @return the evaluation
   * @throws UnknownStrategyException if an objective names a strategy that is not registered
   */
  public static Evaluation of(Plan plan, LocalDate asOf) {
    return Evaluator.standard().evaluate(plan, asOf);
  }

  // ------------------------------------------------------------------ computing

  static Evaluation full(Evaluator evaluator, Plan plan, LocalDate asOf) {
    PlanStructure structure = plan.structure();
    RollupOrder order = structure.rollupOrder(plan.getObjectives());
    List<Objective> list = plan.getObjectives();
    for (Objective objective : list) {
      evaluator.getStrategies().find(objective.getRollup().getStrategy());
    }
    int krCount = structure.keyResultCount();
    KeyResultProgress[] krs = new KeyResultProgress[krCount];
    BitSet computed = new BitSet(krCount);
    for (int g : order.computedOrder) {
      computed.set(g);
    }
    for (int p = 0; p < order.objectiveCount; p++) {
      Objective objective = list.get(p);
      Cycle cycle = cycleOf(plan, objective);
      List<KeyResult> keyResults = objective.getKeyResults();
      for (int k = 0; k < keyResults.size(); k++) {
        int g = structure.keyResultStart[p] + k;
        if (!computed.get(g)) {
          krs[g] = KeyResultMath.evaluate(keyResults.get(k), objective, cycle, plan.initiativesOf(keyResults.get(k).getId()),
              asOf, null, evaluator.getSettings());
        }
      }
    }
    Function<String, KeyResultProgress> byId = id -> krs[structure.keyResultIndex(id)];
    for (int g : order.computedOrder) {
      int p = structure.keyResultObjective[g];
      Objective objective = list.get(p);
      KeyResult kr = objective.getKeyResults().get(g - structure.keyResultStart[p]);
      krs[g] = KeyResultMath.evaluate(kr, objective, cycleOf(plan, objective), List.of(), asOf, byId,
          evaluator.getSettings());
    }
    ObjectiveProgress[] results = new ObjectiveProgress[order.objectiveCount];
    Rolled rolled = Rolled.filledLater(order.objectiveCount);
    Counted counted = new Counted();
    for (int p : order.childrenFirst) {
      List<KeyResultProgress> own = new ProgressSlice(krs, structure.keyResultStart[p], structure.keyResultStart[p + 1]);
      results[p] = combine(evaluator, plan, order, asOf, p, list.get(p), own, rolled, counted);
      rolled.set(p, results[p]);
    }
    LOG.debug("evaluated {} objectives and {} key results as of {}", order.objectiveCount, krCount, asOf);
    return new Evaluation(evaluator, plan, asOf, structure, order, ChunkedList.copyOf(Arrays.asList(results)), rolled);
  }

  Evaluation updated(Evaluator with, Plan changed, String keyResultId) {
    int changedIndex = structure.keyResultIndex(keyResultId);
    if (changed.structure() != structure) {
      if (changed.keyResult(keyResultId).isEmpty()) {
        throw new UnknownIdException("key result", keyResultId);
      }
      return full(with, changed, asOf);
    }
    if (changedIndex < 0) {
      throw new UnknownIdException("key result", keyResultId);
    }
    List<Objective> list = changed.getObjectives();
    // The changed key result and, transitively, the computed key results that depend on it.
    Map<Integer, KeyResultProgress> fresh = new HashMap<>();
    SparseIntSet affected = new SparseIntSet();
    int[] queue = {changedIndex};
    int head = 0;
    int tail = 1;
    affected.add(changedIndex);
    while (head < tail) {
      for (int dependent : order.dependents[queue[head++]]) {
        if (affected.add(dependent)) {
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, 2 * tail);
          }
          queue[tail++] = dependent;
        }
      }
    }
    Function<String, KeyResultProgress> byId = id -> {
      int g = structure.keyResultIndex(id);
      KeyResultProgress progress = fresh.get(g);
      return progress != null ? progress : objectives.get(structure.keyResultObjective[g]).getKeyResults()
          .get(g - structure.keyResultStart[structure.keyResultObjective[g]]);
    };
    fresh.put(changedIndex, evaluateKeyResult(with, changed, list, changedIndex, null));
    if (affected.size() > 1) {
      for (int g : order.computedOrder) {
        if (affected.contains(g) && g != changedIndex) {
          fresh.put(g, evaluateKeyResult(with, changed, list, g, byId));
        }
      }
    }
    // Their objectives and every ancestor, children first.
    int[] reached = order.upwardClosure(fresh.keySet().stream().mapToInt(g -> structure.keyResultObjective[g]).toArray());
    // Recomputed objectives, children first, written into copies of the chunks that hold them: a
    // parent then reads its recomputed children and its unchanged ones from the same arrays.
    ObjectiveProgress[] done = new ObjectiveProgress[reached.length];
    Rolled next = rolled.copyForWrites(reached);
    Counted counted = Counted.borrow(order);
    try {
      for (int i = 0; i < reached.length; i++) {
        int p = reached[i];
        List<KeyResultProgress> own = objectives.get(p).getKeyResults();
        boolean replaced = false;
        KeyResultProgress[] copy = null;
        for (int g = structure.keyResultStart[p]; g < structure.keyResultStart[p + 1]; g++) {
          KeyResultProgress progress = fresh.get(g);
          if (progress != null) {
            if (copy == null) {
              copy = own.toArray(new KeyResultProgress[0]);
            }
            copy[g - structure.keyResultStart[p]] = progress;
            replaced = true;
          }
        }
        if (replaced) {
          own = Collections.unmodifiableList(Arrays.asList(copy));
        }
        done[i] = combine(with, changed, order, asOf, p, list.get(p), own, next, counted);
        next.set(p, done[i]);
      }
    } finally {
      counted.release(order);
    }
    LOG.debug("re-evaluated {} key results and {} objectives after a change", fresh.size(), reached.length);
    return new Evaluation(with, changed, asOf, structure, order, objectives.withAll(reached, done, reached.length), next);
  }

  private KeyResultProgress evaluateKeyResult(Evaluator with, Plan changed, List<Objective> list, int g,
      @Nullable Function<String, KeyResultProgress> sources) {
    int p = structure.keyResultObjective[g];
    Objective objective = list.get(p);
    KeyResult kr = objective.getKeyResults().get(g - structure.keyResultStart[p]);
    return KeyResultMath.evaluate(kr, objective, cycleOf(changed, objective), changed.initiativesOf(kr.getId()), asOf,
        sources, with.getSettings());
  }

  private static Cycle cycleOf(Plan plan, Objective objective) {
    Cycle cycle = plan.structure().cycles.get(objective.getCycleId());
    if (cycle == null) {
      throw new UnknownIdException("cycle", objective.getCycleId());
    }
    return cycle;
  }

  /** Combines an objective's contributions into its progress, expected progress, coverage and status. */
  private static ObjectiveProgress combine(Evaluator evaluator, Plan plan, RollupOrder order, LocalDate asOf, int p,
      Objective objective, List<KeyResultProgress> own, Rolled child, Counted counted) {
    RollupStrategy strategy = evaluator.getStrategies().find(objective.getRollup().getStrategy());
    counted.gather(order, p, objective, own, child);
    double coverage = counted.coverage();
    double result = counted.count > 0 ? strategy.combine(counted.ofProgress) : Double.NaN;
    Cycle cycle = cycleOf(plan, objective);
    double expectation = counted.count > 0 ? strategy.combine(counted.ofExpected)
        : Pace.linear(cycle.getStartDate(), cycle.getEndDate(), asOf);
    boolean started = !asOf.isBefore(cycle.getStartDate());
    Status status = Pace.status(started, coverage > 0 && !Double.isNaN(result), result, expectation, true,
        evaluator.getSettings().getBehindThreshold());
    return new ObjectiveProgress(objective.getId(), result, expectation, coverage, status,
        objective.getStatusOverride(), counted.contributions, counted.count, own);
  }

  /** Lists an objective's contributions, counted or not, with their shares of its progress. */
  private List<Contribution> explain(int p) {
    Objective objective = plan.getObjectives().get(p);
    List<KeyResultProgress> own = objectives.get(p).getKeyResults();
    RollupSettings settings = objective.getRollup();
    RollupStrategy strategy = evaluator.getStrategies().find(settings.getStrategy());
    Counted counted = new Counted();
    counted.gather(order, p, objective, own, rolled);
    double[] shares = counted.count > 0 ? strategy.shares(counted.ofProgress) : new double[0];
    boolean cap = settings.isCapOverachievement();
    List<Contribution> explain = new ArrayList<>(counted.contributions);
    int next = 0;
    if (settings.getSources() != RollupSources.CHILDREN) {
      for (int k = 0; k < own.size(); k++) {
        KeyResultProgress kr = own.get(k);
        boolean isCounted = next < counted.count && counted.source[next] == k;
        explain.add(new Contribution(Contribution.Kind.KEY_RESULT, kr.getKeyResultId(),
            objective.getKeyResults().get(k).getWeight(),
            isCounted ? counted.progress[next] : (kr.hasData() ? kr.getCountedProgress() : Double.NaN),
            kr.hasData(), isCounted, isCounted ? shares[next] : 0));
        next += isCounted ? 1 : 0;
      }
    }
    if (settings.getSources() != RollupSources.KEY_RESULTS) {
      int[] kids = order.children[p];
      for (int c = 0; c < kids.length; c++) {
        int kid = kids[c];
        boolean kidHasData = rolled.coverage.get(kid) > 0;
        boolean isCounted = next < counted.count && counted.source[next] == -1 - c;
        explain.add(new Contribution(Contribution.Kind.OBJECTIVE, structure.objectiveIds[kid], order.childWeights[p][c],
            isCounted ? counted.progress[next] : (kidHasData ? Counted.childProgress(rolled, kid, cap) : Double.NaN),
            kidHasData, isCounted, isCounted ? shares[next] : 0));
        next += isCounted ? 1 : 0;
      }
    }
    return explain;
  }

  // ------------------------------------------------------------------ queries

  /**
   * Returns the evaluated plan.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the date of the evaluation.
   *
   * @return the as-of date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the evaluator that produced this evaluation.
   *
   * @return the evaluator
   */
  public Evaluator getEvaluator() {
    return evaluator;
  }

  /**
   * Returns every objective's progress, in the plan's objective order (by id).
   *
   * @return the objectives' progress
   */
  public List<ObjectiveProgress> getObjectives() {
    return Collections.unmodifiableList(objectives);
  }

  /**
   * Returns the date of the evaluation, as {@link #getAsOf()} does.
   *
   * @return the as-of date
   */
  @Override
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns every objective's progress, as {@link #getObjectives()} does.
   *
   * @return the objectives' progress, in the plan's objective order (by id)
   */
  @Override
  public List<ObjectiveProgress> objectives() {
    return getObjectives();
  }

  /**
   * Returns 0: a whole evaluation names every contribution.
   *
   * @param objectiveId the objective id
   * @return 0
   * @throws UnknownIdException if the plan has no such objective
   */
  @Override
  public int restrictedContributionCount(String objectiveId) {
    position(objectiveId);
    return 0;
  }

  /**
   * Returns an objective's progress.
   *
   * @param objectiveId the objective id
   * @return its progress
   * @throws UnknownIdException if the plan has no such objective
   */
  @Override
  public ObjectiveProgress objective(String objectiveId) {
    return objectives.get(position(objectiveId));
  }

  /**
   * Returns a key result's progress.
   *
   * @param keyResultId the key result id
   * @return its progress
   * @throws UnknownIdException if the plan has no such key result
   */
  @Override
  public KeyResultProgress keyResult(String keyResultId) {
    int g = structure.keyResultIndex(Objects.requireNonNull(keyResultId, "keyResultId"));
    if (g < 0) {
      throw new UnknownIdException("key result", keyResultId);
    }
    int p = structure.keyResultObjective[g];
    return objectives.get(p).getKeyResults().get(g - structure.keyResultStart[p]);
  }

  private int position(String objectiveId) {
    int p = structure.objectivePosition(Objects.requireNonNull(objectiveId, "objectiveId"));
    if (p < 0) {
      throw new UnknownIdException("objective", objectiveId);
    }
    return p;
  }

  /**
   * Lists an objective's contributions — its key results, then its contributing children — with
   * their weight, counted progress and share of the objective's progress.
   *
   * @param objectiveId the objective id
   * @return the contributions, key results in the objective's order, children by id
   * @throws UnknownIdException if the plan has no such objective
   */
  @Override
  public List<Contribution> contributions(String objectiveId) {
    int p = position(objectiveId);
    return Collections.unmodifiableList(explain(p));
  }

  /**
   * Returns the effective share of a key result or objective in one of its ancestors: the product
   * of the shares along each contributing path, summed over all paths. This is how a team sees how
   * its work moves the establishment's strategy.
   *
   * @param id a key result id or an objective id
   * @param ancestorObjectiveId the ancestor objective id
   * @return the share, from 0 to 1; 0 when {@code id} does not contribute to that objective
   * @throws UnknownIdException if the plan has no such key result, objective or ancestor
   */
  public double effectiveShare(String id, String ancestorObjectiveId) {
    position(ancestorObjectiveId);
    return effectiveShares(id).getOrDefault(ancestorObjectiveId, 0.0);
  }

  /**
   * Returns the effective share of a key result or objective in each objective it contributes to,
   * directly or not.
   *
   * @param id a key result id or an objective id
   * @return the share in each objective it contributes to, by objective id; a key result's own
   *     objective is included, an objective itself is not
   * @throws UnknownIdException if the plan has neither a key result nor an objective with this id
   */
  public Map<String, Double> effectiveShares(String id) {
    Objects.requireNonNull(id, "id");
    Map<Integer, Double> share = new HashMap<>();
    int start;
    int g = structure.keyResultIndex(id);
    if (g >= 0) {
      start = structure.keyResultObjective[g];
      share.put(start, shareOf(start, Contribution.Kind.KEY_RESULT, id));
    } else {
      start = position(id);
      share.put(start, 1.0);
    }
    for (int node : order.upwardClosure(start)) {
      double own = share.getOrDefault(node, 0.0);
      if (own == 0) {
        continue;
      }
      for (int parent : order.parents[node]) {
        double part = shareOf(parent, Contribution.Kind.OBJECTIVE, structure.objectiveIds[node]);
        share.merge(parent, own * part, Double::sum);
      }
    }
    Map<String, Double> result = new TreeMap<>();
    for (Map.Entry<Integer, Double> entry : share.entrySet()) {
      if (g >= 0 || entry.getKey() != start) {
        result.put(structure.objectiveIds[entry.getKey()], entry.getValue());
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private double shareOf(int objective, Contribution.Kind kind, String sourceId) {
    for (Contribution contribution : contributions(structure.objectiveIds[objective])) {
      if (contribution.getKind() == kind && contribution.getSourceId().equals(sourceId)) {
        return contribution.getShare();
      }
    }
    return 0;
  }

  /**
   * Returns the evaluation of the plan with one more check-in, recomputing only what it changes.
   * This evaluation and its plan are unchanged.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @return the evaluation of {@code getPlan().withCheckIn(keyResultId, checkIn)} as of the same date
   * @throws UnknownIdException if the plan has no such key result
   * @throws fr.okrsante.plan.InvalidPlanException if the check-in does not fit the key result
   */
  public Evaluation withCheckIn(String keyResultId, CheckIn checkIn) {
    return evaluator.update(this, plan.withCheckIn(keyResultId, checkIn), keyResultId);
  }

  @Override
  public String toString() {
    return "Evaluation[" + plan + " as of " + asOf + "]";
  }
}
