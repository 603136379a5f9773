package fr.okrsante.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The key-result formulas of DESIGN §4.1, applied to one key result at one date. */
final class KeyResultMath {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Orders check-ins so that the last one is the one in effect: latest observation date, then a
   * final one before a provisional one, then the latest recorded; value and note break the
   * remaining ties so the result never depends on input order.
   */
  static final Comparator<CheckIn> IN_EFFECT_LAST = Comparator
      .comparing(CheckIn::getObservedOn)
      .thenComparing(CheckIn::isFinal)
      .thenComparing(CheckIn::getRecordedAt)
      .thenComparing(CheckIn::getValue)
      .thenComparing(CheckIn::getNote);

  /** The first final check-in, which sets an unknown baseline, sorts first. */
  static final Comparator<CheckIn> FIRST_FINAL_FIRST = Comparator
      .comparing(CheckIn::getObservedOn)
      .thenComparing(CheckIn::getRecordedAt)
      .thenComparing(CheckIn::getValue)
      .thenComparing(CheckIn::getNote);

  private KeyResultMath() {}

  /** The measured state of a key result before it is compared with its pace. */
  private static final class Measure {
    double raw = Double.NaN;
    @Nullable BigDecimal value;
    @Nullable BigDecimal numerator;
    @Nullable BigDecimal denominator;
    @Nullable BigDecimal baseline;
    @Nullable BigDecimal target;
  }

  static KeyResultProgress evaluate(KeyResult kr, Objective objective, Cycle cycle, List<Initiative> initiatives,
      LocalDate asOf, @Nullable Function<String, KeyResultProgress> sources, EvaluationSettings settings) {
    LocalDate start = kr.getStartDate().orElse(cycle.getStartDate());
    LocalDate due = kr.getDueDate().orElse(cycle.getEndDate());
    boolean started = !asOf.isBefore(start);

    // Read from the check-in columns: no check-in is built (ties on a date compare the columns too).
    int latestAt = -1;
    int firstFinalAt = -1;
    long latestDay = 0;
    long firstFinalDay = 0;
    int late = 0;
    java.time.Instant closedAt = cycle.getClosedAt().orElse(null);
    long asOfDay = asOf.toEpochDay();
    CheckInColumns checkIns = kr.checkInColumns();
    for (int i = 0, n = checkIns.size(); i < n; i++) {
      if (closedAt != null && checkIns.recordedAfter(i, closedAt)) {
        late++;
      }
      long observed = checkIns.observedEpochDay(i);
      if (observed > asOfDay) {
        continue;
      }
      // The dates decide almost always; the full orders break ties.
      if (latestAt < 0 || observed > latestDay
          || observed == latestDay && checkIns.compareForEffect(i, latestAt, true) > 0) {
        latestAt = i;
        latestDay = observed;
      }
      if (checkIns.isFinal(i) && (firstFinalAt < 0 || observed < firstFinalDay
          || observed == firstFinalDay && checkIns.compareForEffect(i, firstFinalAt, false) < 0)) {
        firstFinalAt = i;
        firstFinalDay = observed;
      }
    }

    Metric metric = kr.getMetric();
    // a switch expression without default: a new metric kind fails to compile until it is measured here
    Measure m = switch (metric.kind()) {
      case MOVE_TO_TARGET -> measureMoveToTarget((MoveToTarget) metric, initiatives, asOf, checkIns, latestAt, firstFinalAt);
      case RATE -> measureRate((Rate) metric, checkIns, latestAt, firstFinalAt);
      case GUARDRAIL -> measureGuardrail((Guardrail) metric, checkIns, start, due, asOf, latestAt);
      case MILESTONE -> measureMilestone(metric, initiatives, asOf, checkIns, latestAt);
      case COMPUTED -> measureComputed((ComputedMetric) metric, sources);
    };

    boolean hasData = !Double.isNaN(m.raw);
    boolean guardrail = metric.kind() == MetricKind.GUARDRAIL;
    double expected = guardrail ? (started ? 1 : 0) : Pace.expected(start, due, kr.getWaypoints(), asOf);
    double counted = hasData ? count(m.raw, objective.getRollup().isCapOverachievement()) : 0;
    boolean achievable = !guardrail || !asOf.isBefore(due);
    Status status = Pace.status(started, hasData, m.raw, expected, achievable, settings.getBehindThreshold());
    boolean stale = latestAt >= 0 && kr.getCadence().isPresent()
        && checkIns.observedOn(latestAt).plus(kr.getCadence().get()).isBefore(asOf);
    return new KeyResultProgress(kr.getId(), objective.getId(), m.raw, counted, expected, status,
        kr.getStatusOverride().orElse(null), m.value, m.numerator, m.denominator, m.baseline, m.target,
        latestAt < 0 ? null : checkIns, latestAt, stale, late);
  }

