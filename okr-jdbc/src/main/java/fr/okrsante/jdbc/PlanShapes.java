package fr.okrsante.jdbc;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A plan without its check-ins (its structure), and back. */
final class PlanShapes {

  private PlanShapes() {}

  static Plan withoutCheckIns(Plan plan) {
    List<Objective> objectives = new ArrayList<>(plan.getObjectives().size());
    boolean changed = false;
    for (Objective objective : plan.getObjectives()) {
      List<KeyResult> keyResults = null;
      List<KeyResult> original = objective.getKeyResults();
      for (int k = 0; k < original.size(); k++) {
        KeyResult keyResult = original.get(k);
        if (!keyResult.getCheckIns().isEmpty()) {
          if (keyResults == null) {
            keyResults = new ArrayList<>(original);
          }
          keyResults.set(k, KeyResult.builder().from(keyResult).checkIns(List.of()).build());
        }
      }
      if (keyResults == null) {
        objectives.add(objective);
      } else {
        objectives.add(objective.toBuilder().keyResults(keyResults).build());
        changed = true;
      }
    }
    return changed ? rebuild(plan, objectives) : plan;
  }

  /** The structure with each key result's check-ins, in the order given. */
  static Plan withCheckIns(Plan structure, Map<String, List<CheckIn>> byKeyResult) {
    if (byKeyResult.isEmpty()) {
      return structure;
    }
    List<Objective> objectives = new ArrayList<>(structure.getObjectives().size());
    int placed = 0;
    for (Objective objective : structure.getObjectives()) {
      List<KeyResult> keyResults = null;
      List<KeyResult> original = objective.getKeyResults();
      for (int k = 0; k < original.size(); k++) {
        KeyResult keyResult = original.get(k);
        List<CheckIn> checkIns = byKeyResult.get(keyResult.getId());
        if (checkIns != null) {
          if (keyResults == null) {
            keyResults = new ArrayList<>(original);
          }
          keyResults.set(k, KeyResult.builder().from(keyResult).checkIns(checkIns).build());
          placed++;
        }
      }
      objectives.add(keyResults == null ? objective : objective.toBuilder().keyResults(keyResults).build());
    }
    if (placed != byKeyResult.size()) {
      for (String keyResultId : byKeyResult.keySet()) {
        if (structure.keyResult(keyResultId).isEmpty()) {
          throw new PlanStoreException("stored check-ins name key result '" + keyResultId
              + "', which the stored plan does not have: run verify() on this plan");
        }
      }
    }
    return rebuild(structure, objectives);
  }

  /**
   * The plan with each suppression's author replaced by {@link JdbcPlanStore#ERASED_AUTHOR}: authors
   * are personal data, stored apart from the document so that they can be erased.
   */
  static Plan withoutSuppressionAuthors(Plan plan) {
    List<Suppression> suppressions = plan.getSuppressions();
    if (suppressions.stream().allMatch(s -> s.getAuthorId().equals(JdbcPlanStore.ERASED_AUTHOR))) {
      return plan;
    }
    return rebuild(plan, plan.getObjectives(), withAuthors(suppressions, List.of()));
  }

  /** The suppressions' authors, in order. */
  static List<String> suppressionAuthors(Plan plan) {
    return plan.getSuppressions().stream().map(Suppression::getAuthorId).toList();
  }

  /** The structure with its suppressions' authors put back; an erased author stays {@link JdbcPlanStore#ERASED_AUTHOR}. */
  static Plan withSuppressionAuthors(Plan structure, List<String> authors) {
    if (authors.equals(suppressionAuthors(structure))) {
      return structure;
    }
    return rebuild(structure, structure.getObjectives(), withAuthors(structure.getSuppressions(), authors));
  }

  private static List<Suppression> withAuthors(List<Suppression> suppressions, List<String> authors) {
    List<Suppression> result = new ArrayList<>(suppressions.size());
    for (int i = 0; i < suppressions.size(); i++) {
      String author = i < authors.size() ? authors.get(i) : JdbcPlanStore.ERASED_AUTHOR;
      result.add(Suppression.builder().from(suppressions.get(i)).authorId(author).build());
    }
    return result;
  }

  private static Plan rebuild(Plan plan, List<Objective> objectives) {
    return rebuild(plan, objectives, plan.getSuppressions());
  }

  private static Plan rebuild(Plan plan, List<Objective> objectives, List<Suppression> suppressions) {
    // everything the plan says of itself travels with its structure: language, required codes, suppressions
    Plan.Builder builder = Plan.builder()
        .title(plan.getTitle())
        .addAllRequiredFrameworkRefs(plan.getRequiredFrameworkRefs())
        .addAllUnits(plan.getUnits())
        .addAllCycles(plan.getCycles())
        .addAllObjectives(objectives)
        .addAllInitiatives(plan.getInitiatives())
        .addAllLinks(plan.getLinks())
        .addAllSuppressions(suppressions);
    plan.getLanguage().ifPresent(builder::language);
    return builder.build();
  }

  /** Whether two check-ins say the same thing, personal data (which may be erased) aside. */
  static boolean sameRecord(CheckIn a, CheckIn b) {
    return a.getValue().equals(b.getValue())
        && a.getNumerator().equals(b.getNumerator())
        && a.getDenominator().equals(b.getDenominator())
        && a.getObservedOn().equals(b.getObservedOn())
        && a.getRecordedAt().equals(b.getRecordedAt())
        && a.getConfidence().equals(b.getConfidence())
        && a.getStatus() == b.getStatus()
        && a.getSource() == b.getSource()
        && Objects.equals(CheckInRows.sourceReferenceOf(a), CheckInRows.sourceReferenceOf(b));
  }
}
