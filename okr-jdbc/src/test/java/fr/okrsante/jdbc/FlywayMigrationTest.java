package fr.okrsante.jdbc;

import static fr.okrsante.jdbc.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.okrsante.plan.Plan;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The shipped scripts run as a host's Flyway runs them: from the class path, with their own history table. */
class FlywayMigrationTest {

  @Test
  void flyway_applies_the_postgresql_script() throws SQLException {
    checkFlyway(TestDatabases.freshPostgres(), Dialect.POSTGRESQL);
  }

  @Test
  void flyway_applies_the_sqlite_script() throws SQLException {
    checkFlyway(TestDatabases.freshSqlite(TestDatabases.tempFolder()), Dialect.SQLITE);
  }

  private static void checkFlyway(DataSource dataSource, Dialect dialect) throws SQLException {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + dialect.scriptFolder())
        .table("okr_schema_history")
        .load()
        .migrate();
    assertThat(result.migrationsExecuted).isEqualTo(1);
    assertThat(result.targetSchemaVersion).isEqualTo("1");

    JdbcPlanStore store = JdbcPlanStore.of(dataSource, dialect);
    // the opt-in runner finds the tables Flyway made and only records them
    assertThat(store.migrate()).isZero();
    Plan plan = Fixtures.small().withCheckIn("kr-delay", value("231.50"));
    store.save("chu-2026", 0, plan, "p-1");
    store.append("chu-2026", List.of(CheckInEntry.of("kr-delay", value("229"))));
    assertThat(store.load("chu-2026").getPlan()).isEqualTo(plan.withCheckIn("kr-delay", value("229")));
    assertThat(store.verify("chu-2026").isClean()).isTrue();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM okr_check_in"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
  }
}
