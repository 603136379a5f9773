package fr.okrsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Visibility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Running every example program logs no check-in note, no person id (author, owner, granted person)
 * and no title of a restricted objective or of its key results, at any level.
 *
 * <p>The test binding ({@code src/test/resources/simplelogger.properties}) writes everything
 * okr-sante logs, down to TRACE, to {@code target/okr-examples-test.log}.
 */
class ExamplesLogPrivacyTest {

  private static final Path LOG_FILE = Path.of("target", "okr-examples-test.log");

  private static final List<Consumer<String[]>> PROGRAMS = List.of(HospitalExample::main, MedicoSocialExample::main,
      TerritorialNetworkExample::main, LocalHealthContractExample::main, YouthPreventionExample::main);

  private static final List<Plan> PLANS = List.of(HospitalExample.plan(), MedicoSocialExample.plan(),
      TerritorialNetworkExample.plan(), LocalHealthContractExample.plan(), YouthPreventionExample.plan());

  /** Everything in the example plans that must never reach a log. */
  private static Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
    for (Plan plan : PLANS) {
      for (Objective objective : plan.getObjectives()) {
        secrets.addAll(objective.getOwnerPersonIds());
        secrets.addAll(objective.getGrantedPersonIds());
        if (objective.getVisibility() == Visibility.PRIVATE) {
          secrets.add(objective.getTitle());
        }
        for (KeyResult kr : objective.getKeyResults()) {
          if (objective.getVisibility() == Visibility.PRIVATE) {
            secrets.add(kr.getTitle());
          }
          for (CheckIn checkIn : kr.getCheckIns()) {
            if (!checkIn.getNote().isBlank()) {
              secrets.add(checkIn.getNote());
            }
            checkIn.getAuthorId().ifPresent(secrets::add);
            kr.getStatusOverride().ifPresent(o -> secrets.add(o.getAuthorId()));
          }
        }
        objective.getStatusOverride().ifPresent(o -> secrets.add(o.getAuthorId()));
      }
    }
    return secrets;
  }

  @Test
  void running_every_example_logs_no_note_person_id_or_restricted_title() throws IOException {
    LoggerFactory.getLogger(ExamplesLogPrivacyTest.class).debug("log privacy check starts");
    long before = Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;
    PrintStream out = System.out;
    try (PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      for (Consumer<String[]> program : PROGRAMS) {
        program.accept(new String[0]);
      }
    } finally {
      System.setOut(out);
    }
    byte[] all = Files.readAllBytes(LOG_FILE);
    String logged = new String(all, (int) Math.min(before, all.length), (int) (all.length - Math.min(before, all.length)),
        StandardCharsets.UTF_8);
    assertThat(logged).as("the examples logged something at debug level").contains("DEBUG fr.okrsante.");
    Set<String> secrets = secrets();
    assertThat(secrets).as("the example plans hold restricted titles to look for").isNotEmpty();
    for (String secret : secrets) {
      assertThat(logged).as("the logs never contain '" + secret + "'").doesNotContain(secret);
    }
  }
}
