/**
 * Progress: the key-result formulas, expected pace and status, the rollup of objectives that
 * explains every number, evaluation as of a date, and the closing of a cycle.
 *
 * <p>Start with {@link fr.okrsante.progress.Evaluator#evaluate(fr.okrsante.plan.Plan, java.time.LocalDate)};
 * {@link fr.okrsante.progress.Evaluation} states every formula.
 */
@NullMarked
package fr.okrsante.progress;

import org.jspecify.annotations.NullMarked;
