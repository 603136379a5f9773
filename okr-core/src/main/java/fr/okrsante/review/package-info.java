/**
 * The plan review: a coach that reads a valid plan the way an experienced OKR facilitator in a
 * health organisation would, and says what could be better, rule by named rule.
 *
 * <p>{@link fr.okrsante.review.PlanReview#review PlanReview.review(plan, asOf)} runs
 * {@link fr.okrsante.review.ReviewRule}s — plain classes, each documented with why it matters and
 * where the advice comes from — and returns a {@link fr.okrsante.review.ReviewReport} of
 * {@link fr.okrsante.review.Finding}s: a stable rule id, a {@link fr.okrsante.review.Severity}, the
 * {@link fr.okrsante.plan.ProblemPath} of what the finding concerns, the ids concerned, a message
 * and a suggestion in French or English. The plan's
 * {@linkplain fr.okrsante.plan.Plan#getSuppressions() suppressions} keep reviewed exceptions from
 * coming back; the report shows them.
 */
@NullMarked
package fr.okrsante.review;

import org.jspecify.annotations.NullMarked;
