package fr.okrsante.review;

import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Objective;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code kr-is-activity} (advice): a key result whose title starts with an activity verb ("Former
 * le personnel", "Organiser des ateliers", "Mettre en place", "Réaliser des réunions"; "Train",
 * "Organise", "Roll out", "Hold meetings") and whose metric counts work done (a milestone, or a
 * count) rather than measuring an outcome.
 *
 * <p><b>Why.</b> A key result says what changes, not what the team does: "Former le personnel" is
 * an activity, "90 % du personnel applique la procédure" is a result. Activities belong to
 * initiatives, which support key results. The seed's advice for health organisations is the same:
 * results are observable changes in behaviours, practices and organisations, not activity volumes.
 * A title with an activity verb is fine when the metric measures an outcome (a rate, a guardrail,
 * a delay in days, a computed figure): "Former 90 % du personnel" measured as a rate is a
 * coverage result.
 *
 * <p>The verb lists ({@link #FRENCH_ACTIVITIES}, {@link #ENGLISH_ACTIVITIES}) are matched at the
 * start of the title, after any "KR1 :" numbering, in any case and with or without accents. Both
 * lists are always used, whatever the review's language: a plan may mix them.
 */
public final class KeyResultIsActivity extends KeyResultRule {

  /** The rule id. */
  public static final String ID = "kr-is-activity";

  /** French verbs and nouns of activity, lower-case and without accents. */
  public static final List<String> FRENCH_ACTIVITIES = List.of(
      "former", "formation", "organiser", "organisation", "mettre en place", "mise en place", "mettre en oeuvre",
      "mise en oeuvre", "deployer", "deploiement", "realiser des reunions", "tenir des reunions", "reunir",
      "animer", "animation", "lancer", "lancement", "rediger", "redaction", "creer", "creation", "conduire",
      "mener", "sensibiliser", "sensibilisation", "informer", "diffuser", "planifier", "participer", "assister",
      "elaborer", "installer", "developper", "proposer", "faire", "effectuer", "realiser", "tenir", "rencontrer");

  /** English verbs and nouns of activity, lower-case. */
  public static final List<String> ENGLISH_ACTIVITIES = List.of(
      "train", "training", "organise", "organize", "organising", "organizing", "roll out", "rollout", "roll-out",
      "deploy", "deployment", "hold meetings", "hold", "run", "launch", "implement", "implementation", "set up",
      "create", "write", "draft", "conduct", "host", "deliver", "attend", "plan", "prepare", "develop",
      "build", "install", "raise awareness", "inform", "meet", "carry out", "do");

  /** Creates the rule. */
  public KeyResultIsActivity() {
    super(ID, Severity.ADVICE);
  }

  /**
   * Tells whether a metric counts work done rather than measuring an outcome: a milestone, or a
   * move to target in plain counts (or counting done initiatives).
   *
   * @param keyResult the key result
   * @return true if its metric counts work
   */
  public static boolean countsWork(KeyResult keyResult) {
    Metric metric = keyResult.getMetric();
    return switch (metric.kind()) {
      case MILESTONE -> true;
      case MOVE_TO_TARGET -> metric.takesInitiatives() || keyResult.getUnit() == MeasureUnit.COUNT;
      case RATE, GUARDRAIL, COMPUTED -> false;
    };
  }

  /**
   * Returns the activity phrase a title starts with.
   *
   * @param title a key result's title
   * @return the phrase as the title writes it (lower-cased), or empty
   */
  public static java.util.Optional<String> activityOf(String title) {
    String text = Titles.normalise(title);
    String phrase = Titles.startingPhrase(text, FRENCH_ACTIVITIES);
    if (phrase == null) {
      phrase = Titles.startingPhrase(text, ENGLISH_ACTIVITIES);
    }
    return phrase == null ? java.util.Optional.empty()
        : java.util.Optional.of(Titles.leadingWords(title, phrase.split(" ").length));
  }

  @Override
  @Nullable Finding check(ReviewContext context, Objective objective, KeyResult keyResult) {
    if (!countsWork(keyResult)) {
      return null;
    }
    return activityOf(keyResult.getTitle()).map(verb -> at(context, objective, keyResult, "title", verb))
        .orElse(null);
  }
}
