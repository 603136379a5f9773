package fr.okrsante.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The store's contract on an SQLite file (sqlite-jdbc). */
class SqlitePlanStoreTest extends PlanStoreContractTest {

  @Override
  DataSource newDataSource() {
    return TestDatabases.freshSqlite(TestDatabases.tempFolder());
  }

  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  void allowTampering(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // what anyone who can write the file can do
      for (String trigger : new String[] {"okr_check_in_no_update", "okr_check_in_no_delete", "okr_plan_revision_no_update",
          "okr_plan_revision_no_delete", "okr_personal_no_update", "okr_personal_erasure_only"}) {
        statement.execute("DROP TRIGGER IF EXISTS " + trigger);
      }
    }
  }
}
