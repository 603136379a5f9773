package fr.okrsante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanHolder;
import fr.okrsante.plan.PlanVersionConflictException;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.VersionedPlan;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.CycleClose;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.testing.RandomPlans;
import fr.okrsante.testing.Seeds;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The library never logs a check-in note, a person id (author, owner, granted person) or the title
 * of a restricted objective, at any level.
 *
 * <p>The test binding (slf4j-simple, {@code src/test/resources/simplelogger.properties}) writes
 * everything okr-sante logs, down to TRACE, to {@code target/okr-sante-test.log}; this test runs
 * realistic scenarios, reads back what they logged and looks for the secrets in it.
 */
class LogPrivacyTest {

  private static final Path LOG_FILE = Path.of("target", "okr-sante-test.log");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private static final String NOTE = "Patient Dupont transféré en réanimation chambre 12";
  private static final String AUTHOR = "pers-ide-marie-curie";
  private static final String OWNER = "pers-cadre-jean-valjean";
  private static final String GRANTED = "pers-mg-anne-lefevre";
  private static final String RESTRICTED_TITLE = "Réduire les erreurs médicamenteuses au bloc de cardiologie";
  private static final String RESTRICTED_KR_TITLE = "Zéro erreur de dose en pédiatrie pour le praticien X";
  private static final List<String> SECRETS = List.of(NOTE, AUTHOR, OWNER, GRANTED, RESTRICTED_TITLE, RESTRICTED_KR_TITLE);

  private static CheckIn noted(LocalDate day, String value) {
    return CheckIn.builder().observedOn(day).value(new BigDecimal(value)).note(NOTE).authorId(AUTHOR).confidence(0.7).build();
  }

  private static Plan plan() {
    Objective restricted = Objective.builder().id("obj-secret").title(RESTRICTED_TITLE)
        .ownerUnitId("cardio").cycleId("2026").visibility(Visibility.PRIVATE)
        .addOwnerPersonIds(OWNER).addGrantedPersonIds(GRANTED)
        .addKeyResults(KeyResult.builder().id("kr-dose").title(RESTRICTED_KR_TITLE)
            .metric(MoveToTarget.of("12", Target.absolute("0"))).addCheckIns(noted(JAN_1.plusDays(30), "9")).build())
        .build();
    Objective open = Objective.builder().id("obj-open").title("Culture de sécurité").ownerUnitId("chu").cycleId("2026")
        .addOwnerPersonIds(OWNER)
        .addKeyResults(KeyResult.builder().id("kr-taux").title("Taux de déclaration")
            .metric(Rate.ofPercent("40", "90"))
            .addCheckIns(CheckIn.rateBuilder(BigDecimal.valueOf(5), BigDecimal.TEN).observedOn(JAN_1.plusDays(40))
                .note(NOTE).authorId(AUTHOR).build())
            .build())
        .build();
    return Plan.builder().title("Plan qualité")
        .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION), OrgUnit.of("cardio", "Cardiologie", UnitKind.SERVICE, "chu"))
        .addCycles(Cycle.of("2026", "2026", JAN_1, LocalDate.of(2026, 12, 31)))
        .addObjectives(restricted, open)
        .addLink(AlignmentLink.of("obj-secret", "obj-open"))
        .build();
  }

  private static void scenarios() {
    Plan plan = plan();
    // check-ins, one by one and through the holder
    plan = plan.withCheckIn("kr-dose", noted(JAN_1.plusDays(60), "6"));
    PlanHolder holder = PlanHolder.of(plan);
    holder.checkIn("kr-dose", noted(JAN_1.plusDays(90), "4"));
    holder.update(p -> p.withCheckIn("kr-taux", CheckIn.rateBuilder(BigDecimal.valueOf(7), BigDecimal.TEN)
        .observedOn(JAN_1.plusDays(95)).note(NOTE).authorId(AUTHOR).build()));
    VersionedPlan seen = holder.current();
    holder.compareAndSet(seen.getVersion(), seen.getPlan().withCheckIn("kr-dose", noted(JAN_1.plusDays(100), "3")));
    assertThatThrownBy(() -> holder.compareAndSet(seen.getVersion(), seen.getPlan()))
        .isInstanceOf(PlanVersionConflictException.class);
    plan = holder.current().getPlan();
    // evaluation, incremental evaluation, explanations, cycle close
    Evaluation evaluation = Evaluation.of(plan, LocalDate.of(2026, 6, 30));
    evaluation = evaluation.withCheckIn("kr-dose", noted(JAN_1.plusDays(120), "2"));
    evaluation.contributions("obj-open");
    evaluation.effectiveShares("kr-dose");
    evaluation.objective("obj-secret").toString();
    CycleClose.close(evaluation.getPlan(), "2026", Instant.parse("2027-01-05T08:00:00Z"));
    // edits, including refused ones
    plan = plan.withObjective(plan.objective("obj-secret").orElseThrow());
    Plan current = plan;
    assertThatThrownBy(() -> current.withCheckIn("kr-taux", noted(JAN_1, "3"))).isInstanceOf(InvalidPlanException.class);
    assertThatThrownBy(() -> current.withLink(AlignmentLink.of("obj-open", "obj-secret"))).isInstanceOf(InvalidPlanException.class);
    // random plans, full of generated notes and ids, evaluated
    for (long seed = 0; seed < Seeds.count(20); seed++) {
      Plan random = RandomPlans.valid(seed);
      Evaluation.of(random, LocalDate.of(2026, 7, 1));
    }
  }

  @Test
  void nothing_logged_at_any_level_contains_a_note_a_person_id_or_a_restricted_title() throws IOException {
    // the binding is this test's: make sure it is set up before measuring where the log ends
    LoggerFactory.getLogger(LogPrivacyTest.class).trace("log privacy scenarios start");
    long start = Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;

    scenarios();

    String logged = readFrom(start);
    assertThat(logged)
        .as("the test binding captures the library's debug lines (else this test proves nothing)")
        .contains("DEBUG fr.okrsante.plan.Plan - plan built")
        .contains("DEBUG fr.okrsante.plan.Evaluation")
        .contains("DEBUG fr.okrsante.plan.PlanHolder");
    for (String secret : SECRETS) {
      assertThat(logged).as("the log must not contain %s", secret).doesNotContain(secret);
    }
    // nor the person ids ("p-12") and notes ("Note 7") of the random plans
    assertThat(logged).doesNotContainPattern("\\bp-\\d+\\b").doesNotContainPattern("Note \\d+");
  }

  @Test
  void the_secrets_are_really_in_the_scenario_plans() {
    Plan plan = plan();
    assertThat(plan.keyResult("kr-dose").orElseThrow().getCheckIns().get(0).getNote()).isEqualTo(NOTE);
    assertThat(plan.keyResult("kr-dose").orElseThrow().getCheckIns().get(0).getAuthorId()).contains(AUTHOR);
    assertThat(plan.objective("obj-secret").orElseThrow().getOwnerPersonIds()).containsExactly(OWNER);
    assertThat(plan.objective("obj-secret").orElseThrow().getGrantedPersonIds()).containsExactly(GRANTED);
    assertThat(plan.objective("obj-secret").orElseThrow().getTitle()).isEqualTo(RESTRICTED_TITLE);
  }

  private static String readFrom(long start) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(LOG_FILE.toFile(), "r")) {
      file.seek(start);
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
