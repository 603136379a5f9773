package fr.okrsante.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The closing of a cycle: every key result and objective of the cycle scored 0.0–1.0 as of the
 * cycle's last day, banded and given a closing status, and the plan with the cycle closed.
 *
 * <p>Closing marks the cycle with its closing instant and its active and draft objectives
 * {@link Lifecycle#CLOSED}. Check-ins recorded after that instant are kept, and counted as late in
 * {@link KeyResultProgress#getLateCheckIns()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CycleClose {

  private final String cycleId;
  private final Instant closedAt;
  private final Plan closedPlan;
  private final List<Score> objectives;
  private final List<Score> keyResults;

  private CycleClose(String cycleId, Instant closedAt, Plan closedPlan, List<Score> objectives, List<Score> keyResults) {
    this.cycleId = cycleId;
    this.closedAt = closedAt;
    this.closedPlan = closedPlan;
    this.objectives = Collections.unmodifiableList(objectives);
    this.keyResults = Collections.unmodifiableList(keyResults);
  }

  /**
   * Closes a cycle with the standard evaluator.
   *
   * @param plan the plan
   * @param cycleId the cycle to close
   * @param closedAt when it is closed
   * @return the scores and the closed plan
   * @throws UnknownIdException if the plan has no such cycle
   */
  public static CycleClose close(Plan plan, String cycleId, Instant closedAt) {
    return close(Evaluator.standard(), plan, cycleId, closedAt);
  }

  /**
   * Closes a cycle.
   *
   * @param evaluator the evaluator
   * @param plan the plan
   * @param cycleId the cycle to close
   * @param closedAt when it is closed
   * @return the scores and the closed plan
   * @throws UnknownIdException if the plan has no such cycle
   */
  public static CycleClose close(Evaluator evaluator, Plan plan, String cycleId, Instant closedAt) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(closedAt, "closedAt");
    Cycle cycle = plan.cycle(Objects.requireNonNull(cycleId, "cycleId"))
        .orElseThrow(() -> new UnknownIdException("cycle", cycleId));
    Evaluation evaluation = evaluator.evaluate(plan, cycle.getEndDate());
    List<Score> objectiveScores = new ArrayList<>();
    List<Score> keyResultScores = new ArrayList<>();
    List<Objective> closedObjectives = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      if (!objective.getCycleId().equals(cycleId)) {
        closedObjectives.add(objective);
        continue;
      }
      boolean dropped = objective.getLifecycle() == Lifecycle.CANCELLED;
      ObjectiveProgress progress = evaluation.objective(objective.getId());
      objectiveScores.add(new Score(objective.getId(), objective.getKind(),
          capped(progress.getProgress().orElse(0)), progress.hasData(), dropped));
      for (KeyResultProgress kr : progress.getKeyResults()) {
        keyResultScores.add(new Score(kr.getKeyResultId(), objective.getKind(), capped(kr.getProgress().orElse(0)),
            kr.hasData(), dropped));
      }
      boolean closes = objective.getLifecycle() == Lifecycle.ACTIVE || objective.getLifecycle() == Lifecycle.DRAFT;
      closedObjectives.add(closes ? objective.toBuilder().lifecycle(Lifecycle.CLOSED).build() : objective);
    }
    List<Cycle> cycles = new ArrayList<>();
    for (Cycle c : plan.getCycles()) {
      cycles.add(c.getId().equals(cycleId) ? c.withClosedAt(closedAt) : c);
    }
    Plan closed = Plan.builder().title(plan.getTitle())
        .addAllUnits(plan.getUnits())
        .addAllCycles(cycles)
        .addAllObjectives(closedObjectives)
        .addAllInitiatives(plan.getInitiatives())
        .addAllLinks(plan.getLinks())
        .build();
    return new CycleClose(cycleId, closedAt, closed, objectiveScores, keyResultScores);
  }

  private static double capped(double progress) {
    return Math.max(0, Math.min(1, progress));
  }

  /**
   * Returns the closed cycle's id.
   *
   * @return the cycle id
   */
  public String getCycleId() {
    return cycleId;
  }

  /**
   * Returns when the cycle was closed.
   *
   * @return the closing instant
   */
  public Instant getClosedAt() {
    return closedAt;
  }

  /**
   * Returns the plan with the cycle closed and its objectives marked closed.
   *
   * @return the closed plan
   */
  public Plan getClosedPlan() {
    return closedPlan;
  }

  /**
   * Returns the scores of the cycle's objectives, by objective id.
   *
   * @return the objective scores
   */
  public List<Score> getObjectives() {
    return objectives;
  }

  /**
   * Returns the scores of the cycle's key results, by objective then key result order.
   *
   * @return the key result scores
   */
  public List<Score> getKeyResults() {
    return keyResults;
  }

  /**
   * Returns the score of an objective or key result of the cycle.
   *
   * @param id the objective or key result id
   * @return the score
   * @throws UnknownIdException if no objective or key result of the cycle has this id
   */
  public Score score(String id) {
    for (Score score : objectives) {
      if (score.getId().equals(id)) {
        return score;
      }
    }
    for (Score score : keyResults) {
      if (score.getId().equals(id)) {
        return score;
      }
    }
    throw new UnknownIdException("objective or key result of cycle " + cycleId, id);
  }
}
