package fr.okrsante.json;

import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.visibility.EvaluationView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An evaluation document as read: the {@link ProgressFigures figures} of every objective of a plan
 * (or of every objective a viewer may see) as of a date, by id.
 *
 * <p>An okr-core {@link Evaluation} cannot be rebuilt from its figures (it is computed from a
 * plan), so reading an evaluation document gives this read-only model instead, in okr-core's own
 * figure types: what an evaluation showed when it was written — progress, expected progress,
 * coverage, statuses, overrides, the key results' figures, each objective's contributions with
 * their shares, and how many contributions from hidden children were counted but not named. It
 * gives the same figures as the {@link Evaluation} or {@link EvaluationView} it was written from,
 * except that a key result keeps its latest check-in's {@linkplain
 * KeyResultProgress#getLatestObservedOn() observation date}, not the check-in. The document names
 * objectives, key results and child objectives by id only; the plan is not embedded (read it from
 * its own plan document, or from the {@link ViewDocument view document} that embeds both). Writing
 * this model again gives the bytes it was read from, when those were written by {@link OkrJson}.
 *
 * <p>Progress and shares are {@code double}s, as okr-core computes them; an absent progress (no
 * data, nothing counted) is an empty {@link java.util.OptionalDouble}, never NaN. Values that users
 * typed or that derive exactly from them (current value, numerator, denominator, baseline, target)
 * are exact decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationDocument implements ProgressFigures {

  private final LocalDate asOf;
  private final List<ObjectiveProgress> objectives;
  private final Map<String, Integer> objectivePositions;
  private final Map<String, KeyResultProgress> keyResults;
  private final List<List<Contribution>> contributions;
  private final int[] restricted;

  private EvaluationDocument(LocalDate asOf, List<ObjectiveProgress> objectives, List<List<Contribution>> contributions,
      int[] restricted) {
    this.asOf = asOf;
    this.objectives = objectives;
    this.contributions = contributions;
    this.restricted = restricted;
    this.objectivePositions = new HashMap<>(objectives.size() * 2);
    this.keyResults = new HashMap<>(objectives.size() * 4);
    for (int p = 0; p < objectives.size(); p++) {
      ObjectiveProgress objective = objectives.get(p);
      if (objectivePositions.put(objective.getObjectiveId(), p) != null) {
        throw new IllegalArgumentException("duplicate objective '" + objective.getObjectiveId()
            + "': each objective has one entry");
      }
      for (KeyResultProgress keyResult : objective.getKeyResults()) {
        if (keyResults.put(keyResult.getKeyResultId(), keyResult) != null) {
          throw new IllegalArgumentException("duplicate key result '" + keyResult.getKeyResultId()
              + "': each key result has one entry");
        }
      }
    }
  }

  /**
   * Obtains a document from its figures.
   *
   * @param asOf the date of the evaluation
   * @param objectives the figures of each objective, key results included, in the plan's objective
   *     order
   * @param contributions each objective's contributions the reader may see, by objective id; an
   *     objective left out has none
   * @param restrictedContributionCounts how many contributions from hidden children each
   *     objective counts without naming them, by objective id; an objective left out has none
   * @return the document
   * @throws IllegalArgumentException if an objective or key result appears twice, a count is
   *     negative, or contributions or counts name an objective that is not in the figures
   */
  public static EvaluationDocument of(LocalDate asOf, List<ObjectiveProgress> objectives,
      Map<String, List<Contribution>> contributions, Map<String, Integer> restrictedContributionCounts) {
    Objects.requireNonNull(asOf, "asOf");
    List<ObjectiveProgress> copy = List.copyOf(objectives);
    List<List<Contribution>> shown = new ArrayList<>(copy.size());
    int[] hidden = new int[copy.size()];
    for (int p = 0; p < copy.size(); p++) {
      String id = copy.get(p).getObjectiveId();
      shown.add(List.copyOf(contributions.getOrDefault(id, List.of())));
      int count = restrictedContributionCounts.getOrDefault(id, 0);
      if (count < 0) {
        throw new IllegalArgumentException("objective '" + id + "': " + count + " restricted contributions");
      }
      hidden[p] = count;
    }
    EvaluationDocument document = new EvaluationDocument(asOf, copy, shown, hidden);
    for (String id : contributions.keySet()) {
      document.position(id);
    }
    for (String id : restrictedContributionCounts.keySet()) {
      document.position(id);
    }
    return document;
  }

  /**
   * Returns the document of any figures: an {@link Evaluation}, an {@link EvaluationView}, or a
   * document read back (given back as it is).
   *
   * @param figures the figures
   * @return their document
   */
  public static EvaluationDocument of(ProgressFigures figures) {
    Objects.requireNonNull(figures, "figures");
    if (figures instanceof EvaluationDocument document) {
      return document;
    }
    List<ObjectiveProgress> objectives = figures.objectives();
    List<List<Contribution>> shown = new ArrayList<>(objectives.size());
    int[] hidden = new int[objectives.size()];
    for (int p = 0; p < objectives.size(); p++) {
      String id = objectives.get(p).getObjectiveId();
      shown.add(List.copyOf(figures.contributions(id)));
      hidden[p] = figures.restrictedContributionCount(id);
    }
    return new EvaluationDocument(figures.asOf(), List.copyOf(objectives), shown, hidden);
  }

  /**
   * Returns the figures of an evaluation, every objective of its plan included.
   *
   * @param evaluation the evaluation
   * @return its document
   */
  public static EvaluationDocument of(Evaluation evaluation) {
    return of((ProgressFigures) evaluation);
  }

  /**
   * Returns the figures one viewer may see: the visible objectives only, each with its visible
   * contributions and the count of those it may not see (see {@link EvaluationView} for what the
   * figures include under each policy).
   *
   * @param evaluation the viewer's evaluation
   * @return its document
   */
  public static EvaluationDocument of(EvaluationView evaluation) {
    return of((ProgressFigures) evaluation);
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public List<ObjectiveProgress> objectives() {
    return objectives;
  }

  @Override
  public ObjectiveProgress objective(String objectiveId) {
    return objectives.get(position(objectiveId));
  }

  @Override
  public KeyResultProgress keyResult(String keyResultId) {
    KeyResultProgress keyResult = keyResults.get(Objects.requireNonNull(keyResultId, "keyResultId"));
    if (keyResult == null) {
      throw new UnknownIdException("key result", keyResultId);
    }
    return keyResult;
  }

  @Override
  public List<Contribution> contributions(String objectiveId) {
    return contributions.get(position(objectiveId));
  }

  @Override
  public int restrictedContributionCount(String objectiveId) {
    return restricted[position(objectiveId)];
  }

  /**
   * Tells whether the document has the figures of an objective.
   *
   * @param objectiveId the objective id
   * @return true if it does
   */
  public boolean hasObjective(String objectiveId) {
    return objectivePositions.containsKey(Objects.requireNonNull(objectiveId, "objectiveId"));
  }

  private int position(String objectiveId) {
    Integer p = objectivePositions.get(Objects.requireNonNull(objectiveId, "objectiveId"));
    if (p == null) {
      throw new UnknownIdException("objective", objectiveId);
    }
    return p;
  }

  /**
   * Returns the restricted-contribution counts above 0, by objective id, in the figures' order.
   *
   * @return the counts
   */
  Map<String, Integer> restrictedContributionCounts() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (int p = 0; p < objectives.size(); p++) {
      if (restricted[p] > 0) {
        counts.put(objectives.get(p).getObjectiveId(), restricted[p]);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "EvaluationDocument[" + objectives.size() + " objectives as of " + asOf + "]";
  }
}
