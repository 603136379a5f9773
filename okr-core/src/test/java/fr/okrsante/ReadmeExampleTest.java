package fr.okrsante;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code shown in the README, kept compiling and true. */
class ReadmeExampleTest {

  static Plan safetyCulturePlan() {
    // README:plan-start
    Objective safety = Objective.builder()
        .id("securite-soins")
        .title("Renforcer la culture de la sécurité des soins")
        .ownerUnitId("chu")
        .cycleId("2026")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "Déclaration et analyse des EIG"))
        .addKeyResults(
            KeyResult.builder().id("kr-formation")
                .title("Former 90 % du personnel aux procédures de gestion des risques")
                .metric(Rate.of("40", "90"))
                .build(),
            KeyResult.builder().id("kr-eig")
                .title("Analyser 100 % des événements indésirables graves sous 30 jours")
                .metric(Rate.of("60", "100"))
                .build(),
            KeyResult.builder().id("kr-crex")
                .title("Tenir un CREX chaque mois dans chaque pôle")
                .metric(fr.okrsante.plan.MoveToTarget.of("0", fr.okrsante.plan.Target.absolute("12")))
                .unit(MeasureUnit.COUNT)
                .build())
        .build();

    Plan plan = Plan.builder()
        .addUnits(OrgUnit.of("chu", "CHU de Lille", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(safety)
        .build();

    plan = plan.withCheckIn("kr-formation", CheckIn.ofRate(LocalDate.of(2026, 6, 30), 1300, 2000));
    // README:plan-end
    return plan;
  }

  @Test
  void readme_plan_builds_and_records_a_check_in() {
    Plan plan = safetyCulturePlan();
    assertThat(plan.keyResult("kr-formation").orElseThrow().getCheckIns())
        .singleElement()
        .satisfies(c -> assertThat(c.getValue()).isEqualByComparingTo("65"));
  }
}
