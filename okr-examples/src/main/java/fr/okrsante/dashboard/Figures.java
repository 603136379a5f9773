package fr.okrsante.dashboard;

import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.util.List;

/**
 * The figures a dashboard shows, whether they come from a whole evaluation or from what one
 * viewer may see of it.
 */
interface Figures {

  ObjectiveProgress objective(String objectiveId);

  KeyResultProgress keyResult(String keyResultId);

  List<Contribution> contributions(String objectiveId);

  /** How many contributions to the objective the viewer may not see (0 on a whole evaluation). */
  int restrictedContributions(String objectiveId);

  static Figures of(Evaluation evaluation) {
    return new Figures() {
      @Override
      public ObjectiveProgress objective(String objectiveId) {
        return evaluation.objective(objectiveId);
      }

      @Override
      public KeyResultProgress keyResult(String keyResultId) {
        return evaluation.keyResult(keyResultId);
      }

      @Override
      public List<Contribution> contributions(String objectiveId) {
        return evaluation.contributions(objectiveId);
      }

      @Override
      public int restrictedContributions(String objectiveId) {
        return 0;
      }
    };
  }

  /** The figures one viewer may see: visible contributions only, hidden ones counted. */
  static Figures of(EvaluationView evaluation) {
    PlanView view = evaluation.getPlanView();
    return new Figures() {
      @Override
      public ObjectiveProgress objective(String objectiveId) {
        return evaluation.objective(objectiveId);
      }

      @Override
      public KeyResultProgress keyResult(String keyResultId) {
        return evaluation.keyResult(keyResultId);
      }

      @Override
      public List<Contribution> contributions(String objectiveId) {
        return evaluation.contributions(objectiveId);
      }

      @Override
      public int restrictedContributions(String objectiveId) {
        return view.restrictedContributionCount(objectiveId);
      }
    };
  }
}
