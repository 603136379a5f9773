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
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A hospital's quality plan for 2026, from the establishment down to its pôles and services.
 *
 * <pre>
 * securite-soins  Renforcer la culture de la sécurité des soins      (établissement)
 *   ← cardio-risques   Ancrer la gestion des risques en cardiologie   (service)
 *   ← urgences-qvct    Qualité de vie au travail aux urgences          (service, PRIVATE, QVCT)
 * experience-patient  Améliorer l'expérience patient                  (établissement, PUBLIC)
 *   ← urgences-delais  Réduire les délais aux urgences                (pôle)
 *       ← urgences-filiere-courte  Ouvrir une filière courte           (service, milestone from initiatives)
 * </pre>
 *
 * <p>It shows rates pooled from numerators and denominators (EIG analysed within 30 days, staff
 * trained), a decrease target ("réduire de 20 %" the median waiting time: 240 → 192 min), a
 * guardrail (satisfaction ≥ 85 %), a milestone that follows the work done, and a restricted QVCT
 * objective that counts in the establishment's progress without being shown to everyone.
 *
 * <p>Run it: {@code java -cp okr-examples/target/okr.jar fr.okrsante.examples.HospitalExample}.
 */
public final class HospitalExample {

  /** The year of the plan. */
  public static final int YEAR = 2026;

  private HospitalExample() {}

