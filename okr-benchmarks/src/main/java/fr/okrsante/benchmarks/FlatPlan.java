package fr.okrsante.benchmarks;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.NoDataPolicy;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.RollupSources;
import fr.okrsante.plan.Waypoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written baseline: the same plan as flat arrays (key results and objectives by index,
 * objectives in topological order, check-ins in one array per field), and the same evaluation
 * written as plain loops over them.
 *
 * <p>It does all the work the library does: for each key result it selects the check-in in effect
 * with the same order (date, final before provisional, recorded instant, value, note) and the
 * first final one, applies the same formulas on the same exact decimals (move to target with
 * {@link MathContext#DECIMAL64} division, relative targets resolved at each evaluation, rates
 * recomputed from numerator and denominator, guardrails by days in band after sorting the observed
 * check-ins, milestones, initiatives, computed key results in dependency order), the expected pace
 * and the status; then rolls objectives up children first with the same weights, clamping,
 * no-data policy, coverage and strategies. It only skips what an array program does not need:
 * objects per result, hash lookups by id and the explanation.
 *
 * <p>Not thread-safe: {@link #appendCheckIn} mutates it.
 */
final class FlatPlan {

  static final byte MOVE = 0;
  static final byte MOVE_INITIATIVES = 1;
  static final byte RATE = 2;
  static final byte GUARDRAIL = 3;
  static final byte MILESTONE = 4;
  static final byte MILESTONE_INITIATIVES = 5;
  static final byte COMPUTED = 6;

  static final byte ON_TRACK = 0;
  static final byte BEHIND = 1;
  static final byte AT_RISK = 2;
  static final byte ACHIEVED = 3;
  static final byte NOT_STARTED = 4;
  static final byte NO_DATA = 5;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double EPSILON = 1e-9;
  private static final double BEHIND_THRESHOLD = 0.25;

  // ------------------------------------------------------------------ key results
  final int krCount;
  final String[] krIds;
  final byte[] kind;
  final double[] krWeight;
  final int[] krObjective;
  final int[] startDay;
  final int[] dueDay;
  final int[][] waypointDays;
  final double[][] waypointValues;
  final BigDecimal[] declaredBaseline;
  final boolean[] targetRelative;
  final BigDecimal[] targetAmount;
  final BigDecimal[] low;
  final BigDecimal[] high;
  final byte[] aggregation;
  final int[][] sources;
  final int[] computedOrder;
  /** Initiatives of key result g: iniStart[g] … iniStart[g + 1] − 1. */
  final int[] iniStart;
  final byte[] iniState;
  final int[] iniDoneDay;
  final double[] iniWeight;

  // ------------------------------------------------------------------ check-ins, one slot list per key result
  int[][] ciDay;
  boolean[][] ciFinal;
  long[][] ciRecorded;
  int[][] ciRecordedNano;
  BigDecimal[][] ciValue;
  BigDecimal[][] ciNumerator;
  BigDecimal[][] ciDenominator;
  String[][] ciNote;
  final int[] ciCount;

  // ------------------------------------------------------------------ objectives
  final int objectiveCount;
  final String[] objectiveIds;
  final int[] krStart;
  final int[] order;
  final int[] rank;
  final int[][] children;
  final double[][] childWeights;
  final int[][] parents;
  final boolean[] cap;
  final boolean[] leaveOut;
  final boolean[] useKeyResults;
  final boolean[] useChildren;
  final boolean[] minimum;
  final int[] cycleStart;
  final int[] cycleEnd;

  // ------------------------------------------------------------------ results
  final double[] krRaw;
  final double[] krCounted;
  final double[] krExpected;
  final byte[] krStatus;
  final BigDecimal[] krValue;
  final BigDecimal[] krNumerator;
  final BigDecimal[] krDenominator;
  final double[] progress;
  final double[] expected;
  final double[] coverage;
  final byte[] status;
  private int asOf;
  private double[] scratchWeights = new double[16];
  private double[] scratchProgress = new double[16];
  private double[] scratchExpected = new double[16];
  private int[] scratchOrder = new int[16];

  FlatPlan(Plan plan) {
    List<Objective> objectives = plan.getObjectives();
    objectiveCount = objectives.size();
    objectiveIds = new String[objectiveCount];
    krStart = new int[objectiveCount + 1];
    Map<String, Integer> objectiveIndex = new HashMap<>();
    int count = 0;
    for (int p = 0; p < objectiveCount; p++) {
      objectiveIds[p] = objectives.get(p).getId();
      objectiveIndex.put(objectiveIds[p], p);
      krStart[p] = count;
      count += objectives.get(p).getKeyResults().size();
    }
    krStart[objectiveCount] = count;
    krCount = count;
    krIds = new String[count];
    kind = new byte[count];
    krWeight = new double[count];
    krObjective = new int[count];
    startDay = new int[count];
    dueDay = new int[count];
    waypointDays = new int[count][];
    waypointValues = new double[count][];
    declaredBaseline = new BigDecimal[count];
    targetRelative = new boolean[count];
    targetAmount = new BigDecimal[count];
    low = new BigDecimal[count];
    high = new BigDecimal[count];
    aggregation = new byte[count];
    sources = new int[count][];
    iniStart = new int[count + 1];
    ciDay = new int[count][];
    ciFinal = new boolean[count][];
    ciRecorded = new long[count][];
    ciRecordedNano = new int[count][];
    ciValue = new BigDecimal[count][];
    ciNumerator = new BigDecimal[count][];
    ciDenominator = new BigDecimal[count][];
    ciNote = new String[count][];
    ciCount = new int[count];
    cap = new boolean[objectiveCount];
    leaveOut = new boolean[objectiveCount];
    useKeyResults = new boolean[objectiveCount];
    useChildren = new boolean[objectiveCount];
    minimum = new boolean[objectiveCount];
    cycleStart = new int[objectiveCount];
    cycleEnd = new int[objectiveCount];

    Map<String, Integer> krIndex = new HashMap<>();
    int iniCount = 0;
    for (int p = 0; p < objectiveCount; p++) {
      Objective objective = objectives.get(p);
      Cycle cycle = plan.cycle(objective.getCycleId()).orElseThrow();
      cycleStart[p] = (int) cycle.getStartDate().toEpochDay();
      cycleEnd[p] = (int) cycle.getEndDate().toEpochDay();
      RollupSettings rollup = objective.getRollup();
      cap[p] = rollup.isCapOverachievement();
      leaveOut[p] = rollup.getNoData() == NoDataPolicy.LEAVE_OUT;
      useKeyResults[p] = rollup.getSources() != RollupSources.CHILDREN;
      useChildren[p] = rollup.getSources() != RollupSources.KEY_RESULTS;
      minimum[p] = rollup.getStrategy().equals(RollupSettings.MINIMUM);
      List<KeyResult> krs = objective.getKeyResults();
      for (int k = 0; k < krs.size(); k++) {
        int g = krStart[p] + k;
        KeyResult kr = krs.get(k);
        krIds[g] = kr.getId();
        krIndex.put(kr.getId(), g);
        krObjective[g] = p;
        krWeight[g] = kr.getWeight();
        startDay[g] = (int) kr.getStartDate().orElse(cycle.getStartDate()).toEpochDay();
        dueDay[g] = (int) kr.getDueDate().orElse(cycle.getEndDate()).toEpochDay();
        List<Waypoint> waypoints = kr.getWaypoints();
        waypointDays[g] = new int[waypoints.size()];
        waypointValues[g] = new double[waypoints.size()];
        for (int w = 0; w < waypoints.size(); w++) {
          waypointDays[g][w] = (int) waypoints.get(w).getDate().toEpochDay();
          waypointValues[g][w] = waypoints.get(w).getExpected();
        }
        Metric metric = kr.getMetric();
        if (metric instanceof MoveToTarget move) {
          kind[g] = move.isFromInitiatives() ? MOVE_INITIATIVES : MOVE;
          declaredBaseline[g] = move.effectiveBaseline().orElse(null);
          targetRelative[g] = move.getTarget().isRelative();
          targetAmount[g] = move.getTarget().getAmount();
        } else if (metric instanceof Rate rate) {
          kind[g] = RATE;
          declaredBaseline[g] = rate.getBaseline().orElse(null);
          targetRelative[g] = rate.getTarget().isRelative();
          targetAmount[g] = rate.getTarget().getAmount();
        } else if (metric instanceof Guardrail guardrail) {
          kind[g] = GUARDRAIL;
          low[g] = guardrail.getLow().orElse(null);
          high[g] = guardrail.getHigh().orElse(null);
        } else if (metric instanceof Milestone milestone) {
          kind[g] = milestone.isFromInitiatives() ? MILESTONE_INITIATIVES : MILESTONE;
        } else if (metric instanceof ComputedMetric computed) {
          kind[g] = COMPUTED;
          declaredBaseline[g] = computed.getBaseline();
          targetRelative[g] = computed.getTarget().isRelative();
          targetAmount[g] = computed.getTarget().getAmount();
          aggregation[g] = (byte) computed.getAggregation().ordinal();
        }
        List<CheckIn> checkIns = kr.getCheckIns();
        int n = checkIns.size();
        ciCount[g] = n;
        ciDay[g] = new int[n];
        ciFinal[g] = new boolean[n];
        ciRecorded[g] = new long[n];
        ciRecordedNano[g] = new int[n];
        ciValue[g] = new BigDecimal[n];
        ciNumerator[g] = new BigDecimal[n];
        ciDenominator[g] = new BigDecimal[n];
        ciNote[g] = new String[n];
        for (int c = 0; c < n; c++) {
          set(g, c, checkIns.get(c));
        }
        iniCount += plan.initiativesOf(kr.getId()).size();
      }
    }
    iniState = new byte[iniCount];
    iniDoneDay = new int[iniCount];
    iniWeight = new double[iniCount];
    int i = 0;
    for (int g = 0; g < krCount; g++) {
      iniStart[g] = i;
      for (Initiative initiative : plan.initiativesOf(krIds[g])) {
        iniState[i] = (byte) initiative.getState().ordinal();
        iniDoneDay[i] = initiative.getDoneOn().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
        iniWeight[i] = initiative.getWeight();
        i++;
      }
    }
    iniStart[krCount] = i;

    // Computed key results: sources first.
    int computedCount = 0;
    for (int g = 0; g < krCount; g++) {
      if (kind[g] == COMPUTED) {
        ComputedMetric metric = (ComputedMetric) objectives.get(krObjective[g]).getKeyResults()
            .get(g - krStart[krObjective[g]]).getMetric();
        sources[g] = metric.getSourceIds().stream().mapToInt(krIndex::get).toArray();
        computedCount++;
      } else {
        sources[g] = new int[0];
      }
    }
    computedOrder = new int[computedCount];
    byte[] state = new byte[krCount];
    int[] filled = {0};
    for (int g = 0; g < krCount; g++) {
      if (kind[g] == COMPUTED) {
        visit(g, state, filled);
      }
    }

    // Contributing children and topological order, children first (Kahn on the contributing and
    // informing links alike, as the library orders on every link).
    children = new int[objectiveCount][];
    childWeights = new double[objectiveCount][];
    int[] contributingCount = new int[objectiveCount];
    int[] parentCount = new int[objectiveCount];
    int[] allChildren = new int[objectiveCount];
    List<AlignmentLink> links = plan.getLinks();
    for (AlignmentLink link : links) {
      int parent = objectiveIndex.get(link.getParentId());
      allChildren[parent]++;
      if (link.contributes()) {
        contributingCount[parent]++;
        parentCount[objectiveIndex.get(link.getChildId())]++;
      }
    }
    for (int p = 0; p < objectiveCount; p++) {
      children[p] = new int[contributingCount[p]];
      childWeights[p] = new double[contributingCount[p]];
      contributingCount[p] = 0;
    }
    parents = new int[objectiveCount][];
    for (int p = 0; p < objectiveCount; p++) {
      parents[p] = new int[parentCount[p]];
      parentCount[p] = 0;
    }
    int[] pending = new int[objectiveCount];
    for (AlignmentLink link : links) {
      int parent = objectiveIndex.get(link.getParentId());
      int child = objectiveIndex.get(link.getChildId());
      pending[parent]++;
      if (link.contributes()) {
        children[parent][contributingCount[parent]] = child;
        childWeights[parent][contributingCount[parent]++] = link.getWeight();
        parents[child][parentCount[child]++] = parent;
      }
    }
    // Children in the library's order (by child id, as plan links are sorted).
    int[][] allParents = new int[objectiveCount][];
    int[] fill = new int[objectiveCount];
    for (AlignmentLink link : links) {
      fill[objectiveIndex.get(link.getChildId())]++;
    }
    for (int p = 0; p < objectiveCount; p++) {
      allParents[p] = new int[fill[p]];
      fill[p] = 0;
    }
    for (AlignmentLink link : links) {
      int child = objectiveIndex.get(link.getChildId());
      allParents[child][fill[child]++] = objectiveIndex.get(link.getParentId());
    }
    order = new int[objectiveCount];
    rank = new int[objectiveCount];
    int head = 0;
    int tail = 0;
    for (int p = 0; p < objectiveCount; p++) {
      if (pending[p] == 0) {
        order[tail++] = p;
      }
    }
    while (head < tail) {
      int node = order[head++];
      for (int parent : allParents[node]) {
        if (--pending[parent] == 0) {
          order[tail++] = parent;
        }
      }
    }
    if (tail != objectiveCount) {
      throw new IllegalStateException("alignment cycle");
    }
    for (int r = 0; r < objectiveCount; r++) {
      rank[order[r]] = r;
    }

    krRaw = new double[krCount];
    krCounted = new double[krCount];
    krExpected = new double[krCount];
    krStatus = new byte[krCount];
    krValue = new BigDecimal[krCount];
    krNumerator = new BigDecimal[krCount];
    krDenominator = new BigDecimal[krCount];
    progress = new double[objectiveCount];
    expected = new double[objectiveCount];
    coverage = new double[objectiveCount];
    status = new byte[objectiveCount];
  }

  private void visit(int root, byte[] state, int[] filled) {
    // Iterative post-order over computed sources.
    int[] stack = new int[krCount];
    int[] next = new int[krCount];
    if (state[root] != 0) {
      return;
    }
    int depth = 0;
    stack[0] = root;
    state[root] = 1;
    while (depth >= 0) {
      int node = stack[depth];
      if (next[depth] < sources[node].length) {
        int source = sources[node][next[depth]++];
        if (state[source] == 0 && kind[source] == COMPUTED) {
          state[source] = 1;
          stack[++depth] = source;
          next[depth] = 0;
        }
      } else {
        state[node] = 2;
        computedOrder[filled[0]++] = node;
        depth--;
      }
    }
  }

  private void set(int g, int c, CheckIn checkIn) {
    ciDay[g][c] = (int) checkIn.getObservedOn().toEpochDay();
    ciFinal[g][c] = checkIn.isFinal();
    ciRecorded[g][c] = checkIn.getRecordedAt().getEpochSecond();
    ciRecordedNano[g][c] = checkIn.getRecordedAt().getNano();
    ciValue[g][c] = checkIn.getValue();
    ciNumerator[g][c] = checkIn.getNumerator().orElse(null);
    ciDenominator[g][c] = checkIn.getDenominator().orElse(null);
    ciNote[g][c] = checkIn.getNote();
  }

  /** Appends a check-in to key result g, growing its slots by one (as an append-only history). */
  void appendCheckIn(int g, CheckIn checkIn) {
    int n = ciCount[g];
    ciDay[g] = Arrays.copyOf(ciDay[g], n + 1);
    ciFinal[g] = Arrays.copyOf(ciFinal[g], n + 1);
    ciRecorded[g] = Arrays.copyOf(ciRecorded[g], n + 1);
    ciRecordedNano[g] = Arrays.copyOf(ciRecordedNano[g], n + 1);
    ciValue[g] = Arrays.copyOf(ciValue[g], n + 1);
    ciNumerator[g] = Arrays.copyOf(ciNumerator[g], n + 1);
    ciDenominator[g] = Arrays.copyOf(ciDenominator[g], n + 1);
    ciNote[g] = Arrays.copyOf(ciNote[g], n + 1);
    set(g, n, checkIn);
    ciCount[g] = n + 1;
  }

  /** Removes the last check-in of key result g (to undo {@link #appendCheckIn} between runs). */
  void dropLastCheckIn(int g) {
    ciCount[g]--;
  }

  int keyResultIndex(String id) {
    for (int g = 0; g < krCount; g++) {
      if (krIds[g].equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException(id);
  }

  // ------------------------------------------------------------------ full evaluation

  /** Evaluates every key result and objective as of a date into the result arrays. */
  void evaluate(LocalDate date) {
    asOf = (int) date.toEpochDay();
    for (int g = 0; g < krCount; g++) {
      if (kind[g] != COMPUTED) {
        keyResult(g);
      }
    }
    for (int g : computedOrder) {
      keyResult(g);
    }
    for (int p : order) {
      objective(p);
    }
  }

  /**
   * Re-evaluates after key result g changed: the key result, the computed ones that depend on it,
   * and the objectives above them, children first.
   */
  void update(int g, LocalDate date, int[] dependents, int[] objectiveScratch, boolean[] marked) {
    asOf = (int) date.toEpochDay();
    keyResult(g);
    for (int d : dependents) {
      keyResult(d);
    }
    int n = 0;
    objectiveScratch[n++] = krObjective[g];
    marked[krObjective[g]] = true;
    for (int d : dependents) {
      if (!marked[krObjective[d]]) {
        marked[krObjective[d]] = true;
        objectiveScratch[n++] = krObjective[d];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int parent : parents[objectiveScratch[i]]) {
        if (!marked[parent]) {
          marked[parent] = true;
          objectiveScratch[n++] = parent;
        }
      }
    }
    // Children first: sort the touched objectives by rank (insertion sort, n is small).
    for (int i = 1; i < n; i++) {
      int value = objectiveScratch[i];
      int j = i - 1;
      while (j >= 0 && rank[objectiveScratch[j]] > rank[value]) {
        objectiveScratch[j + 1] = objectiveScratch[j];
        j--;
      }
      objectiveScratch[j + 1] = value;
    }
    for (int i = 0; i < n; i++) {
      objective(objectiveScratch[i]);
      marked[objectiveScratch[i]] = false;
    }
  }

  private int compareInEffect(int g, int a, int b) {
    int c = Integer.compare(ciDay[g][a], ciDay[g][b]);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(ciFinal[g][a], ciFinal[g][b]);
    if (c != 0) {
      return c;
    }
    return compareRecordedValueNote(g, a, b);
  }

  private int compareRecordedValueNote(int g, int a, int b) {
    int c = Long.compare(ciRecorded[g][a], ciRecorded[g][b]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(ciRecordedNano[g][a], ciRecordedNano[g][b]);
    if (c != 0) {
      return c;
    }
    c = ciValue[g][a].compareTo(ciValue[g][b]);
    return c != 0 ? c : ciNote[g][a].compareTo(ciNote[g][b]);
  }

  private int compareFirstFinal(int g, int a, int b) {
    int c = Integer.compare(ciDay[g][a], ciDay[g][b]);
    return c != 0 ? c : compareRecordedValueNote(g, a, b);
  }

  private void keyResult(int g) {
    int start = startDay[g];
    int due = dueDay[g];
    boolean started = asOf >= start;
    int latest = -1;
    int firstFinal = -1;
    int n = ciCount[g];
    int[] days = ciDay[g];
    for (int c = 0; c < n; c++) {
      if (days[c] > asOf) {
        continue;
      }
      if (latest < 0 || compareInEffect(g, c, latest) > 0) {
        latest = c;
      }
      if (ciFinal[g][c] && (firstFinal < 0 || compareFirstFinal(g, c, firstFinal) < 0)) {
        firstFinal = c;
      }
    }
    double raw = Double.NaN;
    BigDecimal value = null;
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    switch (kind[g]) {
      case MOVE, MOVE_INITIATIVES -> {
        if (kind[g] == MOVE_INITIATIVES) {
          value = BigDecimal.valueOf(countDone(g));
        } else if (latest >= 0) {
          value = ciValue[g][latest];
        }
        BigDecimal baseline = declaredBaseline[g];
        if (baseline == null && firstFinal >= 0) {
          baseline = ciValue[g][firstFinal];
        }
        raw = moveToTarget(g, value, baseline);
      }
      case RATE -> {
        if (latest >= 0) {
          numerator = ciNumerator[g][latest];
          denominator = ciDenominator[g][latest];
          value = numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
        }
        BigDecimal baseline = declaredBaseline[g];
        if (baseline == null && firstFinal >= 0) {
          baseline = ciNumerator[g][firstFinal].multiply(HUNDRED).divide(ciDenominator[g][firstFinal], MathContext.DECIMAL64);
        }
        raw = moveToTarget(g, value, baseline);
      }
      case GUARDRAIL -> {
        if (latest >= 0) {
          value = ciValue[g][latest];
          raw = timeInBand(g, start, due, latest);
        }
      }
      case MILESTONE -> {
        if (latest >= 0) {
          value = ciValue[g][latest];
          raw = value.signum() == 0 ? 0 : 1;
        }
      }
      case MILESTONE_INITIATIVES -> {
        double total = 0;
        double done = 0;
        for (int i = iniStart[g]; i < iniStart[g + 1]; i++) {
          if (iniState[i] != InitiativeState.CANCELLED.ordinal()) {
            total += iniWeight[i];
            done += doneAsOf(i) ? iniWeight[i] : 0;
          }
        }
        value = BigDecimal.valueOf(countDone(g));
        if (total > 0) {
          raw = done / total;
        }
      }
      default -> {
        // Computed: aggregate the sources that have a value.
        int withData = 0;
        BigDecimal result = null;
        BigDecimal sumNumerators = BigDecimal.ZERO;
        BigDecimal sumDenominators = BigDecimal.ZERO;
        int aggregate = aggregation[g];
        for (int source : sources[g]) {
          BigDecimal sourceValue = krValue[source];
          if (sourceValue == null) {
            continue;
          }
          withData++;
          if (aggregate == Aggregation.POOLED_RATE.ordinal()) {
            sumNumerators = sumNumerators.add(krNumerator[source]);
            sumDenominators = sumDenominators.add(krDenominator[source]);
          } else if (result == null) {
            result = sourceValue;
          } else if (aggregate == Aggregation.MIN.ordinal()) {
            result = result.min(sourceValue);
          } else if (aggregate == Aggregation.MAX.ordinal()) {
            result = result.max(sourceValue);
          } else {
            result = result.add(sourceValue);
          }
        }
        if (withData > 0) {
          if (aggregate == Aggregation.POOLED_RATE.ordinal()) {
            numerator = sumNumerators;
            denominator = sumDenominators;
            value = sumNumerators.multiply(HUNDRED).divide(sumDenominators, MathContext.DECIMAL64);
          } else {
            value = aggregate == Aggregation.MEAN.ordinal()
                ? result.divide(BigDecimal.valueOf(withData), MathContext.DECIMAL64) : result;
          }
        }
        raw = moveToTarget(g, value, declaredBaseline[g]);
      }
    }
    boolean hasData = !Double.isNaN(raw);
    boolean guardrail = kind[g] == GUARDRAIL;
    double expectedProgress = guardrail ? (started ? 1 : 0) : pace(g, start, due);
    krRaw[g] = raw;
    krCounted[g] = hasData ? count(raw, cap[krObjective[g]]) : 0;
    krExpected[g] = expectedProgress;
    krStatus[g] = status(started, hasData, raw, expectedProgress, !guardrail || asOf >= due);
    krValue[g] = value;
    krNumerator[g] = numerator;
    krDenominator[g] = denominator;
  }

  private boolean doneAsOf(int i) {
    return iniState[i] == InitiativeState.DONE.ordinal() && (iniDoneDay[i] == Integer.MIN_VALUE || iniDoneDay[i] <= asOf);
  }

  private long countDone(int g) {
    long done = 0;
    for (int i = iniStart[g]; i < iniStart[g + 1]; i++) {
      if (doneAsOf(i)) {
        done++;
      }
    }
    return done;
  }

  private double moveToTarget(int g, BigDecimal value, BigDecimal baseline) {
    if (baseline == null) {
      return Double.NaN;
    }
    BigDecimal resolved = targetRelative[g]
        ? baseline.multiply(HUNDRED.add(targetAmount[g])).divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros()
        : targetAmount[g];
    if (value == null) {
      return Double.NaN;
    }
    BigDecimal span = resolved.subtract(baseline);
    if (span.signum() == 0) {
      return value.compareTo(resolved) == 0 ? 1 : 0;
    }
    return value.subtract(baseline).divide(span, MathContext.DECIMAL64).doubleValue();
  }

  private boolean inBand(int g, BigDecimal value) {
    return (low[g] == null || value.compareTo(low[g]) >= 0) && (high[g] == null || value.compareTo(high[g]) <= 0);
  }

  private double timeInBand(int g, int start, int due, int latest) {
    int n = ciCount[g];
    if (scratchOrder.length < n) {
      scratchOrder = new int[n];
    }
    int[] observed = scratchOrder;
    int m = 0;
    for (int c = 0; c < n; c++) {
      if (ciDay[g][c] <= asOf) {
        // Insertion sort in effect order (stable, as the library's list sort).
        int j = m - 1;
        while (j >= 0 && compareInEffect(g, observed[j], c) > 0) {
          observed[j + 1] = observed[j];
          j--;
        }
        observed[j + 1] = c;
        m++;
      }
    }
    int[] days = ciDay[g];
    int from = Math.max(days[observed[0]], start);
    int to = Math.min(asOf, due);
    if (to < from) {
      return inBand(g, ciValue[g][latest]) ? 1 : 0;
    }
    long total = to - from + 1L;
    long in = 0;
    BigDecimal current = null;
    int since = from;
    int i = 0;
    while (i < m && days[observed[i]] <= from) {
      current = ciValue[g][observed[i]];
      i++;
    }
    while (i < m && days[observed[i]] <= to) {
      int date = days[observed[i]];
      int j = i;
      while (j + 1 < m && days[observed[j + 1]] == date) {
        j++;
      }
      if (current != null && inBand(g, current)) {
        in += date - since;
      }
      current = ciValue[g][observed[j]];
      since = date;
      i = j + 1;
    }
    if (current != null && inBand(g, current)) {
      in += to - since + 1L;
    }
    return (double) in / total;
  }

  private double pace(int g, int start, int due) {
    int[] wDays = waypointDays[g];
    if (wDays.length == 0) {
      return linear(start, due);
    }
    double[] wValues = waypointValues[g];
    int previousDate = start;
    double previousValue = 0;
    for (int w = 0; w < wDays.length; w++) {
      if (wDays[w] < start) {
        continue;
      }
      if (asOf <= wDays[w]) {
        if (wDays[w] == previousDate) {
          return asOf < previousDate ? 0 : wValues[w];
        }
        if (asOf < previousDate) {
          return 0;
        }
        double fraction = (double) (asOf - previousDate) / (wDays[w] - previousDate);
        return previousValue + (wValues[w] - previousValue) * fraction;
      }
      previousDate = wDays[w];
      previousValue = wValues[w];
    }
    if (previousDate >= due) {
      return previousValue;
    }
    double fraction = Math.min(1, (double) (asOf - previousDate) / (due - previousDate));
    return previousValue + (1 - previousValue) * fraction;
  }

  private double linear(int start, int due) {
    if (asOf < start) {
      return 0;
    }
    if (asOf >= due) {
      return 1;
    }
    return (double) (asOf - start) / (due - start);
  }

  private static double count(double raw, boolean cap) {
    double floor = Math.max(0, raw);
    return cap ? Math.min(1, floor) : floor;
  }

  private static byte status(boolean started, boolean hasData, double value, double expectedValue, boolean achievable) {
    if (!started) {
      return NOT_STARTED;
    }
    if (!hasData) {
      return NO_DATA;
    }
    if (achievable && value >= 1 - EPSILON) {
      return ACHIEVED;
    }
    double shortfall = expectedValue - value;
    if (shortfall <= EPSILON) {
      return ON_TRACK;
    }
    return shortfall <= BEHIND_THRESHOLD + EPSILON ? BEHIND : AT_RISK;
  }

  // ------------------------------------------------------------------ rollup

  private void objective(int p) {
    int capacity = krStart[p + 1] - krStart[p] + children[p].length;
    if (scratchWeights.length < capacity) {
      scratchWeights = new double[capacity];
      scratchProgress = new double[capacity];
      scratchExpected = new double[capacity];
    }
    double[] weights = scratchWeights;
    double[] values = scratchProgress;
    double[] expectations = scratchExpected;
    double covered = 0;
    double total = 0;
    int counted = 0;
    boolean leave = leaveOut[p];
    if (useKeyResults[p]) {
      for (int g = krStart[p]; g < krStart[p + 1]; g++) {
        double weight = krWeight[g];
        boolean hasData = !Double.isNaN(krRaw[g]);
        total += weight;
        covered += hasData ? weight : 0;
        if (weight > 0 && (hasData || !leave)) {
          weights[counted] = weight;
          values[counted] = krCounted[g];
          expectations[counted] = krExpected[g];
          counted++;
        }
      }
    }
    if (useChildren[p]) {
      int[] kids = children[p];
      double[] kidWeights = childWeights[p];
      for (int c = 0; c < kids.length; c++) {
        int kid = kids[c];
        double weight = kidWeights[c];
        boolean hasData = coverage[kid] > 0;
        total += weight;
        covered += weight * coverage[kid];
        if (weight > 0 && (hasData || !leave)) {
          weights[counted] = weight;
          values[counted] = hasData ? count(Double.isNaN(progress[kid]) ? 0 : progress[kid], cap[p]) : 0;
          expectations[counted] = expected[kid];
          counted++;
        }
      }
    }
    double cover = total > 0 ? covered / total : 0;
    double result = counted > 0 ? combine(p, weights, values, counted) : Double.NaN;
    double expectation = counted > 0 ? combine(p, weights, expectations, counted)
        : linear(cycleStart[p], cycleEnd[p]);
    progress[p] = result;
    expected[p] = expectation;
    coverage[p] = cover;
    status[p] = status(asOf >= cycleStart[p], cover > 0 && !Double.isNaN(result), result, expectation, true);
  }

  private double combine(int p, double[] weights, double[] values, int count) {
    if (minimum[p]) {
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < count; i++) {
        min = Math.min(min, values[i]);
      }
      return min;
    }
    double total = 0;
    double sum = 0;
    for (int i = 0; i < count; i++) {
      total += weights[i];
      sum += weights[i] * values[i];
    }
    return sum / total;
  }
}
