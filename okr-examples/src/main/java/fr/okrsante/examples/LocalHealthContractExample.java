package fr.okrsante.examples;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Waypoint;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
import java.time.LocalDate;

/**
 * A local authority's Contrat local de santé: active mobility.
 *
 * <pre>
 * cls-mobilites  Favoriser les mobilités actives                     (agglomération, PUBLIC)
 *   ← mobilite-ecoles   Sécuriser les trajets vers les écoles         (service mobilités)
 *   ← velo-savoir-rouler  Apprendre le vélo aux enfants                (association partenaire)
 * </pre>
 *
 * <p>Road works happen mostly in the autumn, so the kilometres of safe routes follow a phased
 * curve (30 % expected by June, 50 % by September) rather than a straight line: 3.1 km in June is
 * on track, not behind.
 */
public final class LocalHealthContractExample {

  /** The year of the plan. */
  public static final int YEAR = 2026;

  private LocalHealthContractExample() {}

  /**
   * Builds the plan with a year of check-ins.
   *
   * @return the local health contract's plan
   */
  public static Plan plan() {
    Objective mobilites = Objective.builder()
        .id("cls-mobilites")
        .title("Favoriser les mobilités actives dans le cadre du Contrat local de santé")
        .ownerUnitId("agglo")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.CLS, "axe-3", "Environnements favorables à la santé"))
        .addKeyResults(
            KeyResult.builder().id("kr-itineraires")
                .title("Aménager 10 km d'itinéraires sécurisés vers les écoles et équipements de santé")
                .metric(MoveToTarget.of("0", Target.absolute("10")))
                .unit(MeasureUnit.KILOMETRES)
                .addWaypoints(Waypoint.of(LocalDate.of(YEAR, 6, 30), 0.3), Waypoint.of(LocalDate.of(YEAR, 9, 30), 0.5),
                    Waypoint.of(LocalDate.of(YEAR, 12, 31), 1.0))
                .addAllCheckIns(MonthlyCheckIns.values(YEAR,
                    "0", "0", "0.8", "1.5", "2.4", "3.1", "3.1", "3.1", "4.6", "6.0", "7.2", "8.5"))
                .build(),
            KeyResult.builder().id("kr-entreprises")
                .title("Impliquer 15 entreprises locales dans un programme de déplacement domicile-travail durable")
                .metric(MoveToTarget.of("0", Target.absolute("15")))
                .addCheckIns(
                    CheckIn.of(LocalDate.of(YEAR, 3, 31), "2"),
                    CheckIn.of(LocalDate.of(YEAR, 6, 30), "5"),
                    CheckIn.of(LocalDate.of(YEAR, 9, 30), "9"),
                    CheckIn.of(LocalDate.of(YEAR, 12, 31), "13"))
                .build())
        .build();

    Objective ecoles = Objective.builder()
        .id("mobilite-ecoles")
        .title("Sécuriser les trajets à pied et à vélo vers les écoles")
        .ownerUnitId("agglo.mobilites")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-ecoles")
            .title("Équiper 12 écoles d'un itinéraire sécurisé balisé")
            .metric(MoveToTarget.of("0", Target.absolute("12")))
            .addAllCheckIns(MonthlyCheckIns.values(YEAR, "0", "1", "1", "2", "3", "4", "4", "4", "6", "8", "10", "11"))
            .build())
        .build();

    Objective velo = Objective.builder()
        .id("velo-savoir-rouler")
        .title("Apprendre à circuler à vélo aux enfants")
        .ownerUnitId("velo-ecole")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("kr-savoir-rouler")
            .title("Former 400 élèves de CM2 au « savoir rouler à vélo »")
            .metric(MoveToTarget.of("0", Target.absolute("400")))
            .addAllCheckIns(MonthlyCheckIns.values(YEAR, "0", "20", "55", "90", "140", "210", "210", "210", "240", "290", "330", "360"))
            .build())
        .build();

    return Plan.builder()
        .language("fr")
        .addRequiredFrameworkRefs(
            FrameworkRef.of(FrameworkScheme.CLS, "axe-3", "Environnements favorables à la santé"),
            FrameworkRef.of(FrameworkScheme.CLS, "axe-1", "Accès aux soins de premier recours"))
        .title("Contrat local de santé 2026 — Agglomération du Val de Sambre")
        .addUnits(
            OrgUnit.of("agglo", "Agglomération du Val de Sambre", UnitKind.ORGANISATION),
            OrgUnit.of("agglo.mobilites", "Service mobilités", UnitKind.SERVICE, "agglo"),
            OrgUnit.of("agglo.sante", "Direction santé publique", UnitKind.SERVICE, "agglo"),
            OrgUnit.of("velo-ecole", "Association Vélo-École", UnitKind.PARTNER))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
        .addObjectives(mobilites, ecoles, velo)
        .addLink("mobilite-ecoles", "cls-mobilites")
        .addLink("velo-savoir-rouler", "cls-mobilites")
        .build();
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

    // The agglomeration's general management sees everything; its public-health department sees
    // the agglomeration's objectives; the partner association sees the public ones, and that one
    // restricted contribution (the mobility department's) counts in the contract's progress.
    tour.view("Direction générale", Viewer.of("p-dgs", Membership.overseer("agglo")), LocalDate.of(YEAR, 12, 31));
    tour.view("Direction santé publique", Viewer.of("p-sante", Membership.member("agglo.sante")), LocalDate.of(YEAR, 12, 31));
    tour.view("Association Vélo-École", Viewer.of("p-velo", Membership.lead("velo-ecole")), LocalDate.of(YEAR, 12, 31));

    tour.json("local-health-contract");
  }
}
