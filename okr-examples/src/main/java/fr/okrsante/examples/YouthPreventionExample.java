package fr.okrsante.examples;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
import java.time.LocalDate;

/**
 * A public-health prevention programme for young people.
 *
 * <pre>
 * jeunes-prevention  Renforcer la participation des jeunes aux actions de prévention  (PUBLIC)
 *   ← mda-aller-vers  Aller vers les jeunes éloignés de la prévention  (Maison des adolescents)
 * </pre>
 *
 * <p>Workshops count themselves: the key result is the number of workshop initiatives done.
 * Screening participation is to rise by 20 % over last year's 1,250 participants (target 1,500,
 * computed from the baseline). The share of young people who recommend the workshop had no
 * baseline when the plan was written: the first survey sets it.
 */
public final class YouthPreventionExample {

  /** The year of the plan. */
  public static final int YEAR = 2026;

  private YouthPreventionExample() {}

  /**
   * Builds the plan with a year of check-ins.
   *
   * @return the prevention programme's plan
   */
  public static Plan plan() {
    Objective prevention = Objective.builder()
        .id("jeunes-prevention")
        .title("Renforcer la participation des jeunes aux actions de prévention")
        .ownerUnitId("dps")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.PRS, "PRS-prevention-jeunes", "Prévention et promotion de la santé des jeunes"))
        .addKeyResults(
            KeyResult.builder().id("kr-ateliers")
                .title("Organiser au moins cinq ateliers de sensibilisation dans les établissements scolaires")
                .metric(MoveToTarget.countOfInitiativesDone(5))
                .build(),
            KeyResult.builder().id("kr-depistage")
                .title("Augmenter de 20 % la participation aux campagnes locales de dépistage")
                .metric(MoveToTarget.of("1250", Target.increaseBy(20)))
                // participants over the last twelve months
                .addAllCheckIns(MonthlyCheckIns.values(YEAR,
                    "1262", "1270", "1291", "1318", "1344", "1375", "1381", "1386", "1420", "1455", "1490", "1520"))
                .build(),
            KeyResult.builder().id("kr-recommandation")
                .title("Porter à 80 % la part des jeunes qui recommandent l'atelier")
                .metric(Rate.unknownBaseline(Target.absolute("80")))
                .addCheckIns(
                    CheckIn.ofRate(LocalDate.of(YEAR, 3, 31), 45, 75),
                    CheckIn.ofRate(LocalDate.of(YEAR, 6, 30), 88, 125),
                    CheckIn.ofRate(LocalDate.of(YEAR, 12, 31), 170, 210))
                .build())
        .build();

    Objective allerVers = Objective.builder()
        .id("mda-aller-vers")
        .title("Aller vers les jeunes éloignés de la prévention")
        .ownerUnitId("mda")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("kr-jeunes-rencontres")
            .title("Rencontrer 300 jeunes hors du cadre scolaire")
            .metric(MoveToTarget.of("0", Target.absolute("300")))
            .addCheckIns(
                CheckIn.of(LocalDate.of(YEAR, 3, 31), "40"),
                CheckIn.of(LocalDate.of(YEAR, 6, 30), "110"),
                CheckIn.of(LocalDate.of(YEAR, 9, 30), "170"),
                CheckIn.of(LocalDate.of(YEAR, 12, 31), "260"))
            .build())
        .build();

    return Plan.builder()
        .language("fr")
        .addRequiredFrameworkRefs(
            FrameworkRef.of(FrameworkScheme.PRS, "PRS-prevention-jeunes", "Prévention et promotion de la santé des jeunes"))
        .title("Programme prévention jeunes 2026")
        .addUnits(
            OrgUnit.of("dps", "Service départemental de prévention santé", UnitKind.ORGANISATION),
            OrgUnit.of("dps.jeunes", "Équipe prévention jeunes", UnitKind.TEAM, "dps"),
            OrgUnit.of("mda", "Maison des adolescents", UnitKind.PARTNER))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
        .addObjectives(prevention, allerVers)
        .addInitiatives(
            workshop("atelier-lycee-jaures", "Atelier au lycée Jean-Jaurès", InitiativeState.DONE, LocalDate.of(YEAR, 2, 10)),
            workshop("atelier-college-curie", "Atelier au collège Marie-Curie", InitiativeState.DONE, LocalDate.of(YEAR, 3, 24)),
            workshop("atelier-lycee-pro", "Atelier au lycée professionnel", InitiativeState.DONE, LocalDate.of(YEAR, 5, 19)),
            workshop("atelier-college-moulin", "Atelier au collège Jean-Moulin", InitiativeState.DONE, LocalDate.of(YEAR, 10, 13)),
            Initiative.builder().id("atelier-lycee-agricole").title("Atelier au lycée agricole")
                .state(InitiativeState.PLANNED).addKeyResultIds("kr-ateliers").build())
        .addLink("mda-aller-vers", "jeunes-prevention")
        .build();
  }

  private static Initiative workshop(String id, String title, InitiativeState state, LocalDate doneOn) {
    return Initiative.builder().id(id).title(title).state(state).doneOn(doneOn).addKeyResultIds("kr-ateliers").build();
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

    // Everything is public in a prevention programme run with partners: the service and the
    // Maison des adolescents see the same objectives and the same figures.
    tour.view("Direction du service", Viewer.of("p-direction", Membership.overseer("dps")), LocalDate.of(YEAR, 12, 31));
    tour.view("Maison des adolescents", Viewer.of("p-mda", Membership.member("mda")), LocalDate.of(YEAR, 12, 31));

    tour.json("youth-prevention");
  }
}
