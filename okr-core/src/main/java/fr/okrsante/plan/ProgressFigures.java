package fr.okrsante.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of an evaluated plan as of a date, read-only: each objective's progress, status and
 * coverage, each key result's progress and values, each objective's contributions, and how many
 * contributions the reader may not see. What a dashboard, a report or a steering committee shows,
 * whatever the figures come from.
 *
 * <p>Three implementations give the same figures for the same plan and date:
 * <ul>
 *   <li>{@link Evaluation}: the whole plan, computed here; nothing is restricted.</li>
 *   <li>{@code fr.okrsante.visibility.EvaluationView}: what one viewer may see; hidden objectives
 *       are absent, contributions from hidden children are only counted
 *       ({@link #restrictedContributionCount(String)}), and a value computed from hidden key
 *       results is {@linkplain KeyResultProgress#isValueRestricted() restricted}.</li>
 *   <li>the evaluation and view documents okr-jackson reads back: the figures as they were written,
 *       without the plan they were computed from. A key result's latest check-in is not in a
 *       document: only its {@linkplain KeyResultProgress#getLatestObservedOn() observation date}
 *       is.</li>
 * </ul>
 *
 * <p>The figures name objectives, key results and child objectives by id only: titles, owners,
 * metrics and the alignment tree are the plan's (or the view's plan's), not figures.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ProgressFigures {

  /**
   * Returns the date the figures are as of.
   *
   * @return the date of the evaluation
   */
  LocalDate asOf();

  /**
   * Returns the progress of every objective the figures cover (for a viewer, the visible ones), in
   * the plan's objective order (by id).
   *
   * @return the objectives' progress
   */
  List<ObjectiveProgress> objectives();

  /**
   * Returns one objective's progress.
   *
   * @param objectiveId the objective id
   * @return its progress
   * @throws UnknownIdException if the figures have no such objective (for a viewer: it does not
   *     exist or is hidden, the same answer)
   */
  ObjectiveProgress objective(String objectiveId);

  /**
   * Returns one key result's progress.
   *
   * @param keyResultId the key result id
   * @return its progress; its value {@linkplain KeyResultProgress#isValueRestricted() restricted}
   *     when it derives from key results the reader may not see
   * @throws UnknownIdException if the figures have no such key result
   */
  KeyResultProgress keyResult(String keyResultId);

  /**
   * Lists the contributions to an objective that the reader may see — its key results, then its
   * contributing children — with their weight, counted progress and share.
   *
   * @param objectiveId the objective id
   * @return the contributions, key results in the objective's order, children by id
   * @throws UnknownIdException if the figures have no such objective
   */
  List<Contribution> contributions(String objectiveId);

  /**
   * Returns how many contributions to an objective come from children the reader may not see:
   * counted in the objective's progress, but not named in {@link #contributions(String)}.
   *
   * @param objectiveId the objective id
   * @return the count; always 0 for a whole {@link Evaluation}, and for a view whose hidden
   *     objectives are left out of the figures
   */
  int restrictedContributionCount(String objectiveId);
}
