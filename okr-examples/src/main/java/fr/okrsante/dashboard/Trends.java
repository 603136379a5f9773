package fr.okrsante.dashboard;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Waypoint;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The series behind the trend charts: each key result's check-ins over its period with its expected
 * pace, and each objective's progress evaluated at every month end of its cycle against its
 * expected pace.
 *
 * <p>Only what the dashboard's viewer may see: the check-ins of visible key results, and no value
 * at all for a computed key result whose value is {@linkplain KeyResultProgress#isValueRestricted()
 * restricted}. Month-end evaluations of a whole plan evaluate only the objectives shown, their
 * descendants and the sources of their computed key results, so that one unit's page of a
 * national plan stays cheap.
 */
final class Trends {

  /** The most month ends an objective's trend has; a longer cycle is sampled every few months. */
  static final int MAX_POINTS = 24;

  /**
   * One check-in on a key result's chart.
   *
   * @param date the date the value refers to
   * @param value the value (the progress, 0 or 1, for a milestone)
   * @param provisional true for a provisional check-in
   * @param late true when it was recorded after its cycle was closed
   * @param computed true for a value computed from other key results at a month end
   */
  record ValuePoint(LocalDate date, BigDecimal value, boolean provisional, boolean late, boolean computed) {}

  /**
   * A date and the expected progress then, 0 at the start and 1 at the due date.
   *
   * @param date the date
   * @param expected the expected progress
   */
  record PacePoint(LocalDate date, double expected) {}

  /**
   * A key result's series.
   *
   * @param keyResult the key result
   * @param start its start date
   * @param due its due date
   * @param points its values, by date, up to the as-of date; empty when restricted
   * @param pace its expected pace, from (start, 0) to (due, 1), through its waypoints
   * @param valueRestricted true when the viewer may not see its values
   */
  record KeyResultTrend(KeyResult keyResult, LocalDate start, LocalDate due, List<ValuePoint> points,
      List<PacePoint> pace, boolean valueRestricted) {

    /**
     * The value expected at a fraction of the way from baseline to target.
     *
     * @return baseline + expected × (target − baseline), when both are known
     */
    Optional<BigDecimal> expectedValue(KeyResultProgress progress, double expected) {
      if (progress.getBaseline().isEmpty() || progress.getTarget().isEmpty()) {
        return Optional.empty();
      }
      BigDecimal baseline = progress.getBaseline().get();
      BigDecimal span = progress.getTarget().get().subtract(baseline);
      return Optional.of(baseline.add(span.multiply(BigDecimal.valueOf(expected))));
    }
  }

  /**
   * An objective at one month end.
   *
   * @param date the month end (or the as-of date, last)
   * @param progress its progress then
   * @param expected its expected progress then
   * @param status its status then
   */
  record ObjectivePoint(LocalDate date, OptionalDouble progress, double expected, Status status) {}

  /**
   * An objective's series.
   *
   * @param objectiveId the objective
   * @param start its cycle's start
   * @param end its cycle's end
   * @param points its progress at each month end up to the as-of date, then the as-of date
   * @param pace its expected progress at each month end of the whole cycle
   */
  record ObjectiveTrend(String objectiveId, LocalDate start, LocalDate end, List<ObjectivePoint> points,
      List<PacePoint> pace) {}

  private final Map<String, KeyResultTrend> keyResults;
  private final Map<String, ObjectiveTrend> objectives;
  private final Map<String, KeyResultProgress> earlierKeyResults;

  /** No trends: what a dashboard of figures alone has, without the plan's check-ins. */
  static Trends none() {
    return new Trends(Map.of(), Map.of(), Map.of());
  }

  private Trends(Map<String, KeyResultTrend> keyResults, Map<String, ObjectiveTrend> objectives,
      Map<String, KeyResultProgress> earlierKeyResults) {
    this.keyResults = Map.copyOf(keyResults);
    this.objectives = Map.copyOf(objectives);
    this.earlierKeyResults = Map.copyOf(earlierKeyResults);
  }

  /** Tells how to compute the trends of some objectives of a whole plan or of a viewer's view. */
  interface Source {
    /**
     * Computes the trends of these objectives and their key results, and their key results'
     * progress at an earlier date when one is given.
     */
    Trends of(Collection<String> objectiveIds, @Nullable LocalDate since);

    /** The trends of a whole plan, evaluated at month ends with the evaluation's evaluator. */
    static Source of(Plan plan, Evaluation evaluation) {
      Evaluator evaluator = evaluation.getEvaluator();
      LocalDate asOf = evaluation.getAsOf();
      return (ids, since) -> {
        Plan needed = needed(plan, ids);
        return compute(plan, asOf, since, ids, date -> {
          return date.equals(asOf) && needed == plan ? evaluation : evaluator.evaluate(needed, date);
        });
      };
    }

