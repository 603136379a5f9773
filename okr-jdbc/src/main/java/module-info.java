/**
 * okr-sante JDBC store: plans and their append-only, tamper-evident check-in history in
 * PostgreSQL or an SQLite file, over the host's {@link javax.sql.DataSource}
 * ({@link fr.okrsante.jdbc.JdbcPlanStore}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.okrsante.jdbc {
  requires transitive fr.okrsante.core;
  requires transitive fr.okrsante.jackson;
  requires transitive java.sql;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports fr.okrsante.jdbc;
}