  /**
   * Builds the plan with a year of check-ins.
   *
   * @return the hospital's plan
   */
  public static Plan plan() {
    Objective securite = Objective.builder()
        .id("securite-soins")
        .title("Renforcer la culture de la sécurité des soins")
        .ownerUnitId("chvs")
        .cycleId("2026")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "Gestion des risques"))
        .addKeyResults(
            KeyResult.builder().id("kr-eig")
                .title("Réaliser 100 % des analyses d'EIG sous 30 jours")
                .metric(Rate.ofPercent("60", "100"))
                .cadence(Period.ofMonths(1))
                // cumulative since January: analyses done within 30 days / serious adverse events
                .addAllCheckIns(MonthlyCheckIns.rates(YEAR, 3, 5, 6, 9, 9, 13, 12, 16, 14, 18, 16, 20,
                    19, 23, 21, 25, 25, 29, 28, 32, 31, 35, 35, 39))
                .build(),
            KeyResult.builder().id("kr-formation")
                .title("Former 90 % du personnel aux procédures de gestion des risques")
                .metric(Rate.ofPercent("40", "90"))
                .weight(2)
                .addAllCheckIns(MonthlyCheckIns.rates(YEAR, 820, 2000, 880, 2000, 960, 2000, 1080, 2000,
                    1200, 2000, 1300, 2000, 1320, 2000, 1330, 2000, 1450, 2000, 1580, 2000, 1700, 2000, 1780, 2000))
                .build(),
            KeyResult.builder().id("kr-rex")
                .title("Intégrer au moins trois retours d'expérience patients aux plans d'amélioration")
                .metric(MoveToTarget.of("0", Target.absolute("3")))
                .addAllCheckIns(MonthlyCheckIns.values(YEAR, "0", "0", "1", "1", "1", "1", "1", "1", "2", "2", "2", "3"))
                .build())
        .build();

    Objective cardio = Objective.builder()
        .id("cardio-risques")
        .title("Ancrer la gestion des risques en cardiologie")
        .ownerUnitId("chvs.cardiologie")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-cardio-formation")
            .title("Former 90 % de l'équipe de cardiologie aux procédures de gestion des risques")
            .metric(Rate.ofPercent("50", "90"))
            .addAllCheckIns(MonthlyCheckIns.rates(YEAR, 26, 50, 28, 50, 30, 50, 33, 50, 36, 50, 38, 50,
                38, 50, 39, 50, 41, 50, 43, 50, 45, 50, 46, 50))
            .build())
        .build();

    // QVCT: sensitive for the team, so only the service's leads (and the direction, which
    // oversees the establishment) see it; it still counts in the establishment's progress.
    Objective qvct = Objective.builder()
        .id("urgences-qvct")
        .title("Améliorer la qualité de vie au travail aux urgences")
        .ownerUnitId("chvs.urgences")
        .cycleId("2026")
        .visibility(Visibility.PRIVATE)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.QVCT, "QVCT-ABS", "Absentéisme"))
        .addKeyResults(KeyResult.builder().id("kr-absenteisme")
            .title("Ramener l'absentéisme de l'équipe de 9,5 % à 7,5 %")
            .metric(MoveToTarget.of("9.5", Target.absolute("7.5")))
            .unit(MeasureUnit.PERCENT)
            .addAllCheckIns(MonthlyCheckIns.values(YEAR,
                "9.6", "9.4", "9.2", "9.0", "8.8", "8.5", "8.9", "9.1", "8.4", "8.0", "7.8", "7.6"))
            .build())
        .build();

    Objective experience = Objective.builder()
        .id("experience-patient")
        .title("Améliorer l'expérience patient")
        .ownerUnitId("chvs")
        .cycleId("2026")
        .visibility(Visibility.PUBLIC)
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.IQSS, "e-Satis-MCO", "Satisfaction des patients hospitalisés"))
        .addKeyResults(KeyResult.builder().id("kr-satisfaction")
            .title("Maintenir la satisfaction des patients hospitalisés à 85 % ou plus")
            .metric(Guardrail.atOrAbove(new BigDecimal("85")))
            .unit(MeasureUnit.PERCENT)
            .addAllCheckIns(satisfaction())
            .build())
        .build();

    Objective delais = Objective.builder()
        .id("urgences-delais")
        .title("Réduire les délais de prise en charge aux urgences")
        .ownerUnitId("chvs.pole-urgences")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-delai")
            .title("Réduire de 20 % le délai médian de prise en charge aux urgences")
            .metric(MoveToTarget.of("240", Target.reduceBy(20)))
            .unit(MeasureUnit.MINUTES)
            .addAllCheckIns(MonthlyCheckIns.values(YEAR,
                "238", "235", "229", "224", "220", "216", "221", "226", "212", "205", "199", "194"))
            .build())
        .build();

    Objective filiere = Objective.builder()
        .id("urgences-filiere-courte")
        .title("Ouvrir une filière courte pour les soins non programmés")
        .ownerUnitId("chvs.urgences")
        .cycleId("2026")
        .addKeyResults(KeyResult.builder().id("kr-filiere")
            .title("Filière courte ouverte : médecin, box dédiés, tri formé")
            .metric(Milestone.fromInitiatives())
            .build())
        .build();

    return Plan.builder()
        .language("fr")
        .addRequiredFrameworkRefs(
            FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "Gestion des risques"),
            FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.3-11", "Bon usage des antibiotiques"),
            FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Information du patient sur son état de santé"))
        .title("Projet qualité 2026 — Centre hospitalier du Val de Sambre")
        .addUnits(
            OrgUnit.of("chvs", "Centre hospitalier du Val de Sambre", UnitKind.ORGANISATION),
            OrgUnit.of("chvs.pole-urgences", "Pôle urgences et soins critiques", UnitKind.POLE, "chvs"),
            OrgUnit.of("chvs.urgences", "Service des urgences", UnitKind.SERVICE, "chvs.pole-urgences"),
            OrgUnit.of("chvs.pole-medecine", "Pôle médecine", UnitKind.POLE, "chvs"),
            OrgUnit.of("chvs.cardiologie", "Cardiologie", UnitKind.SERVICE, "chvs.pole-medecine"))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
        .addObjectives(securite, cardio, qvct, experience, delais, filiere)
        .addInitiatives(
            done("init-medecin", "Recruter un médecin pour la filière courte", LocalDate.of(YEAR, 3, 16)),
            done("init-box", "Aménager deux box dédiés", LocalDate.of(YEAR, 6, 19)),
            done("init-tri", "Former les infirmiers d'accueil au tri vers la filière courte", LocalDate.of(YEAR, 9, 25)))
        .addLink("cardio-risques", "securite-soins")
        .addLink("urgences-qvct", "securite-soins")
        .addLink("urgences-delais", "experience-patient")
        .addLink("urgences-filiere-courte", "urgences-delais")
        .build();
  }

  /** The monthly e-Satis figure, published on the first day of the month; below 85 % in February and August. */
  private static List<CheckIn> satisfaction() {
    String[] values = {"86", "84", "87", "88", "88", "86", "85", "83", "86", "87", "88", "89"};
    CheckIn[] checkIns = new CheckIn[values.length];
    for (int month = 0; month < values.length; month++) {
      checkIns[month] = CheckIn.of(LocalDate.of(YEAR, month + 1, 1), values[month]);
    }
    return List.of(checkIns);
  }

  private static Initiative done(String id, String title, LocalDate doneOn) {
    return Initiative.builder().id(id).title(title).state(InitiativeState.DONE).doneOn(doneOn)
        .addKeyResultIds("kr-filiere").build();
  }

  /**
   * Evaluates the plan at the quarterly steering committees and prints the dashboards.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Plan plan = plan();
    Tour tour = Tour.of(plan);
    tour.progressAt(LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 12, 31));

    // How much does the emergency department's short track weigh in the patient-experience objective?
    Evaluation june = Evaluation.of(plan, LocalDate.of(YEAR, 6, 30));
    tour.say("kr-filiere → experience-patient: effective share "
        + tour.percent(june.effectiveShare("kr-filiere", "experience-patient")));

    tour.dashboard(LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 3, 31));

    // Who sees what: the direction sees everything; the head of the emergency department sees the
    // private QVCT objective of the service; a cardiology nurse sees that one restricted
    // contribution exists in the safety objective, and the same progress as the direction.
    tour.view("Direction", Viewer.of("p-direction", Membership.overseer("chvs")), LocalDate.of(YEAR, 6, 30));
    tour.view("Cadre de santé des urgences", Viewer.of("p-cadre-urgences", Membership.lead("chvs.urgences")),
        LocalDate.of(YEAR, 6, 30));
    tour.view("Infirmière de cardiologie", Viewer.of("p-ide-cardio", Membership.member("chvs.cardiologie")),
        LocalDate.of(YEAR, 6, 30));

    tour.json("hospital");
  }
}
