/**
 * Keeps plans and every check-in in a database: {@link fr.okrsante.jdbc.JdbcPlanStore} over a
 * host's {@link javax.sql.DataSource}, its {@link fr.okrsante.jdbc.Dialect dialects} (PostgreSQL,
 * SQLite) and the schema scripts it ships ({@link fr.okrsante.jdbc.OkrSchema}).
 */
@NullMarked
package fr.okrsante.jdbc;

import org.jspecify.annotations.NullMarked;