    /** The trends of what a viewer sees, evaluated at month ends through the same view. */
    static Source of(EvaluationView evaluation) {
      PlanView view = evaluation.getPlanView();
      LocalDate asOf = evaluation.getAsOf();
      return (ids, since) -> compute(view.toPlan(), asOf, since, ids, date -> {
        return date.equals(asOf) ? evaluation : view.evaluate(date);
      });
    }
  }

  /**
   * The part of a plan the progress of some objectives depends on: them, their descendants, and
   * the objectives holding the sources of their computed key results (and so on).
   */
  static Plan needed(Plan plan, Collection<String> objectiveIds) {
    Set<String> kept = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(objectiveIds);
    while (!work.isEmpty()) {
      String id = work.pop();
      if (!kept.add(id)) {
        continue;
      }
      Optional<Objective> objective = plan.objective(id);
      if (objective.isEmpty()) {
        continue;
      }
      work.addAll(plan.alignment().children(id));
      for (KeyResult kr : objective.get().getKeyResults()) {
        {
          for (String source : kr.getMetric().sourceKeyResultIds()) {
            plan.objectiveOf(source).ifPresent(o -> work.push(o.getId()));
          }
        }
      }
    }
    return kept.size() >= plan.getObjectives().size() ? plan : plan.restrictedTo(kept, List.of());
  }

  private static Trends compute(Plan plan, LocalDate asOf, @Nullable LocalDate since, Collection<String> objectiveIds,
      Function<LocalDate, ProgressFigures> evaluate) {
    Set<String> ids = new LinkedHashSet<>(objectiveIds);
    List<Objective> shown = new ArrayList<>();
    for (String id : ids) {
      plan.objective(id).ifPresent(shown::add);
    }
    // the month ends of every shown cycle, then the as-of date
    TreeSet<LocalDate> dates = new TreeSet<>();
    Map<String, List<LocalDate>> datesByCycle = new HashMap<>();
    for (Objective objective : shown) {
      Cycle cycle = plan.cycle(objective.getCycleId()).orElseThrow();
      List<LocalDate> ends = datesByCycle.computeIfAbsent(cycle.getId(), c -> monthEnds(cycle));
      dates.addAll(ends);
    }
    boolean needsEvaluations = !shown.isEmpty();
    if (needsEvaluations) {
      dates.add(asOf);
    }
    Map<LocalDate, ProgressFigures> evaluations = new HashMap<>();
    for (LocalDate date : dates) {
      evaluations.put(date, evaluate.apply(date));
    }
    ProgressFigures now = evaluations.get(asOf);
    ProgressFigures earlier = since == null || shown.isEmpty() ? null : evaluations.computeIfAbsent(since, evaluate);
    Map<String, KeyResultProgress> earlierKeyResults = new HashMap<>();

    Map<String, ObjectiveTrend> objectives = new HashMap<>();
    Map<String, KeyResultTrend> keyResults = new HashMap<>();
    for (Objective objective : shown) {
      Cycle cycle = plan.cycle(objective.getCycleId()).orElseThrow();
      List<ObjectivePoint> points = new ArrayList<>();
      List<PacePoint> pace = new ArrayList<>();
      pace.add(new PacePoint(cycle.getStartDate(), 0));
      for (LocalDate date : datesByCycle.get(cycle.getId())) {
        ObjectiveProgress progress = evaluations.get(date).objective(objective.getId());
        pace.add(new PacePoint(date, progress.getExpectedProgress()));
        if (!date.isAfter(asOf)) {
          points.add(new ObjectivePoint(date, progress.getProgress(), progress.getExpectedProgress(),
              progress.getStatus()));
        }
      }
      if (!datesByCycle.get(cycle.getId()).contains(asOf) && cycle.contains(asOf)) {
        ObjectiveProgress progress = now.objective(objective.getId());
        points.add(new ObjectivePoint(asOf, progress.getProgress(), progress.getExpectedProgress(), progress.getStatus()));
      }
      pace.sort(java.util.Comparator.comparing(PacePoint::date));
      objectives.put(objective.getId(), new ObjectiveTrend(objective.getId(), cycle.getStartDate(),
          cycle.getEndDate(), List.copyOf(points), List.copyOf(pace)));

      for (KeyResult kr : objective.getKeyResults()) {
        LocalDate start = kr.getStartDate().orElse(cycle.getStartDate());
        LocalDate due = kr.getDueDate().orElse(cycle.getEndDate());
        KeyResultProgress progress = now.keyResult(kr.getId());
        if (earlier != null) {
          earlierKeyResults.put(kr.getId(), earlier.keyResult(kr.getId()));
        }
        boolean restricted = progress.isValueRestricted();
        List<ValuePoint> values = new ArrayList<>();
        if (!restricted) {
          if (kr.getMetric() instanceof ComputedMetric) {
            for (LocalDate date : datesByCycle.get(cycle.getId())) {
              if (!date.isAfter(asOf) && !date.isBefore(start)) {
                evaluations.get(date).keyResult(kr.getId()).getCurrentValue()
                    .ifPresent(v -> values.add(new ValuePoint(date, v, false, false, true)));
              }
            }
            if (!datesByCycle.get(cycle.getId()).contains(asOf)) {
              progress.getCurrentValue().ifPresent(v -> values.add(new ValuePoint(asOf, v, false, false, true)));
            }
          } else {
            for (CheckIn checkIn : kr.getCheckIns()) {
              if (!checkIn.getObservedOn().isAfter(asOf)) {
                values.add(point(checkIn, cycle));
              }
            }
          }
          values.sort(java.util.Comparator.comparing(ValuePoint::date));
        }
        keyResults.put(kr.getId(), new KeyResultTrend(kr, start, due, List.copyOf(values),
            pace(start, due, kr.getWaypoints()), restricted));
      }
    }
    return new Trends(keyResults, objectives, earlierKeyResults);
  }