  /** Regression counts as 0; overachievement as 1 when capped. */
  static double count(double raw, boolean cap) {
    double floor = Math.max(0, raw);
    return cap ? Math.min(1, floor) : floor;
  }

  private static Measure measureMoveToTarget(MoveToTarget move, List<Initiative> initiatives, LocalDate asOf,
      CheckInColumns checkIns, int latestAt, int firstFinalAt) {
    Measure m = new Measure();
    if (move.isFromInitiatives()) {
      m.value = BigDecimal.valueOf(countDone(initiatives, asOf));
    } else if (latestAt >= 0) {
      m.value = checkIns.value(latestAt);
    }
    BigDecimal baseline = move.getBaseline().orElse(move.isFromInitiatives() ? BigDecimal.ZERO : null);
    if (baseline == null && firstFinalAt >= 0) {
      baseline = checkIns.value(firstFinalAt);
    }
    moveToTarget(m, baseline, move.getTarget());
    return m;
  }

  private static Measure measureRate(Rate rate, CheckInColumns checkIns, int latestAt, int firstFinalAt) {
    Measure m = new Measure();
    if (latestAt >= 0) {
      BigDecimal numerator = checkIns.numerator(latestAt);
      BigDecimal denominator = checkIns.denominator(latestAt);
      m.numerator = numerator;
      m.denominator = denominator;
      m.value = percent(numerator, denominator);
    }
    BigDecimal baseline = rate.getBaseline().orElse(null);
    if (baseline == null && firstFinalAt >= 0) {
      baseline = percent(checkIns.numerator(firstFinalAt), checkIns.denominator(firstFinalAt));
    }
    moveToTarget(m, baseline, rate.getTarget());
    return m;
  }

  private static Measure measureGuardrail(Guardrail guardrail, CheckInColumns checkIns, LocalDate start, LocalDate due,
      LocalDate asOf, int latestAt) {
    Measure m = new Measure();
    if (latestAt >= 0) {
      m.value = checkIns.value(latestAt);
      m.raw = timeInBand(checkIns, guardrail, start, due, asOf, latestAt);
    }
    return m;
  }

  private static Measure measureMilestone(Metric metric, List<Initiative> initiatives, LocalDate asOf,
      CheckInColumns checkIns, int latestAt) {
    Measure m = new Measure();
    if (metric.takesInitiatives()) {
      double total = 0;
      double done = 0;
      for (Initiative initiative : initiatives) {
        if (initiative.getState() != InitiativeState.CANCELLED) {
          total += initiative.getWeight();
          done += initiative.isDoneAsOf(asOf) ? initiative.getWeight() : 0;
        }
      }
      m.value = BigDecimal.valueOf(countDone(initiatives, asOf));
      if (total > 0) {
        m.raw = done / total;
      }
    } else if (latestAt >= 0) {
      BigDecimal value = checkIns.value(latestAt);
      m.value = value;
      m.raw = value.signum() == 0 ? 0 : 1;
    }
    return m;
  }

