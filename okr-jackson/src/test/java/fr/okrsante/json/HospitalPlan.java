package fr.okrsante.json;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.NoDataPolicy;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.RollupSources;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Waypoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A realistic hospital and territory plan that uses every part of the format: every metric kind,
 * rates, relative targets, unknown baselines, guardrails, computed key results, initiatives, links
 * of both modes, status overrides, waypoints, framework references, awkward decimals.
 */
final class HospitalPlan {

  private HospitalPlan() {}

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  static Plan build() {
    OrgUnit chu = OrgUnit.builder().id("chu-nord").name("CHU Nord").kind(UnitKind.ORGANISATION)
        .putIdentifiers("FINESS", "590780193").putIdentifiers("SIRET", "26590000100015").build();
    OrgUnit pole = OrgUnit.of("chu-nord.pole-urg", "Pôle urgences", UnitKind.POLE, "chu-nord");
    OrgUnit urgences = OrgUnit.of("chu-nord.urgences", "Service des urgences", UnitKind.SERVICE, "chu-nord.pole-urg");
    OrgUnit cpts = OrgUnit.of("cpts-lille", "CPTS Lille Est", UnitKind.NETWORK);
    OrgUnit msp = OrgUnit.of("cpts-lille.msp-1", "MSP des Bois", UnitKind.PARTNER, "cpts-lille");

    Cycle year = Cycle.of("y2026", "2026", day("2026-01-01"), day("2026-12-31"));
    Cycle quarter = Cycle.builder().id("y2026-t1").label("T1 2026").startDate(day("2026-01-01"))
        .endDate(day("2026-03-31")).parentId("y2026").build();

    KeyResult formation = KeyResult.builder().id("kr-formation")
        .title("Former 90 % du personnel aux procédures de gestion des risques")
        .metric(MoveToTarget.of("42", Target.absolute("90"))).unit(MeasureUnit.PERCENT)
        .addWaypoints(Waypoint.of(day("2026-03-31"), 0.25), Waypoint.of(day("2026-06-30"), 0.5))
        .cadence(Period.ofMonths(1))
        .addCheckIns(CheckIn.builder().observedOn(day("2026-01-31")).value(new BigDecimal("48.50"))
            .recordedAt(Instant.parse("2026-02-01T08:30:00Z")).confidence(0.7).note("Sessions de janvier \"pleines\"\n")
            .authorId("p-12").source(CheckInSource.IMPORT).status(CheckInStatus.PROVISIONAL).build())
        .addCheckIns(CheckIn.builder().observedOn(day("2026-01-31")).value(new BigDecimal("0.10E+2"))
            .recordedAt(Instant.parse("2026-02-03T17:05:09.123456789Z")).build())
        .build();
    KeyResult eig = KeyResult.builder().id("kr-eig")
        .title("100 % des analyses d'EIG réalisées sous 30 jours")
        .metric(Rate.ofPercent("60", "100"))
        .addCheckIns(CheckIn.ofRate(day("2026-02-28"), 9, 12))
        .addCheckIns(CheckIn.rateBuilder(BigDecimal.ONE, new BigDecimal("3")).observedOn(day("2026-03-31"))
            .source(CheckInSource.COMPUTED).build())
        .statusOverride(StatusOverride.of(Status.AT_RISK, "p-3", Instant.parse("2026-03-02T10:00:00Z"),
            "Retard de saisie lié à la migration du DPI"))
        .build();
    KeyResult chutes = KeyResult.builder().id("kr-chutes").title("Taux de chutes au plus 5 pour 1000 journées")
        .metric(Guardrail.atOrBelow(new BigDecimal("5.0"))).unit(MeasureUnit.OTHER).unitLabel("‰ journées")
        .addCheckIns(CheckIn.of(day("2026-01-31"), "0.10"), CheckIn.of(day("2026-02-28"), "-0"))
        .build();
    KeyResult budget = KeyResult.builder().id("kr-budget").title("Tenir le budget formation")
        .metric(Guardrail.within(new BigDecimal("1E+3"), new BigDecimal("2.50E+3"))).unit(MeasureUnit.EUROS)
        .weight(0.5).addCheckIns(CheckIn.of(day("2026-03-31"), new BigDecimal("1.500E+3")))
        .build();
    Objective secu = Objective.builder().id("obj-secu").title("Renforcer la culture de la sécurité des soins")
        .description("Priorité du projet d'établissement 2025-2029.").ownerUnitId("chu-nord").cycleId("y2026")
        .addOwnerPersonIds("p-1", "p-2").visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.builder().scheme(FrameworkScheme.HAS_CERTIFICATION).schemeVersion("2025")
            .code("1.1-01").label("Culture de sécurité").build())
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.NHS_OUTCOMES, "3.7.ii", ""))
        .rollup(RollupSettings.builder().strategy(RollupSettings.MINIMUM).noData(NoDataPolicy.LEAVE_OUT)
            .sources(RollupSources.BOTH).capOverachievement(false).build())
        .addKeyResults(formation, eig, chutes, budget)
        .build();

    KeyResult attente = KeyResult.builder().id("kr-attente").title("Réduire de 20 % l'attente médiane aux urgences")
        .metric(MoveToTarget.of("240", Target.reduceBy(20))).unit(MeasureUnit.MINUTES)
        .startDate(day("2026-01-15")).dueDate(day("2026-12-15"))
        .addCheckIns(CheckIn.of(day("2026-02-28"), "216"))
        .build();
    KeyResult satisfaction = KeyResult.builder().id("kr-satisfaction").title("Augmenter de 15 % la satisfaction")
        .metric(MoveToTarget.unknownBaseline(Target.relative(new BigDecimal("15.0")))).unit(MeasureUnit.PERCENT)
        .indicatorId("IQSS-ESATIS-48h").indicator(IndicatorBinding.of("https://www.has-sante.fr/iqss", "ESATIS48H")).build();
    KeyResult ateliers = KeyResult.builder().id("kr-ateliers").title("Organiser au moins cinq ateliers")
        .metric(MoveToTarget.countOfInitiativesDone(5)).unit(MeasureUnit.OTHER).unitLabel("ateliers").build();
    KeyResult protocole = KeyResult.builder().id("kr-protocole").title("Protocole de tri validé")
        .metric(Milestone.doneOrNot()).addCheckIns(CheckIn.of(day("2026-03-15"), "1")).build();
    KeyResult projet = KeyResult.builder().id("kr-projet").title("Projet de service mené à bien")
        .metric(Milestone.fromInitiatives()).build();
    Objective urg = Objective.builder().id("obj-urg").title("Réduire l'attente aux urgences")
        .ownerUnitId("chu-nord.urgences").cycleId("y2026").kind(ObjectiveKind.COMMITTED).visibility(Visibility.UNIT)
        .addGrantedUnitIds("cpts-lille").addKeyResults(attente, satisfaction, ateliers, protocole, projet)
        .statusOverride(StatusOverride.of(Status.ON_TRACK, "p-7", Instant.parse("2026-03-01T00:00:00Z"), "Hiver calme"))
        .build();

    KeyResult mspEig = KeyResult.builder().id("kr-msp-eig").title("Analyses d'EIG de la MSP sous 30 jours")
        .metric(Rate.unknownBaseline(Target.absolute("90")))
        .indicator(IndicatorBinding.of("https://example.org/fhir/Measure/eig-30j"))
        .addCheckIns(CheckIn.rateBuilder(BigDecimal.ONE, BigDecimal.valueOf(2)).observedOn(day("2026-01-31"))
            .source(CheckInSource.IMPORT).sourceRef("fhir:MeasureReport/eig-msp-1/_history/1").build()).build();
    Objective mspObjective = Objective.builder().id("obj-msp").title("Sécuriser les prises en charge de la MSP")
        .ownerUnitId("cpts-lille.msp-1").cycleId("y2026-t1").lifecycle(Lifecycle.DRAFT).addKeyResults(mspEig).build();

    KeyResult pooled = KeyResult.builder().id("kr-cpts-eig").title("Analyses d'EIG du territoire sous 30 jours")
        .metric(ComputedMetric.builder().aggregation(Aggregation.POOLED_RATE).addSourceIds("kr-eig", "kr-msp-eig")
            .baseline(new BigDecimal("50")).target(Target.absolute("80")).build())
        .build();
    KeyResult meanWait = KeyResult.builder().id("kr-cpts-attente").title("Attente moyenne du territoire")
        .metric(ComputedMetric.builder().aggregation(Aggregation.MEAN).addSourceIds("kr-attente")
            .baseline(new BigDecimal("0.000001")).target(Target.relative(new BigDecimal("-10.5"))).build())
        .unit(MeasureUnit.MINUTES).build();
    Objective cptsObjective = Objective.builder().id("obj-cpts").title("Coordonner les parcours du territoire")
        .description("Contrat local de santé, axe 2").ownerUnitId("cpts-lille").cycleId("y2026")
        .kind(ObjectiveKind.ASPIRATIONAL).visibility(Visibility.PRIVATE).addGrantedPersonIds("p-40")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.CLS, "AXE-2", "Parcours"))
        .addKeyResults(pooled, meanWait).build();

    return Plan.builder().title("Plan qualité CHU Nord et CPTS Lille Est 2026")
        .addUnits(chu, pole, urgences, cpts, msp)
        .addCycles(year, quarter)
        .addObjectives(secu, urg, mspObjective, cptsObjective)
        .addInitiatives(
            Initiative.builder().id("ini-1").title("Atelier prévention des chutes n°1").state(InitiativeState.DONE)
                .doneOn(day("2026-02-10")).addKeyResultIds("kr-ateliers", "kr-projet").build(),
            Initiative.builder().id("ini-2").title("Atelier n°2").state(InitiativeState.IN_PROGRESS)
                .addKeyResultIds("kr-ateliers").build(),
            Initiative.builder().id("ini-3").title("Refonte du circuit court").weight(2.5)
                .addKeyResultIds("kr-projet").externalRef("JIRA-123").build(),
            Initiative.builder().id("ini-4").title("Application abandonnée").state(InitiativeState.CANCELLED)
                .addKeyResultIds("kr-projet").build())
        .addLink(AlignmentLink.of("obj-urg", "obj-secu", 2, LinkMode.CONTRIBUTES))
        .addLink("obj-msp", "obj-cpts")
        .addLink(AlignmentLink.of("obj-urg", "obj-cpts", 0.5, LinkMode.INFORMS))
        .build();
  }
}
