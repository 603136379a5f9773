package fr.okrsante.jdbc;

import static fr.okrsante.jdbc.Fixtures.DAY;
import static fr.okrsante.jdbc.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanVersionConflictException;
import fr.okrsante.plan.Suppression;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.VersionedPlan;
import fr.okrsante.testing.RandomPlans;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every dialect's store must do, run against a real database by each subclass: a fresh
 * database per class, a fresh plan id per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlanStoreContractTest {

  /**
   * How many random plans each dialect round-trips (each with up to 30 objectives and their
   * check-ins): 1,000 by default, 2,000 for the two databases — 31 s together on the shared 2-core
   * machine at a load average of 8 (PostgreSQL 21 s, SQLite 10 s); {@code -Dokr.jdbc.randomPlans=10000}
   * runs more.
   */
  static final int RANDOM_PLANS = Integer.getInteger("okr.jdbc.randomPlans", 1_000);

  private static final AtomicInteger PLANS = new AtomicInteger();

  DataSource dataSource;
  SteppingClock clock;
  JdbcPlanStore store;

  /** A new, empty database of the dialect under test. */
  abstract DataSource newDataSource();

  abstract Dialect dialect();

  /** Lets plain SQL update and delete the append-only tables, as someone with the database owner's rights would. */
  abstract void allowTampering(Connection connection) throws SQLException;

  @BeforeAll
  void createStore() {
    dataSource = newDataSource();
    clock = new SteppingClock(Instant.parse("2026-01-05T08:00:00Z"));
    store = JdbcPlanStore.of(dataSource, dialect()).withClock(clock);
    assertThat(store.migrate()).isEqualTo(1);
  }

  static String newPlanId() {
    return "plan-" + PLANS.incrementAndGet();
  }

  String stored(Plan plan) {
    String id = newPlanId();
    store.save(id, 0, plan, "p-author");
    return id;
  }

  // ---------------------------------------------------------------- schema

  @Test
  void migrate_a_second_time_applies_nothing() {
    assertThat(store.migrate()).isZero();
  }

  @Test
  void the_dialect_is_read_from_the_database() {
    assertThat(JdbcPlanStore.of(dataSource).getDialect()).isEqualTo(dialect());
  }

  @Test
  void a_table_prefix_keeps_two_stores_apart() {
    JdbcPlanStore other = JdbcPlanStore.of(dataSource, dialect()).withTablePrefix("qualite_");
    assertThat(other.migrate()).isEqualTo(1);
    String id = newPlanId();
    other.save(id, 0, Fixtures.small(), null);
    assertThat(other.planIds()).containsExactly(id);
    assertThat(store.planIds()).doesNotContain(id);
    assertThat(other.verify(id).isClean()).isTrue();
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void a_saved_plan_loads_equal_at_version_1() {
    Plan plan = Fixtures.small().withCheckIn("kr-delay", value("230")).withCheckIn("kr-eig", CheckIn.ofRate(DAY, 9, 12));
    String id = stored(plan);
    VersionedPlan loaded = store.load(id);
    assertThat(loaded.getVersion()).isEqualTo(1);
    assertThat(loaded.getPlan()).isEqualTo(plan);
  }

  static Stream<Path> examples() {
    return Fixtures.examples().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_shipped_example_comes_back_equal(Path file) {
    Plan plan = Fixtures.example(file);
    String id = stored(plan);
    assertThat(store.load(id).getPlan()).as(file.getFileName().toString()).isEqualTo(plan);
    assertThat(store.verify(id).isClean()).isTrue();
  }

  @Test
  void the_shipped_examples_are_found() {
    assertThat(Fixtures.examples()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void random_plans_come_back_equal() {
    for (long seed = 1; seed <= RANDOM_PLANS; seed++) {
      Plan plan = RandomPlans.valid(seed);
      String id = stored(plan);
      assertThat(store.load(id).getPlan()).as("random plan of seed %d", seed).isEqualTo(plan);
    }
  }

  @Test
  void decimals_come_back_digit_for_digit() {
    // the edges of okr-core's number domain (at most 15 significant digits and 6 decimals, so that
    // a plan survives ordinary JSON tools): the columns are unconstrained, nothing is padded or rounded
    String fifteenDigits = "999999999999999";
    List<String> values = List.of("0.10", "0.000001", "1E-6", fifteenDigits, "-" + fifteenDigits,
        "123456789.123456", "1E+3", "2.50E+3", "0", "0.000", "-0.5", "1E+14");
    Plan plan = Fixtures.small();
    for (String v : values) {
      plan = plan.withCheckIn("kr-delay", value(v));
    }
    CheckIn bigRate = CheckIn.rateBuilder(new BigDecimal("333333333333333"), new BigDecimal(fifteenDigits))
        .observedOn(DAY).build();
    plan = plan.withCheckIn("kr-eig", bigRate);
    String id = stored(plan);
    List<StoredCheckIn> history = store.history(id, "kr-delay");
    assertThat(history).extracting(s -> s.checkIn().getValue().toString()).containsExactlyElementsOf(
        values.stream().map(v -> new BigDecimal(v).toString()).toList());
    assertThat(history).extracting(s -> s.checkIn().getValue().scale())
        .containsExactlyElementsOf(values.stream().map(v -> new BigDecimal(v).scale()).toList());
    CheckIn rate = store.history(id, "kr-eig").get(0).checkIn();
    assertThat(rate.getNumerator()).contains(new BigDecimal("333333333333333"));
    assertThat(rate.getDenominator()).contains(new BigDecimal(fifteenDigits));
    assertThat(rate.getValue()).isEqualTo(bigRate.getValue());
    assertThat(store.load(id).getPlan()).isEqualTo(plan);
    assertThat(store.verify(id).isClean()).isTrue();
  }

  @Test
  void every_attribute_of_a_check_in_comes_back() {
    CheckIn full = CheckIn.builder().value(new BigDecimal("87.5")).observedOn(DAY)
        .recordedAt(Instant.parse("2026-04-01T09:15:30.123456789Z")).confidence(0.7).note("après la réunion")
        .authorId("p-42").source(CheckInSource.IMPORT).status(CheckInStatus.PROVISIONAL).sourceRef("MeasureReport/7")
        .build();
    String id = stored(Fixtures.small());
    store.append(id, List.of(CheckInEntry.of("kr-delay", full)));
    StoredCheckIn back = store.history(id, "kr-delay").get(0);
    assertThat(back.checkIn()).isEqualTo(full);
    assertThat(back.getSourceReference()).contains("MeasureReport/7");
    assertThat(back.seq()).isEqualTo(1);
    assertThat(back.version()).isEqualTo(2);
    assertThat(back.personalDataErased()).isFalse();
  }

  // ---------------------------------------------------------------- versions and numbering

  @Test
  void each_change_raises_the_version_by_one_and_check_ins_are_numbered_without_gaps() {
    String id = stored(Fixtures.small());
    AppendReceipt first = store.append(id, List.of(CheckInEntry.of("kr-delay", value("235")),
        CheckInEntry.of("kr-delay", value("232"))));
    AppendReceipt second = store.append(id, 2, List.of(CheckInEntry.of("kr-eig", CheckIn.ofRate(DAY, 3, 4))));
    assertThat(first.version()).isEqualTo(2);
    assertThat(first.firstSeq()).isEqualTo(1);
    assertThat(first.lastSeq()).isEqualTo(2);
    assertThat(second.version()).isEqualTo(3);
    assertThat(second.firstSeq()).isEqualTo(3);
    assertThat(store.version(id)).hasValue(3);
    VersionedPlan loaded = store.load(id);
    Plan changed = loaded.getPlan().withCheckIn("kr-done", value("1"));
    assertThat(store.save(id, 3, changed, null).getVersion()).isEqualTo(4);
    assertThat(store.history(id, "kr-done")).extracting(StoredCheckIn::seq).containsExactly(4L);
  }

  @Test
  void a_stale_save_gets_a_conflict_and_writes_nothing() {
    String id = stored(Fixtures.small());
    store.append(id, List.of(CheckInEntry.of("kr-delay", value("235"))));
    Plan edited = Fixtures.small().withCheckIn("kr-eig", CheckIn.ofRate(DAY, 1, 2));
    assertThatThrownBy(() -> store.save(id, 1, edited, null))
        .isInstanceOfSatisfying(PlanVersionConflictException.class, e -> {
          assertThat(e.getExpectedVersion()).isEqualTo(1);
          assertThat(e.getActualVersion()).isEqualTo(2);
        });
    assertThat(store.version(id)).hasValue(2);
    assertThat(store.history(id, "kr-eig")).isEmpty();
    assertThat(store.revisions(id)).hasSize(1);
  }

  @Test
  void a_stale_append_gets_a_conflict_and_writes_nothing() {
    String id = stored(Fixtures.small());
    store.append(id, List.of(CheckInEntry.of("kr-delay", value("235"))));
    assertThatThrownBy(() -> store.append(id, 1, List.of(CheckInEntry.of("kr-delay", value("1")))))
        .isInstanceOf(PlanVersionConflictException.class);
    assertThat(store.history(id, "kr-delay")).hasSize(1);
    assertThat(store.version(id)).hasValue(2);
  }

  @Test
  void creating_a_plan_that_exists_is_a_conflict() {
    String id = stored(Fixtures.small());
    assertThatThrownBy(() -> store.save(id, 0, Fixtures.small(), null))
        .isInstanceOf(PlanVersionConflictException.class);
  }

  @Test
  void saving_an_equal_plan_writes_nothing() {
    String id = stored(Fixtures.small());
    assertThat(store.save(id, 1, Fixtures.small(), null).getVersion()).isEqualTo(1);
    assertThat(store.revisions(id)).hasSize(1);
  }

  @Test
  void a_structural_change_is_a_new_revision_with_its_author() {
    String id = stored(Fixtures.small());
    Plan renamed = Plan.builder().title("CHU 2026 (révisé)").addAllUnits(Fixtures.small().getUnits())
        .addAllCycles(Fixtures.small().getCycles()).addAllObjectives(Fixtures.small().getObjectives()).build();
    store.save(id, 1, renamed, "p-qualite");
    assertThat(store.revisions(id)).extracting(Revision::revision, Revision::version, Revision::authorId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L, "p-author"),
            org.assertj.core.groups.Tuple.tuple(2L, 2L, "p-qualite"));
    assertThat(store.load(id).getPlan().getTitle()).isEqualTo("CHU 2026 (révisé)");
  }

  @Test
  void a_save_that_drops_a_stored_check_in_is_refused() {
    String id = stored(Fixtures.small().withCheckIn("kr-delay", value("230")));
    assertThatThrownBy(() -> store.save(id, 1, Fixtures.small(), null))
        .isInstanceOfSatisfying(HistoryRewriteException.class, e -> assertThat(e.getKeyResultId()).isEqualTo("kr-delay"))
        .hasMessageContaining("correcting check-in");
    Plan changed = Fixtures.small().withCheckIn("kr-delay", value("231"));
    assertThatThrownBy(() -> store.save(id, 1, changed, null)).isInstanceOf(HistoryRewriteException.class);
    assertThat(store.load(id).getPlan()).isEqualTo(Fixtures.small().withCheckIn("kr-delay", value("230")));
  }

  // ---------------------------------------------------------------- bad input writes nothing

  @Test
  void an_unknown_key_result_writes_nothing() {
    String id = stored(Fixtures.small());
    List<CheckInEntry> entries = List.of(CheckInEntry.of("kr-delay", value("235")), CheckInEntry.of("kr-nope", value("1")));
    assertThatThrownBy(() -> store.append(id, entries)).isInstanceOf(UnknownIdException.class).hasMessageContaining("kr-nope");
    assertThat(store.history(id, "kr-delay")).isEmpty();
    assertThat(store.version(id)).hasValue(1);
  }

  @Test
  void a_check_in_that_does_not_fit_the_metric_writes_nothing() {
    String id = stored(Fixtures.small());
    assertThatThrownBy(() -> store.append(id, List.of(CheckInEntry.of("kr-done", value("5")))))
        .isInstanceOf(InvalidPlanException.class);
    assertThatThrownBy(() -> store.append(id, List.of(CheckInEntry.of("kr-eig", value("50")))))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("numerator");
    assertThat(store.version(id)).hasValue(1);
  }

  @Test
  void an_unknown_plan_is_named() {
    assertThatThrownBy(() -> store.load("plan-nope")).isInstanceOf(UnknownPlanException.class)
        .hasMessageContaining("plan-nope");
    assertThatThrownBy(() -> store.append("plan-nope", List.of(CheckInEntry.of("kr", value("1")))))
        .isInstanceOf(UnknownPlanException.class);
    assertThat(store.version("plan-nope")).isEmpty();
  }

  @Test
  void a_plan_id_that_is_not_an_id_is_refused() {
    assertThatThrownBy(() -> store.save("plan with spaces", 0, Fixtures.small(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan with spaces");
  }

  // ---------------------------------------------------------------- source references

  @Test
  void the_same_source_reference_lands_once() {
    String id = stored(Fixtures.small());
    List<CheckInEntry> batch = List.of(CheckInEntry.imported("kr-delay", value("235"), "row-1"),
        CheckInEntry.imported("kr-delay", value("233"), "row-2"), CheckInEntry.imported("kr-delay", value("233"), "row-2"));
    AppendReceipt first = store.append(id, batch);
    AppendReceipt again = store.append(id, batch);
    assertThat(first.appended()).isEqualTo(2);
    assertThat(first.skippedSourceReferences()).containsExactly("row-2");
    assertThat(again.appended()).isZero();
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(again.skippedSourceReferences()).containsExactly("row-1", "row-2", "row-2");
    assertThat(store.history(id, "kr-delay")).extracting(StoredCheckIn::sourceReference).containsExactly("row-1", "row-2");
  }

  @Test
  void a_plan_saved_with_imported_check_ins_keeps_their_references_unique() {
    CheckIn imported = CheckIn.builder().value(new BigDecimal("235")).observedOn(DAY).sourceRef("row-9").build();
    String id = stored(Fixtures.small().withCheckIn("kr-delay", imported));
    AppendReceipt again = store.append(id, List.of(CheckInEntry.of("kr-delay", imported)));
    assertThat(again.appended()).isZero();
    assertThat(again.skippedSourceReferences()).containsExactly("row-9");
    assertThat(store.load(id).getPlan().keyResult("kr-delay").orElseThrow().getCheckIns()).containsExactly(imported);
  }

  @Test
  void the_database_refuses_a_second_row_with_the_same_source_reference() throws SQLException {
    String id = stored(Fixtures.small());
    store.append(id, List.of(CheckInEntry.imported("kr-delay", value("235"), "row-1")));
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO okr_check_in (plan_id, seq, version, key_result_id,"
          + " observed_on, recorded_at, value, status, source, source_ref, stored_at, hash) SELECT plan_id, 99, version,"
          + " key_result_id, observed_on, recorded_at, value, status, source, source_ref, stored_at, hash FROM okr_check_in"
          + " WHERE plan_id = '" + id + "'")).isInstanceOf(SQLException.class);
    }
  }

  // ---------------------------------------------------------------- load as of

  @Test
  void a_plan_loads_as_it_was_at_a_version_or_an_instant() {
    String id = newPlanId();
    clock.set(Instant.parse("2026-02-01T10:00:00Z"));
    store.save(id, 0, Fixtures.small(), null);
    clock.set(Instant.parse("2026-03-01T10:00:00Z"));
    store.append(id, List.of(CheckInEntry.of("kr-delay", value("235"))));
    clock.set(Instant.parse("2026-04-01T10:00:00Z"));
    store.append(id, List.of(CheckInEntry.of("kr-delay", value("220"))));

    assertThat(store.load(id, 1).getPlan()).isEqualTo(Fixtures.small());
    assertThat(store.load(id, 2).getPlan()).isEqualTo(Fixtures.small().withCheckIn("kr-delay", value("235")));
    VersionedPlan march = store.loadAsOf(id, Instant.parse("2026-03-15T00:00:00Z"));
    assertThat(march.getVersion()).isEqualTo(2);
    assertThat(march.getPlan().keyResult("kr-delay").orElseThrow().getCheckIns()).extracting(CheckIn::getValue)
        .containsExactly(new BigDecimal("235"));
    assertThat(store.loadAsOf(id, Instant.parse("2026-04-01T10:00:00Z")).getVersion()).isEqualTo(3);
    assertThatThrownBy(() -> store.loadAsOf(id, Instant.parse("2026-01-01T00:00:00Z")))
        .isInstanceOf(UnknownPlanException.class).hasMessageContaining("not stored yet");
    assertThatThrownBy(() -> store.load(id, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 3");
  }

  // ---------------------------------------------------------------- append-only in the database

  @Test
  void the_database_refuses_to_update_or_delete_history() throws SQLException {
    String id = stored(Fixtures.small().withCheckIn("kr-delay", value("230")));
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : List.of("UPDATE okr_check_in SET value = '1' WHERE plan_id = '" + id + "'",
          "DELETE FROM okr_check_in WHERE plan_id = '" + id + "'",
          "UPDATE okr_plan_revision SET document = '{}' WHERE plan_id = '" + id + "'",
          "DELETE FROM okr_plan_revision WHERE plan_id = '" + id + "'",
          "DELETE FROM okr_personal WHERE plan_id = '" + id + "'",
          "UPDATE okr_personal SET author_id = 'p-other' WHERE plan_id = '" + id + "'")) {
        assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
            .hasMessageContaining("okr");
      }
    }
    assertThat(store.verify(id).isClean()).isTrue();
  }

  // ---------------------------------------------------------------- personal data

  @Test
  void erasing_a_person_keeps_the_history_and_its_proof() {
    String id = stored(Fixtures.small());
    CheckIn byAlice = CheckIn.builder().value(new BigDecimal("235")).observedOn(DAY).authorId("p-alice")
        .note("Mme Martin absente").build();
    CheckIn byBob = CheckIn.builder().value(new BigDecimal("230")).observedOn(DAY).authorId("p-bob").build();
    store.append(id, List.of(CheckInEntry.of("kr-delay", byAlice), CheckInEntry.of("kr-delay", byBob)));

    assertThat(store.erasePersonalData("p-alice")).isEqualTo(1);

    List<StoredCheckIn> history = store.history(id, "kr-delay");
    assertThat(history.get(0).checkIn().getAuthorId()).isEmpty();
    assertThat(history.get(0).checkIn().getNote()).isEmpty();
    assertThat(history.get(0).checkIn().getValue()).isEqualByComparingTo("235");
    assertThat(history.get(0).personalDataErased()).isTrue();
    assertThat(history.get(1).checkIn().getAuthorId()).contains("p-bob");
    Verification audit = store.verify(id);
    assertThat(audit.isClean()).as(audit.problems().toString()).isTrue();
    assertThat(audit.erasedPersonalData()).isEqualTo(1);
    // the revision's author is personal data too
    assertThat(store.erasePersonalData("p-author")).isGreaterThanOrEqualTo(1);
    assertThat(store.revisions(id).get(0).getAuthorId()).isEmpty();
    assertThat(store.verify(id).isClean()).isTrue();
  }

  @Test
  void erasing_a_person_reaches_the_suppressions_they_accepted() throws SQLException {
    Plan plan = Fixtures.small().toBuilder()
        .addSuppressions(Suppression.of("kr-is-activity", "kr-done", "Jalon financé par l'ARS", "p-carol"),
            Suppression.of("perfect-rate-target", "kr-eig", "Cible réglementaire", "p-dave"))
        .build();
    String id = stored(plan);
    assertThat(store.load(id).getPlan().getSuppressions()).extracting(Suppression::getAuthorId)
        .containsExactly("p-carol", "p-dave");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT document FROM okr_plan_revision WHERE plan_id = '" + id + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).as("the stored document").contains("Jalon financé").doesNotContain("p-carol", "p-dave");
    }
    // the same plan saved again is no new revision; a changed author is
    assertThat(store.save(id, 1, plan, "p-author").getVersion()).isEqualTo(1);

    assertThat(store.erasePersonalData("p-carol")).isEqualTo(1);

    List<Suppression> after = store.load(id).getPlan().getSuppressions();
    assertThat(after).extracting(Suppression::getAuthorId).containsExactly(JdbcPlanStore.ERASED_AUTHOR, "p-dave");
    assertThat(after.get(0).getReason()).isEqualTo("Jalon financé par l'ARS");
    Verification audit = store.verify(id);
    assertThat(audit.isClean()).as(audit.problems().toString()).isTrue();
    // the plan as loaded after the erasure saves without a new revision, and never brings the author back
    VersionedPlan loaded = store.load(id);
    assertThat(store.save(id, loaded.getVersion(), loaded.getPlan(), "p-author").getVersion()).isEqualTo(loaded.getVersion());
    Plan reassigned = Fixtures.small().toBuilder()
        .addSuppressions(Suppression.of("kr-is-activity", "kr-done", "Jalon financé par l'ARS", "p-erin"),
            Suppression.of("perfect-rate-target", "kr-eig", "Cible réglementaire", "p-dave"))
        .build();
    assertThat(store.save(id, loaded.getVersion(), reassigned, "p-author").getVersion()).isEqualTo(loaded.getVersion() + 1);
    assertThat(store.load(id).getPlan().getSuppressions()).extracting(Suppression::getAuthorId).containsExactly("p-erin", "p-dave");
    assertThat(store.verify(id).isClean()).isTrue();
  }

  // ---------------------------------------------------------------- tamper evidence

  /** A store on a database of its own, whose append-only triggers the test may switch off. */
  JdbcPlanStore tamperableStore(DataSource own) {
    JdbcPlanStore tamperable = JdbcPlanStore.of(own, dialect());
    tamperable.migrate();
    return tamperable;
  }

  String planWithFiveCheckIns(JdbcPlanStore target) {
    String id = newPlanId();
    target.save(id, 0, Fixtures.small(), "p-author");
    for (int i = 0; i < 5; i++) {
      CheckIn checkIn = CheckIn.builder().value(new BigDecimal(230 - i)).observedOn(DAY.plusDays(i)).authorId("p-" + i).build();
      target.append(id, List.of(CheckInEntry.of("kr-delay", checkIn)));
    }
    return id;
  }

  void tamper(DataSource own, String sql) throws SQLException {
    try (Connection connection = own.getConnection(); Statement statement = connection.createStatement()) {
      allowTampering(connection);
      statement.executeUpdate(sql);
    }
  }

  @Test
  void verify_finds_the_first_altered_removed_or_inserted_row() throws SQLException {
    DataSource own = newDataSource();
    JdbcPlanStore target = tamperableStore(own);
    String altered = planWithFiveCheckIns(target);
    String removed = planWithFiveCheckIns(target);
    String removedLast = planWithFiveCheckIns(target);
    String inserted = planWithFiveCheckIns(target);
    String revision = planWithFiveCheckIns(target);
    String personal = planWithFiveCheckIns(target);
    String untouched = planWithFiveCheckIns(target);

    tamper(own, "UPDATE okr_check_in SET value = 1 WHERE plan_id = '" + altered + "' AND seq = 3");
    tamper(own, "DELETE FROM okr_check_in WHERE plan_id = '" + removed + "' AND seq = 2");
    tamper(own, "DELETE FROM okr_check_in WHERE plan_id = '" + removedLast + "' AND seq = 5");
    tamper(own, "INSERT INTO okr_check_in (plan_id, seq, version, key_result_id, observed_on, recorded_at, value,"
        + " status, source, stored_at, hash) SELECT plan_id, 6, version, key_result_id, observed_on, recorded_at, value,"
        + " status, source, stored_at, hash FROM okr_check_in WHERE plan_id = '" + inserted + "' AND seq = 5");
    tamper(own, "UPDATE okr_plan_revision SET document = REPLACE(document, 'Fluidifier', 'Ralentir') WHERE plan_id = '"
        + revision + "'");
    tamper(own, "UPDATE okr_personal SET author_id = 'p-someone-else' WHERE plan_id = '" + personal
        + "' AND row_kind = 'C' AND row_no = 4");

    assertFinding(target.verify(altered), Verification.Chain.CHECK_IN, 3, Verification.Tampering.ALTERED);
    assertFinding(target.verify(removed), Verification.Chain.CHECK_IN, 2, Verification.Tampering.REMOVED);
    assertFinding(target.verify(removedLast), Verification.Chain.CHECK_IN, 5, Verification.Tampering.REMOVED);
    assertFinding(target.verify(inserted), Verification.Chain.CHECK_IN, 6, Verification.Tampering.INSERTED);
    assertFinding(target.verify(revision), Verification.Chain.REVISION, 1, Verification.Tampering.ALTERED);
    assertFinding(target.verify(personal), Verification.Chain.PERSONAL_DATA, 4, Verification.Tampering.ALTERED);
    Verification clean = target.verify(untouched);
    assertThat(clean.isClean()).isTrue();
    assertThat(clean.checkIns()).isEqualTo(5);
    assertThat(clean.revisions()).isEqualTo(1);
    assertThat(clean.checkInHead()).hasSize(64).isNotEqualTo("0".repeat(64));
  }

  @Test
  void verify_finds_personal_data_deleted_without_an_erasure() throws SQLException {
    DataSource own = newDataSource();
    JdbcPlanStore target = tamperableStore(own);
    String id = planWithFiveCheckIns(target);
    tamper(own, "DELETE FROM okr_personal WHERE plan_id = '" + id + "' AND row_kind = 'C' AND row_no = 2");
    assertFinding(target.verify(id), Verification.Chain.PERSONAL_DATA, 2, Verification.Tampering.REMOVED);
  }

  static void assertFinding(Verification verification, Verification.Chain chain, long number,
      Verification.Tampering tampering) {
    assertThat(verification.isClean()).isFalse();
    Verification.Finding finding = verification.firstProblem().orElseThrow();
    assertThat(finding.chain()).as(finding.message()).isEqualTo(chain);
    assertThat(finding.number()).as(finding.message()).isEqualTo(number);
    assertThat(finding.tampering()).as(finding.message()).isEqualTo(tampering);
    assertThat(finding.message()).contains(verification.planId());
  }

  // ---------------------------------------------------------------- history

  @Test
  void history_lists_a_key_results_check_ins_in_number_order() {
    String id = stored(Fixtures.small());
    store.append(id, List.of(CheckInEntry.of("kr-delay", value("235")), CheckInEntry.of("kr-done", value("0")),
        CheckInEntry.of("kr-delay", value("231"))));
    List<StoredCheckIn> history = store.history(id, "kr-delay");
    assertThat(history).extracting(StoredCheckIn::seq).containsExactly(1L, 3L);
    assertThat(history).extracting(StoredCheckIn::keyResultId).containsOnly("kr-delay");
    assertThatThrownBy(() -> store.history(id, "kr-nope")).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void many_plans_are_listed_in_order() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(stored(Fixtures.small()));
    }
    assertThat(store.planIds()).containsAll(ids);
  }

  static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