  private static ValuePoint point(CheckIn checkIn, Cycle cycle) {
    boolean late = cycle.getClosedAt().isPresent() && checkIn.getRecordedAt().isAfter(cycle.getClosedAt().get());
    return new ValuePoint(checkIn.getObservedOn(), checkIn.getValue(), !checkIn.isFinal(), late, false);
  }

  /** The expected pace: (start, 0), the waypoints within the period, (due, 1). */
  static List<PacePoint> pace(LocalDate start, LocalDate due, List<Waypoint> waypoints) {
    List<PacePoint> points = new ArrayList<>();
    points.add(new PacePoint(start, 0));
    double last = 0;
    for (Waypoint waypoint : waypoints) {
      if (waypoint.getDate().isAfter(start) && waypoint.getDate().isBefore(due)) {
        points.add(new PacePoint(waypoint.getDate(), waypoint.getExpected()));
        last = waypoint.getExpected();
      } else if (waypoint.getDate().equals(due)) {
        last = waypoint.getExpected();
      }
    }
    boolean endsBelowOne = !waypoints.isEmpty() && waypoints.get(waypoints.size() - 1).getDate().equals(due);
    points.add(new PacePoint(due, endsBelowOne ? last : 1));
    return List.copyOf(points);
  }

  /**
   * The month ends of a cycle, its end date last; every few months when the cycle has more than
   * {@value #MAX_POINTS} of them.
   */
  static List<LocalDate> monthEnds(Cycle cycle) {
    LocalDate start = cycle.getStartDate();
    LocalDate end = cycle.getEndDate();
    long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
    long step = Math.max(1, (months + MAX_POINTS - 1) / MAX_POINTS);
    List<LocalDate> result = new ArrayList<>();
    LocalDate month = start.with(TemporalAdjusters.lastDayOfMonth());
    for (long i = 0; i < months && !month.isAfter(end); i += step) {
      result.add(month);
      month = month.plusMonths(step).with(TemporalAdjusters.lastDayOfMonth());
    }
    if (result.isEmpty() || !result.get(result.size() - 1).equals(end)) {
      result.add(end);
    }
    return List.copyOf(result);
  }

  /**
   * Returns a key result's series.
   *
   * @param keyResultId the key result
   * @return its series, if the key result was shown
   */
  Optional<KeyResultTrend> keyResult(String keyResultId) {
    return Optional.ofNullable(keyResults.get(Objects.requireNonNull(keyResultId, "keyResultId")));
  }

  /**
   * Returns a key result's progress at the earlier date of a "since" dashboard.
   *
   * @param keyResultId the key result
   * @return its progress then, if the dashboard has an earlier date and shows the key result
   */
  Optional<KeyResultProgress> earlier(String keyResultId) {
    return Optional.ofNullable(earlierKeyResults.get(keyResultId));
  }

  /**
   * Returns an objective's series.
   *
   * @param objectiveId the objective
   * @return its series, if the objective was shown
   */
  Optional<ObjectiveTrend> objective(String objectiveId) {
    return Optional.ofNullable(objectives.get(Objects.requireNonNull(objectiveId, "objectiveId")));
  }
}
