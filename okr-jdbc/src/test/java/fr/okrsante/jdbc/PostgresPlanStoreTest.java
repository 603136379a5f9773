package fr.okrsante.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The store's contract on a real PostgreSQL 17 (embedded, one server per test JVM, one database per class). */
class PostgresPlanStoreTest extends PlanStoreContractTest {

  @Override
  DataSource newDataSource() {
    return TestDatabases.freshPostgres();
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  void allowTampering(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // what a superuser can do: replication mode fires no ordinary trigger
      statement.execute("SET session_replication_role = replica");
    }
  }
}
