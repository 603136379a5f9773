package fr.okrsante.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Evaluates plans: the progress, status, expected progress, data coverage and explanation of
 * every key result and objective as of a date.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluator.standard().evaluate(plan, LocalDate.of(2026, 6, 30));
 * evaluation.objective("securite-soins").getProgress();
 * evaluation.contributions("securite-soins");
 * }</pre>
 *
 * <p>An evaluator holds the status thresholds and the registered rollup strategies. Evaluation is
 * deterministic (the same plan and date give the same result, whatever the order the plan's
 * items were given in). This is the one way to evaluate: a view evaluates with the evaluator it is
 * given ({@link fr.okrsante.visibility.PlanView#evaluate(Evaluator, LocalDate)}), and after one new
 * check-in {@link Evaluation#withCheckIn(String, fr.okrsante.plan.CheckIn)} gives the evaluation of
 * the plan with that check-in.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <h2>Implementation note</h2>
 *
 * <p>Evaluation is linear in the size of the plan. After one new check-in,
 * {@link Evaluation#withCheckIn(String, fr.okrsante.plan.CheckIn)} recomputes only the changed key
 * result, the key results computed from it, their objectives and those objectives' ancestors.
 */
public final class Evaluator {

  private static final Evaluator STANDARD = new Evaluator(EvaluationSettings.defaults(), RollupStrategies.standard());

  private final EvaluationSettings settings;
  private final RollupStrategies strategies;

  private Evaluator(EvaluationSettings settings, RollupStrategies strategies) {
    this.settings = settings;
    this.strategies = strategies;
  }

  /**
   * Returns the evaluator with the default thresholds and the standard strategies.
   *
   * @return the standard evaluator
   */
  public static Evaluator standard() {
    return STANDARD;
  }

  /**
   * Obtains an evaluator.
   *
   * @param settings the status thresholds
   * @param strategies the rollup strategies objectives may name
   * @return the evaluator
   */
  public static Evaluator of(EvaluationSettings settings, RollupStrategies strategies) {
    return new Evaluator(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(strategies, "strategies"));
  }

  /**
   * Returns the status thresholds.
   *
   * @return the settings
   */
  public EvaluationSettings getSettings() {
    return settings;
  }

  /**
   * Returns the rollup strategies.
   *
   * @return the strategies
   */
  public RollupStrategies getStrategies() {
    return strategies;
  }

  /**
   * Evaluates a plan as of a date, using only check-ins observed on or before that date.
   *
   * @param plan the plan
   * @param asOf the date
   * @return the evaluation
   * @throws UnknownStrategyException if an objective names a strategy that is not registered
   */
  public Evaluation evaluate(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    return Evaluation.full(this, plan, asOf);
  }

  /**
   * Re-evaluates after one key result changed, touching only that key result, the key results
   * computed from it, their objectives and those objectives' ancestors; when the plan's structure
   * changed too (a different {@link Plan#alignment()} instance), it evaluates in full. Reached
   * through {@link Evaluation#withCheckIn(String, fr.okrsante.plan.CheckIn)}.
   */
  Evaluation update(Evaluation previous, Plan plan, String keyResultId) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return previous.updated(this, plan, keyResultId);
  }
}
