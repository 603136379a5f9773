/**
 * Who may see and edit what in a plan, and what a given viewer is shown.
 *
 * <p>A {@link fr.okrsante.visibility.Viewer} is a principal with
 * {@link fr.okrsante.visibility.Membership memberships} in units. An
 * {@link fr.okrsante.visibility.Access} binds a viewer to a plan: it answers
 * {@code canView}/{@code canEdit} in time proportional to the depth of the unit tree, performs
 * writes on the viewer's behalf (refused with an {@link fr.okrsante.visibility.AccessDeniedException}
 * that leaves the plan unchanged) and builds the {@link fr.okrsante.visibility.PlanView} of what
 * the viewer may see, where links to hidden objectives become anonymous
 * {@link fr.okrsante.visibility.RestrictedLink restricted markers} and
 * {@link fr.okrsante.visibility.HiddenContributions} says how hidden work counts.
 * Visibility stops at organisation boundaries: {@code ORGANISATION} objectives and oversight stay
 * within the owner's organisation (a member hospital of a CPTS, a partner structure), which
 * shares with others only what it makes public or grants. Viewer-facing answers about a hidden id
 * are the same as for an id that does not exist, and a visible key result computed from hidden
 * ones never shows their values (see {@link fr.okrsante.visibility.EvaluationView}).
 * {@link fr.okrsante.visibility.UnitFocus} is unrelated to rights: it narrows a plan to one unit's
 * objectives and the chain of objectives they serve.
 *
 * <p>Both cut the plan with the public, documented
 * {@link fr.okrsante.plan.Plan#restrictedTo(java.util.Collection, java.util.Collection)}, whose
 * result is always a valid plan, and evaluate with the {@link fr.okrsante.plan.Evaluator} they are
 * given: this package uses only okr-core's public API.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package fr.okrsante.visibility;

import org.jspecify.annotations.NullMarked;
