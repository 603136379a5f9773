package fr.okrsante.examples;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A CPTS (communauté professionnelle territoriale de santé) and its member structures, with the
 * local hospital as a partner.
 *
 * <pre>
 * cpts-parcours  Coordination des parcours des patients chroniques   (CPTS, PUBLIC)
 *   ⇢ remparts-diabete, vallee-diabete, centre-diabete                (members; informs only:
 *                                                                      their figures already flow
 *                                                                      into the pooled key result)
 * cpts-acces     Accès aux soins non programmés                      (CPTS, PUBLIC)
 *   ← vallee-snp   Ouvrir des créneaux de soins non programmés         (MSP de la Vallée)
 * chvs-urgences  Désengorger les urgences                            (hospital, PUBLIC)
 *   ← vallee-snp   (the same objective: it serves two parents)
 * </pre>
 *
 * <p>The CPTS's share of diabetic patients with a coordination plan is computed from its members'
 * rates by pooling: 60/200, 45/100 and 10/50 give 115/350 = 32.9 %, not the 31.7 % a mean of the
 * three percentages would give.
 */
public final class TerritorialNetworkExample {

  /** The year of the plan. */
  public static final int YEAR = 2026;

  private TerritorialNetworkExample() {}

  /**
   * Builds the plan with a year of check-ins.
   *
   * @return the territorial plan
   */
  public static Plan plan() {
    Objective parcours = Objective.builder()
        .id("cpts-parcours")
        .title("Améliorer la coordination et la continuité du parcours des patients chroniques sur le territoire")
        .ownerUnitId("cpts")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.OTHER, "ACI-CPTS-2", "Organisation de parcours pluriprofessionnels"))
        .addKeyResults(
            KeyResult.builder().id("kr-parcours-types")
                .title("Formaliser au moins trois parcours types validés par les professionnels du territoire")
                .metric(MoveToTarget.countOfInitiativesDone(3))
                .build(),
            KeyResult.builder().id("kr-structures-impliquees")
                .title("Impliquer 80 % des structures de premier recours dans les réunions de coordination")
                .metric(Rate.ofPercent("40", "80"))
                .addAllCheckIns(MonthlyCheckIns.rates(YEAR, 10, 25, 11, 25, 12, 25, 13, 25, 14, 25, 15, 25,
                    15, 25, 15, 25, 17, 25, 18, 25, 19, 25, 20, 25))
                .build(),
            KeyResult.builder().id("kr-plans-coordination")
                .title("Porter à 50 % la part des patients diabétiques avec un plan personnalisé de coordination")
                .metric(ComputedMetric.builder()
                    .addSourceIds("kr-remparts-ppcs", "kr-vallee-ppcs", "kr-centre-ppcs")
                    .aggregation(Aggregation.POOLED_RATE)
                    .baseline(new BigDecimal("20"))
                    .target(Target.absolute("50"))
                    .build())
                .build())
        .build();

    Objective acces = Objective.builder()
        .id("cpts-acces")
        .title("Améliorer l'accès aux soins non programmés")
        .ownerUnitId("cpts")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .build();

    Objective urgences = Objective.builder()
        .id("chvs-urgences")
        .title("Désengorger les urgences du centre hospitalier")
        .ownerUnitId("chvs")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .build();

    Objective snp = Objective.builder()
        .id("vallee-snp")
        .title("Ouvrir des créneaux de soins non programmés")
        .ownerUnitId("cpts.msp-vallee")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addKeyResults(KeyResult.builder().id("kr-creneaux")
            .title("Passer de 4 à 20 créneaux de soins non programmés par semaine")
            .metric(MoveToTarget.of("4", Target.absolute("20")))
            .addAllCheckIns(MonthlyCheckIns.values(YEAR, "4", "6", "8", "8", "10", "12", "12", "12", "14", "16", "18", "18"))
            .build())
        .build();

    return Plan.builder()
        .language("fr")
        .title("Projet de santé 2026 — CPTS du Pays de Sambre")
        .addUnits(
            OrgUnit.of("cpts", "CPTS du Pays de Sambre", UnitKind.NETWORK),
            OrgUnit.of("cpts.msp-remparts", "MSP des Remparts", UnitKind.PARTNER, "cpts"),
            OrgUnit.of("cpts.msp-vallee", "MSP de la Vallée", UnitKind.PARTNER, "cpts"),
            OrgUnit.of("cpts.centre-sante", "Centre de santé municipal", UnitKind.PARTNER, "cpts"),
            OrgUnit.of("chvs", "Centre hospitalier du Val de Sambre", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
        .addObjectives(parcours, acces, urgences, snp,
            diabetes("remparts-diabete", "cpts.msp-remparts", "kr-remparts-ppcs", "20",
                40, 200, 45, 200, 50, 200, 52, 200, 56, 200, 60, 200, 62, 200, 66, 200, 75, 200, 84, 200, 92, 200, 100, 200),
            diabetes("vallee-diabete", "cpts.msp-vallee", "kr-vallee-ppcs", "30",
                30, 100, 32, 100, 36, 100, 39, 100, 42, 100, 45, 100, 46, 100, 47, 100, 50, 100, 52, 100, 54, 100, 55, 100),
            diabetes("centre-diabete", "cpts.centre-sante", "kr-centre-ppcs", "10",
                5, 50, 6, 50, 7, 50, 8, 50, 9, 50, 10, 50, 11, 50, 12, 50, 14, 50, 16, 50, 18, 50, 20, 50))
        .addInitiatives(
            pathway("parcours-diabete", "Parcours type diabète", InitiativeState.DONE, LocalDate.of(YEAR, 4, 30)),
            pathway("parcours-ic", "Parcours type insuffisance cardiaque", InitiativeState.DONE, LocalDate.of(YEAR, 10, 15)),
            Initiative.builder().id("parcours-sante-mentale").title("Parcours type santé mentale")
                .state(InitiativeState.IN_PROGRESS).addKeyResultIds("kr-parcours-types").build())
        // the members' figures already count in the pooled key result: their objectives inform the
        // CPTS's objective, they do not count a second time
        .addLink(AlignmentLink.of("remparts-diabete", "cpts-parcours", 1, LinkMode.INFORMS))
        .addLink(AlignmentLink.of("vallee-diabete", "cpts-parcours", 1, LinkMode.INFORMS))
        .addLink(AlignmentLink.of("centre-diabete", "cpts-parcours", 1, LinkMode.INFORMS))
        // one MSP objective serves two parents: the CPTS's access objective and the hospital's
        .addLink("vallee-snp", "cpts-acces")
        .addLink("vallee-snp", "chvs-urgences")
        .build();
  }

  private static Objective diabetes(String id, String unitId, String keyResultId, String baseline, long... rates) {
    return Objective.builder()
        .id(id)
        .title("Coordonner le suivi des patients diabétiques de la structure")
        .ownerUnitId(unitId)
        .cycleId("2026")
        .visibility(Visibility.UNIT)
        .addKeyResults(KeyResult.builder().id(keyResultId)
            .title("Patients diabétiques avec un plan personnalisé de coordination")
            .metric(Rate.ofPercent(baseline, "50"))
            .addAllCheckIns(MonthlyCheckIns.rates(YEAR, rates))
            .build())
        .build();
  }

  private static Initiative pathway(String id, String title, InitiativeState state, LocalDate doneOn) {
    return Initiative.builder().id(id).title(title).state(state).doneOn(doneOn)
        .addKeyResultIds("kr-parcours-types").build();
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

    // The CPTS's coordination oversees the network, but each MSP and the health centre is a
    // partner structure, its own organisation: oversight stops at that boundary, so the
    // coordination sees what they make public, and the territorial rate pooled from their
    // unit-level objectives shows its progress but not its value ("restricted"). A member
    // structure sees the network's public objectives and its own, not the other members'; the
    // hospital, a partner, sees the public objectives only.
    tour.view("Coordination de la CPTS", Viewer.of("p-coordination", Membership.overseer("cpts")),
        LocalDate.of(YEAR, 12, 31));
    tour.view("MSP de la Vallée", Viewer.of("p-msp-vallee", Membership.lead("cpts.msp-vallee")), LocalDate.of(YEAR, 12, 31));
    tour.view("Centre hospitalier (partenaire)", Viewer.of("p-chvs", Membership.lead("chvs")), LocalDate.of(YEAR, 12, 31));

    tour.json("territorial-network");
  }
}