  private static Measure measureComputed(ComputedMetric computed, @Nullable Function<String, KeyResultProgress> sources) {
    Measure m = new Measure();
    aggregate(m, computed, Objects.requireNonNull(sources, "a computed key result is evaluated with its sources"));
    moveToTarget(m, computed.getBaseline(), computed.getTarget());
    return m;
  }

  private static long countDone(List<Initiative> initiatives, LocalDate asOf) {
    long done = 0;
    for (Initiative initiative : initiatives) {
      if (initiative.isDoneAsOf(asOf)) {
        done++;
      }
    }
    return done;
  }

  private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
  }

  /** Progress = (current − baseline) / (target − baseline), once the baseline is known. */
  private static void moveToTarget(Measure m, @Nullable BigDecimal baseline, Target target) {
    m.baseline = baseline;
    if (baseline == null) {
      m.target = target.isRelative() ? null : target.getAmount();
      return;
    }
    BigDecimal resolved = target.resolve(baseline);
    m.target = resolved;
    BigDecimal value = m.value;
    if (value == null) {
      return;
    }
    BigDecimal span = resolved.subtract(baseline);
    if (span.signum() == 0) {
      // Only possible when a found baseline equals the target: reached or not.
      m.raw = value.compareTo(resolved) == 0 ? 1 : 0;
      return;
    }
    m.raw = value.subtract(baseline).divide(span, MathContext.DECIMAL64).doubleValue();
  }

  /**
   * Share of the days from the later of the start and the first observation, to the earlier of
   * the date and the due date (both inclusive), on which the value in effect was in the band.
   * Reads days and values from the columns.
   */
  private static double timeInBand(CheckInColumns checkIns, Guardrail guardrail, LocalDate start, LocalDate due,
      LocalDate asOf, int latestAt) {
    Band band = new Band(guardrail);
    int[] observed = inEffectOrder(checkIns, asOf.toEpochDay());
    int count = observed == null ? prefixObservedBy(checkIns, asOf.toEpochDay()) : observed.length;
    long firstDay = checkIns.observedEpochDay(at(observed, 0));
    long from = Math.max(firstDay, start.toEpochDay());
    long to = Math.min(asOf.toEpochDay(), due.toEpochDay());
    if (to < from) {
      return band.holds(checkIns, latestAt) ? 1 : 0;
    }
    long total = to - from + 1;
    long inBand = 0;
    // Walk the check-ins in effect order; each value holds from its date until the next date.
    int current = -1;
    long currentSince = from;
    int i = 0;
    while (i < count && checkIns.observedEpochDay(at(observed, i)) <= from) {
      current = at(observed, i);
      i++;
    }
    while (i < count && checkIns.observedEpochDay(at(observed, i)) <= to) {
      long date = checkIns.observedEpochDay(at(observed, i));
      // Several check-ins on one date: the last in effect order wins.
      int j = i;
      while (j + 1 < count && checkIns.observedEpochDay(at(observed, j + 1)) == date) {
        j++;
      }
      if (current >= 0 && band.holds(checkIns, current)) {
        inBand += date - currentSince;
      }
      current = at(observed, j);
      currentSince = date;
      i = j + 1;
    }
    if (current >= 0 && band.holds(checkIns, current)) {
      inBand += to - currentSince + 1;
    }
    return (double) inBand / total;
  }

  /** The position of the {@code i}-th check-in in effect order: {@code i} itself when the list is in that order. */
  private static int at(int @Nullable [] observed, int i) {
    return observed == null ? i : observed[i];
  }

  /**
   * The positions of the check-ins observed on or before the day, in {@link #IN_EFFECT_LAST}
   * order; null when the list is already in that order (check-ins are almost always appended with
   * strictly later dates), the ones to use then being a prefix of it, read without a copy.
   */
  private static int @Nullable [] inEffectOrder(CheckInColumns checkIns, long asOfDay) {
    int n = checkIns.size();
    for (int i = 1; i < n; i++) {
      if (checkIns.observedEpochDay(i) <= checkIns.observedEpochDay(i - 1)) {
        Integer[] positions = new Integer[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
          if (checkIns.observedEpochDay(k) <= asOfDay) {
            positions[count++] = k;
          }
        }
        Arrays.sort(positions, 0, count, (a, b) -> checkIns.compareForEffect(a, b, true));
        int[] observed = new int[count];
        for (int k = 0; k < count; k++) {
          observed[k] = positions[k];
        }
        return observed;
      }
    }
    return null;
  }

  /** How many check-ins of a list in date order are observed on or before the day. */
  private static int prefixObservedBy(CheckInColumns checkIns, long asOfDay) {
    int prefix = 0;
    while (prefix < checkIns.size() && checkIns.observedEpochDay(prefix) <= asOfDay) {
      prefix++;
    }
    return prefix;
  }

  /** A guardrail's bounds, read once, compared with check-in values in the columns. */
  private static final class Band {
    private final @Nullable BigDecimal low;
    private final @Nullable BigDecimal high;
    private final long lowUnscaled;
    private final long highUnscaled;

    Band(Guardrail guardrail) {
      low = compact(guardrail.getLow().orElse(null));
      high = compact(guardrail.getHigh().orElse(null));
      lowUnscaled = low == null || low.precision() > 18 ? 0 : low.unscaledValue().longValueExact();
      highUnscaled = high == null || high.precision() > 18 ? 0 : high.unscaledValue().longValueExact();
    }

    /** The bound, with its digits in a long (trailing zeros stripped if needed; the comparison ignores scale). */
    private static @Nullable BigDecimal compact(@Nullable BigDecimal bound) {
      if (bound == null || bound.precision() <= 18) {
        return bound;
      }
      BigDecimal stripped = bound.stripTrailingZeros();
      return stripped.precision() <= 18 ? stripped : bound;
    }

    /** {@link Guardrail#isMet} of the value of the check-in at a position. */
    boolean holds(CheckInColumns checkIns, int index) {
      return (low == null || compare(checkIns, index, low, lowUnscaled) >= 0)
          && (high == null || compare(checkIns, index, high, highUnscaled) <= 0);
    }

    private static int compare(CheckInColumns checkIns, int index, BigDecimal bound, long unscaled) {
      return bound.precision() <= 18 ? checkIns.compareValue(index, unscaled, bound.scale())
          : checkIns.value(index).compareTo(bound);
    }
  }

  private static void aggregate(Measure m, ComputedMetric computed, Function<String, KeyResultProgress> sources) {
    List<KeyResultProgress> withData = new ArrayList<>();
    for (String id : computed.getSourceIds()) {
      KeyResultProgress source = sources.apply(id);
      if (source.getCurrentValue().isPresent()) {
        withData.add(source);
      }
    }
    if (withData.isEmpty()) {
      return;
    }
    Aggregation aggregation = computed.getAggregation();
    if (aggregation == Aggregation.POOLED_RATE) {
      BigDecimal numerator = BigDecimal.ZERO;
      BigDecimal denominator = BigDecimal.ZERO;
      for (KeyResultProgress source : withData) {
        numerator = numerator.add(source.getNumerator().orElseThrow());
        denominator = denominator.add(source.getDenominator().orElseThrow());
      }
      m.numerator = numerator;
      m.denominator = denominator;
      m.value = percent(numerator, denominator);
      return;
    }
    @Nullable BigDecimal result = null;
    for (KeyResultProgress source : withData) {
      BigDecimal value = source.getCurrentValue().get();
      if (result == null) {
        result = value;
      } else if (aggregation == Aggregation.MIN) {
        result = result.min(value);
      } else if (aggregation == Aggregation.MAX) {
        result = result.max(value);
      } else {
        result = result.add(value);
      }
    }
    if (aggregation == Aggregation.MEAN && result != null) {
      result = result.divide(BigDecimal.valueOf(withData.size()), MathContext.DECIMAL64);
    }
    m.value = result;
  }
}
