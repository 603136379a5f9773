package fr.okrsante.jdbc;

import fr.okrsante.jdbc.testing.TinyPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The real databases of the tests: one embedded PostgreSQL 17 per test JVM (started on first use,
 * 5–12 s), a fresh database in it per call; SQLite files in a temporary folder.
 */
final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "150")
            // test data need not survive a power cut: no flush to disk at each commit
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return postgres;
  }

  /** A new, empty PostgreSQL database, its connections pooled. */
  static DataSource freshPostgres() {
    String name = "okr_test_" + COUNTER.incrementAndGet();
    EmbeddedPostgres pg = postgres();
    try (Connection connection = pg.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new TinyPool(pg.getDatabase("postgres", name));
  }

  /** The JDBC URL of a database made by {@link #freshPostgres()}. */
  static String postgresUrl(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new SQLite file, its connections pooled. */
  static DataSource freshSqlite(Path folder) {
    return new TinyPool(sqliteFile(folder));
  }

  /** A new SQLite file. */
  static SQLiteDataSource sqliteFile(Path folder) {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + folder.resolve("okr-" + COUNTER.incrementAndGet() + ".db"));
    // WAL + NORMAL: a commit survives a killed process (what the fault tests check), not a power cut
    dataSource.setSynchronous("NORMAL");
    return dataSource;
  }

  static Path tempFolder() {
    try {
      return Files.createTempDirectory("okr-jdbc-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
