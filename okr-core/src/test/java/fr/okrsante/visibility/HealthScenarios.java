package fr.okrsante.visibility;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
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
import java.time.LocalDate;

/**
 * A hospital and a CPTS sharing a plan: the fixture of the visibility scenarios.
 *
 * <pre>
 * chu (établissement)                       cpts (CPTS, network)
 *  ├─ chu.pole-med                           └─ cpts.msp (partner MSP)
 *  │   ├─ chu.urgences
 *  │   └─ chu.cardio
 *  └─ chu.drh
 *
 * etab-securite   PUBLIC        chu       ← urg-attente (UNIT, urgences), urg-qvct (PRIVATE, urgences)
 * etab-cpom       PRIVATE       chu       (financial recovery plan, CPOM)
 * cardio-parcours ORGANISATION  chu.cardio
 * cpts-acces      PUBLIC        cpts      ← msp-snp (UNIT, cpts.msp), ← urg-attente (informs)
 * cpts-interne    ORGANISATION  cpts
 * </pre>
 */
final class HealthScenarios {

  static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  static final Viewer DIRECTION = Viewer.of("p-direction", Membership.overseer("chu"));
  static final Viewer URGENCES_LEAD = Viewer.of("p-cadre-urg", Membership.lead("chu.urgences"));
  static final Viewer URGENCES_NURSE = Viewer.of("p-ide-urg", Membership.member("chu.urgences"));
  static final Viewer CARDIO_MEMBER = Viewer.of("p-ide-cardio", Membership.member("chu.cardio"));
  static final Viewer MSP_PARTNER = Viewer.of("p-msp", Membership.member("cpts.msp"));
  static final Viewer DRH_GRANTED = Viewer.of("p-drh", Membership.member("chu.drh"));
  static final Viewer NOBODY = Viewer.of("p-public");

  private HealthScenarios() {}

  static Plan plan() {
    Objective securite = objective("etab-securite", "Renforcer la culture de la sécurité des soins", "chu", Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "Déclaration et analyse des EIG"))
        .addKeyResults(KeyResult.builder().id("securite.kr-eig")
            .title("Analyser 100 % des EIG sous 30 jours").metric(Rate.ofPercent("60", "100"))
            .addCheckIns(CheckIn.ofRate(JUNE, 8, 10)).build())
        .build();
    Objective cpom = objective("etab-cpom", "Retour à l'équilibre financier", "chu", Visibility.PRIVATE)
        .description("Plan de retour à l'équilibre négocié avec l'ARS")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.CPOM, "CPOM-FIN-3", "Engagement financier"))
        .addKeyResults(KeyResult.builder().id("cpom.kr-deficit").title("Réduire le déficit de 4,2 M€ à 1 M€")
            .metric(MoveToTarget.of("4.2", Target.absolute("1"))).build())
        .build();
    Objective attente = objective("urg-attente", "Réduire l'attente aux urgences", "chu.urgences", Visibility.UNIT)
        .addKeyResults(KeyResult.builder().id("attente.kr-delai").title("Délai médian de prise en charge de 240 à 192 min")
            .metric(MoveToTarget.of("240", Target.absolute("192"))).build())
        .build();
    Objective qvct = objective("urg-qvct", "Réduire l'absentéisme du service", "chu.urgences", Visibility.PRIVATE)
        .addOwnerPersonIds("p-cadre-urg")
        .addGrantedPersonIds("p-drh")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.QVCT, "QVCT-ABS-7", "Absentéisme"))
        .addKeyResults(KeyResult.builder().id("qvct.kr-absenteisme").title("Taux d'absentéisme de 9,5 % à 7,5 %")
            .metric(MoveToTarget.of("9.5", Target.absolute("7.5")))
            .addCheckIns(CheckIn.builder().observedOn(JUNE).value(new java.math.BigDecimal("8.75"))
                .note("Trois arrêts longs en cours").authorId("p-cadre-urg").build())
            .build())
        .build();
    Objective parcours = objective("cardio-parcours", "Fluidifier le parcours du patient cardiaque", "chu.cardio",
        Visibility.ORGANISATION).build();
    Objective acces = objective("cpts-acces", "Améliorer l'accès aux soins non programmés", "cpts", Visibility.PUBLIC).build();
    Objective interne = objective("cpts-interne", "Structurer la gouvernance de la CPTS", "cpts", Visibility.ORGANISATION).build();
    Objective snp = objective("msp-snp", "Ouvrir des créneaux de soins non programmés", "cpts.msp", Visibility.UNIT).build();

    return Plan.builder()
        .title("Plan partagé CHU – CPTS 2026")
        .addUnits(
            OrgUnit.of("chu", "Centre hospitalier", UnitKind.ORGANISATION),
            OrgUnit.of("chu.pole-med", "Pôle médecine", UnitKind.POLE, "chu"),
            OrgUnit.of("chu.urgences", "Urgences", UnitKind.SERVICE, "chu.pole-med"),
            OrgUnit.of("chu.cardio", "Cardiologie", UnitKind.SERVICE, "chu.pole-med"),
            OrgUnit.of("chu.drh", "Direction des ressources humaines", UnitKind.SERVICE, "chu"),
            OrgUnit.of("cpts", "CPTS du Hainaut", UnitKind.NETWORK),
            OrgUnit.of("cpts.msp", "MSP des Remparts", UnitKind.PARTNER, "cpts"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(securite, cpom, attente, qvct, parcours, acces, interne, snp)
        .addLink("urg-attente", "etab-securite")
        .addLink("urg-qvct", "etab-securite")
        .addLink(AlignmentLink.of("urg-attente", "cpts-acces", 1, LinkMode.INFORMS))
        .addLink("msp-snp", "cpts-acces")
        .build();
  }

  private static Objective.Builder objective(String id, String title, String owner, Visibility visibility) {
    return Objective.builder().id(id).title(title).ownerUnitId(owner).cycleId("2026").visibility(visibility);
  }
}
