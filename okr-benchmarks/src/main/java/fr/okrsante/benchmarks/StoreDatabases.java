package fr.okrsante.benchmarks;

import fr.okrsante.jdbc.Dialect;
import fr.okrsante.jdbc.testing.TinyPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases of the store benchmarks: an embedded PostgreSQL 17 (started once per JVM) or an
 * SQLite file (WAL, synchronous=NORMAL), each behind a small connection pool as a host has one (okr-jdbc's test {@code TinyPool}).
 */
final class StoreDatabases {

  private static EmbeddedPostgres postgres;
  private static int databases;

  private StoreDatabases() {}

  /** A fresh, empty database of the dialect, pooled. */
  static synchronized DataSource fresh(Dialect dialect) {
    try {
      if (dialect == Dialect.SQLITE) {
        Path file = Files.createTempDirectory("okr-bench").resolve("okr.db");
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + file);
        sqlite.setSynchronous("NORMAL");
        return new TinyPool(sqlite);
      }
      if (postgres == null) {
        // durable settings (fsync on): the figures are those of a real server on this disk
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "50").start();
      }
      String name = "okr_bench_" + (++databases);
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return new TinyPool(postgres.getDatabase("postgres", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
