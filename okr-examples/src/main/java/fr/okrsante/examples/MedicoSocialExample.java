package fr.okrsante.examples;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A medico-social establishment (an EHPAD) improving its residents' quality of life and autonomy.
 *
 * <pre>
 * qualite-vie  Améliorer la qualité de vie et l'autonomie des résidents   (EHPAD, PUBLIC)
 *   ← animation-stimulation  Déployer la stimulation cognitive         (équipe animation)
 *   ← soins-chutes           Prévenir les chutes                        (équipe soignante)
 * </pre>
 *
 * <p>It shows key results that follow the work done: "two new cognitive-stimulation activities"
 * counts the activities whose initiative is done, and the animation team's milestone is the
 * weighted share of its initiatives done (a cancelled one no longer counts). Residents'
 * satisfaction is a guardrail (≥ 85 %) measured by a quarterly survey.
 */
public final class MedicoSocialExample {

  /** The year of the plan. */
  public static final int YEAR = 2026;

  private MedicoSocialExample() {}

  /**
   * Builds the plan with a year of check-ins.
   *
   * @return the EHPAD's plan
   */
  public static Plan plan() {
    Objective qualiteVie = Objective.builder()
        .id("qualite-vie")
        .title("Améliorer la qualité de vie et l'autonomie des résidents")
        .ownerUnitId("ehpad")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "3.2", "Accompagnement à l'autonomie"))
        .addKeyResults(
            KeyResult.builder().id("kr-satisfaction-residents")
                .title("Maintenir la satisfaction des résidents au-dessus de 85 %")
                .metric(Guardrail.atOrAbove(new BigDecimal("85")))
                .unit(MeasureUnit.PERCENT)
                // quarterly survey of residents and families
                .addCheckIns(
                    CheckIn.of(LocalDate.of(YEAR, 3, 31), "82"),
                    CheckIn.of(LocalDate.of(YEAR, 6, 30), "86"),
                    CheckIn.of(LocalDate.of(YEAR, 9, 30), "88"),
                    CheckIn.of(LocalDate.of(YEAR, 12, 31), "87"))
                .build(),
            KeyResult.builder().id("kr-nouvelles-activites")
                .title("Mettre en place 2 nouvelles activités de stimulation cognitive d'ici 12 mois")
                .metric(MoveToTarget.countOfInitiativesDone(2))
                .build())
        .build();

    Objective stimulation = Objective.builder()
        .id("animation-stimulation")
        .title("Déployer les activités de stimulation cognitive")
        .ownerUnitId("ehpad.animation")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-programme-stimulation")
            .title("Programme de stimulation cognitive déployé")
            .metric(Milestone.fromInitiatives())
            .build())
        .build();

    Objective chutes = Objective.builder()
        .id("soins-chutes")
        .title("Prévenir les chutes pour préserver l'autonomie à la marche")
        .ownerUnitId("ehpad.soins")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-prevention-chutes")
            .title("Faire bénéficier 80 % des résidents d'un programme de prévention des chutes")
            .metric(Rate.ofPercent("30", "80"))
            .addAllCheckIns(MonthlyCheckIns.rates(YEAR, 26, 80, 30, 80, 34, 80, 38, 80, 43, 80, 48, 80,
                49, 80, 50, 80, 54, 80, 57, 80, 60, 80, 62, 80))
            .build())
        .build();

    return Plan.builder()
        .language("fr")
        .addRequiredFrameworkRefs(
            FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "3.2", "Accompagnement à l'autonomie"),
            FrameworkRef.of(FrameworkScheme.HAS_ESSMS, "3.6", "Prévention des risques liés à la santé"))
        .title("Projet d'établissement 2026 — EHPAD Les Tilleuls")
        .addUnits(
            OrgUnit.of("ehpad", "EHPAD Les Tilleuls", UnitKind.ORGANISATION),
            OrgUnit.of("ehpad.animation", "Équipe animation", UnitKind.TEAM, "ehpad"),
            OrgUnit.of("ehpad.soins", "Équipe soignante", UnitKind.TEAM, "ehpad"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
        .addObjectives(qualiteVie, stimulation, chutes)
        .addInitiatives(
            activity("act-atelier-memoire", "Atelier mémoire hebdomadaire", InitiativeState.DONE, LocalDate.of(YEAR, 4, 15), 1),
            activity("act-jardin", "Jardin thérapeutique", InitiativeState.DONE, LocalDate.of(YEAR, 11, 11), 2),
            activity("act-musique", "Séances de musicothérapie", InitiativeState.IN_PROGRESS, null, 1),
            activity("act-sorties", "Sorties culturelles mensuelles", InitiativeState.CANCELLED, null, 1))
        .addLink("animation-stimulation", "qualite-vie")
        .addLink("soins-chutes", "qualite-vie")
        .build();
  }

  private static Initiative activity(String id, String title, InitiativeState state, @Nullable LocalDate doneOn,
      double weight) {
    Initiative.Builder builder = Initiative.builder().id(id).title(title).state(state).weight(weight)
        .addKeyResultIds("kr-nouvelles-activites", "kr-programme-stimulation");
    if (doneOn != null) {
      builder.doneOn(doneOn);
    }
    return builder.build();
  }

  /**
   * Evaluates the plan at mid-year and at year end and prints the dashboard.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour tour = Tour.of(plan());
    tour.progressAt(LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 12, 31));
    tour.dashboard(LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 6, 30));

    // The director sees everything; a member of the care team sees the whole establishment's
    // objectives (visible to the organisation); the council of residents' families, with no
    // membership, sees the public objective and that two restricted contributions make it up.
    tour.view("Direction", Viewer.of("p-direction", Membership.overseer("ehpad")), LocalDate.of(YEAR, 12, 31));
    tour.view("Aide-soignante", Viewer.of("p-as", Membership.member("ehpad.soins")), LocalDate.of(YEAR, 12, 31));
    tour.view("Conseil de la vie sociale", Viewer.of("p-cvs"), LocalDate.of(YEAR, 12, 31));

    tour.json("medico-social");
  }
}
