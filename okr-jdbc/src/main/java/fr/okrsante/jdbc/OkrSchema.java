package fr.okrsante.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's schema scripts, one per dialect, shipped in this jar, and an opt-in runner for
 * hosts that do not use Flyway.
 *
 * <p>Three ways to create the tables:
 * <ul>
 *   <li><b>Flyway</b> (the host's own migrations): add the location
 *       {@code classpath:db/okr/postgresql} (or {@code db/okr/sqlite}); the scripts are named
 *       {@code V1__okr_schema.sql}. Give Flyway its own history table for them
 *       ({@code table("okr_schema_history")}) so they do not mix with the host's versions.</li>
 *   <li><b>This runner</b>: {@code OkrSchema.of(Dialect.POSTGRESQL).migrate(dataSource)} applies
 *       what is missing and records it in {@code okr_schema_version}; safe to call at every
 *       start, from several processes at once.</li>
 *   <li><b>By hand</b>: a DBA reads {@link #script()} (or the resource) and applies it.</li>
 * </ul>
 *
 * <p>Table names begin with {@code okr_}; with {@link #withTablePrefix(String)} they begin with
 * another prefix (the runner and {@link #script()} rewrite the names; Flyway users who want
 * another prefix copy the script).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OkrSchema {

  /** The schema version this library writes and reads. */
  public static final int LATEST_VERSION = 1;

  /** The default table prefix. */
  public static final String DEFAULT_PREFIX = "okr_";

  private static final Logger LOG = LoggerFactory.getLogger(OkrSchema.class);
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,19}");
  private static final Pattern TABLE_NAME = Pattern.compile("\\bokr_");

  private final Dialect dialect;
  private final String prefix;

  private OkrSchema(Dialect dialect, String prefix) {
    this.dialect = dialect;
    this.prefix = prefix;
  }

  /**
   * Returns the schema of a dialect, with the default prefix {@code okr_}.
   *
   * @param dialect the database
   * @return the schema
   */
  public static OkrSchema of(Dialect dialect) {
    return new OkrSchema(Objects.requireNonNull(dialect, "dialect"), DEFAULT_PREFIX);
  }

  /**
   * Returns this schema with another table prefix. This instance is unchanged.
   *
   * @param tablePrefix lower-case letters, digits and underscores, starting with a letter, at most
   *     20 characters, e.g. {@code qualite_okr_}
   * @return the schema with that prefix
   * @throws IllegalArgumentException if the prefix is not of that form
   */
  public OkrSchema withTablePrefix(String tablePrefix) {
    return new OkrSchema(dialect, checkPrefix(tablePrefix));
  }

  static String checkPrefix(String tablePrefix) {
    Objects.requireNonNull(tablePrefix, "tablePrefix");
    if (!PREFIX.matcher(tablePrefix).matches()) {
      throw new IllegalArgumentException("table prefix '" + tablePrefix
          + "' is not allowed: use lower-case letters, digits and '_', starting with a letter, at most 20 characters (e.g. okr_)");
    }
    return tablePrefix;
  }

  /**
   * Returns the dialect.
   *
   * @return the database
   */
  public Dialect getDialect() {
    return dialect;
  }

  /**
   * Returns the table prefix.
   *
   * @return the prefix, {@code okr_} by default
   */
  public String getTablePrefix() {
    return prefix;
  }

  /**
   * Returns the class-path name of the script of a version, as Flyway finds it.
   *
   * @param version the schema version, from 1 to {@link #LATEST_VERSION}
   * @return e.g. {@code db/okr/postgresql/V1__okr_schema.sql}
   * @throws IllegalArgumentException if there is no such version
   */
  public String resourceName(int version) {
    if (version < 1 || version > LATEST_VERSION) {
      throw new IllegalArgumentException("schema version " + version + " does not exist: 1 to " + LATEST_VERSION);
    }
    return dialect.scriptFolder() + "/V" + version + "__okr_schema.sql";
  }

  /**
   * Returns the whole schema script, with this schema's table prefix.
   *
   * @return the SQL text of every version, in order
   * @throws UncheckedIOException if the jar's resource cannot be read
   */
  public String script() {
    StringBuilder all = new StringBuilder();
    for (int version = 1; version <= LATEST_VERSION; version++) {
      all.append(script(version));
    }
    return all.toString();
  }

  private String script(int version) {
    String name = resourceName(version);
    try (InputStream in = OkrSchema.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the okr-jdbc jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return TABLE_NAME.matcher(text).replaceAll(Matcher.quoteReplacement(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Splits a script into statements: at a {@code ;} that ends a line, except inside a
   * PostgreSQL {@code $$} body or an SQLite trigger's {@code BEGIN … END;}. Comment lines are dropped.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inDollarBody = false;
    boolean inTrigger = false;
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
        continue;
      }
      current.append(line).append('\n');
      int dollars = line.split("\\$\\$", -1).length - 1;
      if (dollars % 2 == 1) {
        inDollarBody = !inDollarBody;
      }
      String upper = trimmed.toUpperCase(Locale.ROOT);
      if (!inDollarBody && upper.equals("BEGIN")
          && current.toString().strip().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
        inTrigger = true; // an SQLite trigger's BEGIN ... END body
      }
      if (inTrigger) {
        if (upper.equals("END;")) {
          inTrigger = false;
          statements.add(current.toString().strip());
          current.setLength(0);
        }
        continue;
      }
      if (!inDollarBody && trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /**
   * Creates or completes the store's tables: applies the versions not yet recorded in the
   * {@code <prefix>schema_version} table, each in one transaction. A database whose tables were
   * made by Flyway or by hand is recognised and recorded as at version 1. Safe to call at every
   * start, from several processes at once (the second waits, then finds nothing to do).
   *
   * @param dataSource the host's database
   * @return the number of versions applied, 0 when the schema was up to date
   * @throws PlanStoreException if the database refuses a statement; nothing of that version is kept
   */
  public int migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String versions = prefix + "schema_version";
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      try (Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        if (dialect == Dialect.SQLITE) {
          statement.execute("PRAGMA busy_timeout = " + JdbcPlanStore.SQLITE_BUSY_TIMEOUT_MS);
          // WAL: readers never block the writer; kept in the file once set
          try (ResultSet rs = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            rs.next();
          }
        }
        statement.execute("CREATE TABLE IF NOT EXISTS " + versions
            + " (version INTEGER NOT NULL PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        boolean tablesExist = tableExists(connection, prefix + "plan");
        begin(connection, statement);
        try {
          if (dialect == Dialect.POSTGRESQL) {
            statement.execute("LOCK TABLE " + versions + " IN EXCLUSIVE MODE");
          }
          int current = 0;
          try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM " + versions)) {
            if (rs.next()) {
              current = rs.getInt(1);
            }
          }
          if (current > LATEST_VERSION) {
            throw new PlanStoreException("the database's okr schema is at version " + current
                + ", newer than this okr-jdbc reads (" + LATEST_VERSION + "): upgrade okr-jdbc");
          }
          int applied = 0;
          for (int version = current + 1; version <= LATEST_VERSION; version++) {
            if (version == 1 && tablesExist) {
              LOG.debug("okr schema version 1 found (made by Flyway or by hand): recorded");
            } else {
              for (String sql : statements(script(version))) {
                statement.execute(sql);
              }
              applied++;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + versions + " (version, script, applied_at) VALUES (?, ?, ?)")) {
              insert.setInt(1, version);
              insert.setString(2, resourceName(version));
              insert.setString(3, Instant.now().toString());
              insert.executeUpdate();
            }
          }
          commit(connection, statement);
          LOG.debug("okr schema: {} version(s) applied", applied);
          return applied;
        } catch (SQLException | RuntimeException e) {
          rollback(connection, statement);
          throw e;
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new PlanStoreException("cannot create the okr tables (" + dialect + ", prefix " + prefix + ")", e);
    }
  }

  private boolean tableExists(Connection connection, String table) throws SQLException {
    try (Statement probe = connection.createStatement()) {
      probe.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private void begin(Connection connection, Statement statement) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      statement.execute("BEGIN IMMEDIATE");
    } else {
      connection.setAutoCommit(false);
    }
  }

  private void commit(Connection connection, Statement statement) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      statement.execute("COMMIT");
    } else {
      connection.commit();
    }
  }

  private void rollback(Connection connection, Statement statement) {
    try {
      if (dialect == Dialect.SQLITE) {
        statement.execute("ROLLBACK");
      } else {
        connection.rollback();
      }
    } catch (SQLException ignored) {
      // the failure being reported matters more; a dead connection rolls back on its own
    }
  }

  /**
   * Returns the dialect and prefix.
   *
   * @return e.g. {@code OkrSchema[POSTGRESQL, okr_]}
   */
  @Override
  public String toString() {
    return "OkrSchema[" + dialect + ", " + prefix + "]";
  }
}
