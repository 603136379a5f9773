package fr.okrsante.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
  private static final Comparator<CheckIn> FIRST_FINAL_FIRST = Comparator
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

    // Read from the check-in columns: only the check-ins selected (and those tied with them on a date) are built.
    int latestAt = -1;
    int firstFinalAt = -1;
    long latestDay = 0;
    long firstFinalDay = 0;
    int late = 0;
    java.time.Instant closedAt = cycle.getClosedAt().orElse(null);
    long asOfDay = asOf.toEpochDay();
    CheckInColumns checkIns = kr.checkInColumns();
    for (int i = 0, n = checkIns.size(); i < n; i++) {
      if (closedAt != null && checkIns.recordedAt(i).isAfter(closedAt)) {
        late++;
      }
      long observed = checkIns.observedEpochDay(i);
      if (observed > asOfDay) {
        continue;
      }
      // The dates decide almost always; the full orders break ties.
      if (latestAt < 0 || observed > latestDay
          || observed == latestDay && IN_EFFECT_LAST.compare(checkIns.get(i), checkIns.get(latestAt)) > 0) {
        latestAt = i;
        latestDay = observed;
      }
      if (checkIns.isFinal(i) && (firstFinalAt < 0 || observed < firstFinalDay
          || observed == firstFinalDay && FIRST_FINAL_FIRST.compare(checkIns.get(i), checkIns.get(firstFinalAt)) < 0)) {
        firstFinalAt = i;
        firstFinalDay = observed;
      }
    }
    CheckIn latest = latestAt < 0 ? null : checkIns.get(latestAt);
    CheckIn firstFinal = firstFinalAt < 0 ? null : checkIns.get(firstFinalAt);

    Metric metric = kr.getMetric();
    // a switch expression without default: a new metric kind fails to compile until it is measured here
    Measure m = switch (metric.kind()) {
      case MOVE_TO_TARGET -> measureMoveToTarget((MoveToTarget) metric, initiatives, asOf, latest, firstFinal);
      case RATE -> measureRate((Rate) metric, latest, firstFinal);
      case GUARDRAIL -> measureGuardrail((Guardrail) metric, kr, start, due, asOf, latest);
      case MILESTONE -> measureMilestone(metric, initiatives, asOf, latest);
      case COMPUTED -> measureComputed((ComputedMetric) metric, sources);
    };

    boolean hasData = !Double.isNaN(m.raw);
    boolean guardrail = metric.kind() == MetricKind.GUARDRAIL;
    double expected = guardrail ? (started ? 1 : 0) : Pace.expected(start, due, kr.getWaypoints(), asOf);
    double counted = hasData ? count(m.raw, objective.getRollup().isCapOverachievement()) : 0;
    boolean achievable = !guardrail || !asOf.isBefore(due);
    Status status = Pace.status(started, hasData, m.raw, expected, achievable, settings.getBehindThreshold());
    boolean stale = latest != null && kr.getCadence().isPresent()
        && latest.getObservedOn().plus(kr.getCadence().get()).isBefore(asOf);
    return new KeyResultProgress(kr.getId(), objective.getId(), m.raw, counted, expected, status,
        kr.getStatusOverride().orElse(null), m.value, m.numerator, m.denominator, m.baseline, m.target,
        latest, stale, late);
  }

  /** Regression counts as 0; overachievement as 1 when capped. */
  static double count(double raw, boolean cap) {
    double floor = Math.max(0, raw);
    return cap ? Math.min(1, floor) : floor;
  }

  private static Measure measureMoveToTarget(MoveToTarget move, List<Initiative> initiatives, LocalDate asOf, @Nullable CheckIn latest,
      @Nullable CheckIn firstFinal) {
    Measure m = new Measure();
    if (move.isFromInitiatives()) {
      m.value = BigDecimal.valueOf(countDone(initiatives, asOf));
    } else if (latest != null) {
      m.value = latest.getValue();
    }
    BigDecimal baseline = move.getBaseline().orElse(move.isFromInitiatives() ? BigDecimal.ZERO : null);
    if (baseline == null && firstFinal != null) {
      baseline = firstFinal.getValue();
    }
    moveToTarget(m, baseline, move.getTarget());
    return m;
  }

  private static Measure measureRate(Rate rate, @Nullable CheckIn latest, @Nullable CheckIn firstFinal) {
    Measure m = new Measure();
    if (latest != null) {
      BigDecimal numerator = latest.getNumerator().orElseThrow();
      BigDecimal denominator = latest.getDenominator().orElseThrow();
      m.numerator = numerator;
      m.denominator = denominator;
      m.value = percent(numerator, denominator);
    }
    BigDecimal baseline = rate.getBaseline().orElse(null);
    if (baseline == null && firstFinal != null) {
      baseline = percent(firstFinal.getNumerator().orElseThrow(), firstFinal.getDenominator().orElseThrow());
    }
    moveToTarget(m, baseline, rate.getTarget());
    return m;
  }

  private static Measure measureGuardrail(Guardrail guardrail, KeyResult kr, LocalDate start, LocalDate due, LocalDate asOf,
      @Nullable CheckIn latest) {
    Measure m = new Measure();
    if (latest != null) {
      m.value = latest.getValue();
      m.raw = timeInBand(kr.getCheckIns(), guardrail, start, due, asOf, latest);
    }
    return m;
  }

  private static Measure measureMilestone(Metric metric, List<Initiative> initiatives, LocalDate asOf, @Nullable CheckIn latest) {
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
    } else if (latest != null) {
      BigDecimal value = latest.getValue();
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
   */
  private static double timeInBand(List<CheckIn> checkIns, Guardrail band, LocalDate start, LocalDate due,
      LocalDate asOf, CheckIn latest) {
    List<CheckIn> observed = inEffectOrder(checkIns, asOf);
    LocalDate from = observed.get(0).getObservedOn().isAfter(start) ? observed.get(0).getObservedOn() : start;
    LocalDate to = asOf.isBefore(due) ? asOf : due;
    if (to.isBefore(from)) {
      return band.isMet(latest.getValue()) ? 1 : 0;
    }
    long total = ChronoUnit.DAYS.between(from, to) + 1;
    long inBand = 0;
    // Walk the check-ins in effect order; each value holds from its date until the next date.
    BigDecimal current = null;
    LocalDate currentSince = from;
    int i = 0;
    while (i < observed.size() && !observed.get(i).getObservedOn().isAfter(from)) {
      current = observed.get(i).getValue();
      i++;
    }
    while (i < observed.size() && !observed.get(i).getObservedOn().isAfter(to)) {
      LocalDate date = observed.get(i).getObservedOn();
      // Several check-ins on one date: the last in effect order wins.
      int j = i;
      while (j + 1 < observed.size() && observed.get(j + 1).getObservedOn().equals(date)) {
        j++;
      }
      if (current != null && band.isMet(current)) {
        inBand += ChronoUnit.DAYS.between(currentSince, date);
      }
      current = observed.get(j).getValue();
      currentSince = date;
      i = j + 1;
    }
    if (current != null && band.isMet(current)) {
      inBand += ChronoUnit.DAYS.between(currentSince, to) + 1;
    }
    return (double) inBand / total;
  }

  /**
   * The check-ins observed on or before the date, in {@link #IN_EFFECT_LAST} order. Check-ins are
   * almost always appended with strictly later dates: then that order is the list's own, and the
   * ones to use are a prefix of it, read without a copy.
   */
  private static List<CheckIn> inEffectOrder(List<CheckIn> checkIns, LocalDate asOf) {
    int n = checkIns.size();
    int prefix = 0;
    LocalDate previous = null;
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      LocalDate date = checkIns.get(i).getObservedOn();
      if (previous != null && !date.isAfter(previous)) {
        inOrder = false;
        break;
      }
      if (!date.isAfter(asOf)) {
        prefix = i + 1;
      }
      previous = date;
    }
    if (inOrder) {
      return prefix == n ? checkIns : checkIns.subList(0, prefix);
    }
    List<CheckIn> observed = new ArrayList<>(n);
    for (CheckIn checkIn : checkIns) {
      if (!checkIn.getObservedOn().isAfter(asOf)) {
        observed.add(checkIn);
      }
    }
    observed.sort(IN_EFFECT_LAST);
    return observed;
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
