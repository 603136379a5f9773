package fr.okrsante.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    Optional<BigDecimal> value = Optional.empty();
    Optional<BigDecimal> numerator = Optional.empty();
    Optional<BigDecimal> denominator = Optional.empty();
    Optional<BigDecimal> baseline = Optional.empty();
    Optional<BigDecimal> target = Optional.empty();
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
    Measure m = new Measure();
    switch (metric.kind()) {
      case MOVE_TO_TARGET -> {
      MoveToTarget move = (MoveToTarget) metric;
      if (move.isFromInitiatives()) {
        m.value = Optional.of(BigDecimal.valueOf(countDone(initiatives, asOf)));
      } else if (latest != null) {
        m.value = Optional.of(latest.getValue());
      }
      Optional<BigDecimal> baseline = move.effectiveBaseline();
      if (baseline.isEmpty() && firstFinal != null) {
        baseline = Optional.of(firstFinal.getValue());
      }
      moveToTarget(m, baseline, move.getTarget());
      }
      case RATE -> {
      Rate rate = (Rate) metric;
      if (latest != null) {
        m.numerator = latest.getNumerator();
        m.denominator = latest.getDenominator();
        m.value = Optional.of(percent(latest.getNumerator().orElseThrow(), latest.getDenominator().orElseThrow()));
      }
      Optional<BigDecimal> baseline = rate.getBaseline();
      if (baseline.isEmpty() && firstFinal != null) {
        baseline = Optional.of(percent(firstFinal.getNumerator().orElseThrow(), firstFinal.getDenominator().orElseThrow()));
      }
      moveToTarget(m, baseline, rate.getTarget());
      }
      case GUARDRAIL -> {
      Guardrail guardrail = (Guardrail) metric;
      if (latest != null) {
        m.value = Optional.of(latest.getValue());
        m.raw = timeInBand(kr.getCheckIns(), guardrail, start, due, asOf, latest);
      }
      }
      case MILESTONE -> {
      if (metric.takesInitiatives()) {
        double total = 0;
        double done = 0;
        for (Initiative initiative : initiatives) {
          if (initiative.getState() != InitiativeState.CANCELLED) {
            total += initiative.getWeight();
            done += initiative.isDoneAsOf(asOf) ? initiative.getWeight() : 0;
          }
        }
        m.value = Optional.of(BigDecimal.valueOf(countDone(initiatives, asOf)));
        if (total > 0) {
          m.raw = done / total;
        }
      } else if (latest != null) {
        m.value = Optional.of(latest.getValue());
        m.raw = latest.getValue().signum() == 0 ? 0 : 1;
      }
      }
      case COMPUTED -> {
      ComputedMetric computed = (ComputedMetric) metric;
      aggregate(m, computed, Objects.requireNonNull(sources, "a computed key result is evaluated with its sources"));
      moveToTarget(m, Optional.of(computed.getBaseline()), computed.getTarget());
      }
      default -> throw new AssertionError(metric.kind());
    }

    boolean hasData = !Double.isNaN(m.raw);
    boolean guardrail = metric.kind() == MetricKind.GUARDRAIL;
    double expected = guardrail ? (started ? 1 : 0) : Pace.expected(start, due, kr.getWaypoints(), asOf);
    double counted = hasData ? count(m.raw, objective.getRollup().isCapOverachievement()) : 0;
    boolean achievable = !guardrail || !asOf.isBefore(due);
    Status status = Pace.status(started, hasData, m.raw, expected, achievable, settings.getBehindThreshold());
    boolean stale = latest != null && kr.getCadence().isPresent()
        && latest.getObservedOn().plus(kr.getCadence().get()).isBefore(asOf);
    return new KeyResultProgress(kr.getId(), objective.getId(), m.raw, counted, expected, status,
        kr.getStatusOverride(), m.value, m.numerator, m.denominator, m.baseline, m.target,
        Optional.ofNullable(latest), stale, late);
  }

  /** Regression counts as 0; overachievement as 1 when capped. */
  static double count(double raw, boolean cap) {
    double floor = Math.max(0, raw);
    return cap ? Math.min(1, floor) : floor;
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
  private static void moveToTarget(Measure m, Optional<BigDecimal> baseline, Target target) {
    m.baseline = baseline;
    if (baseline.isEmpty()) {
      m.target = target.isRelative() ? Optional.empty() : Optional.of(target.getAmount());
      return;
    }
    BigDecimal resolved = target.resolve(baseline.get());
    m.target = Optional.of(resolved);
    if (m.value.isEmpty()) {
      return;
    }
    BigDecimal span = resolved.subtract(baseline.get());
    if (span.signum() == 0) {
      // Only possible when a found baseline equals the target: reached or not.
      m.raw = m.value.get().compareTo(resolved) == 0 ? 1 : 0;
      return;
    }
    m.raw = m.value.get().subtract(baseline.get()).divide(span, MathContext.DECIMAL64).doubleValue();
  }

  /**
   * Share of the days from the later of the start and the first observation, to the earlier of
   * the date and the due date (both inclusive), on which the value in effect was in the band.
   */
  private static double timeInBand(List<CheckIn> checkIns, Guardrail band, LocalDate start, LocalDate due,
      LocalDate asOf, CheckIn latest) {
    List<CheckIn> observed = new ArrayList<>(checkIns.size());
    for (CheckIn checkIn : checkIns) {
      if (!checkIn.getObservedOn().isAfter(asOf)) {
        observed.add(checkIn);
      }
    }
    observed.sort(IN_EFFECT_LAST);
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
      m.numerator = Optional.of(numerator);
      m.denominator = Optional.of(denominator);
      m.value = Optional.of(percent(numerator, denominator));
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
    m.value = Optional.ofNullable(result);
  }
}
