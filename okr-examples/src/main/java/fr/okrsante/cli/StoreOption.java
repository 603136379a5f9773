package fr.okrsante.cli;

import fr.okrsante.jdbc.Dialect;
import fr.okrsante.jdbc.JdbcPlanStore;
import fr.okrsante.jdbc.PlanStoreException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --store URL} option of the store commands, and how the tool opens that store.
 *
 * <p>{@code jdbc:sqlite:okr.db} (the default: a file in the current folder, created on first
 * use) or {@code jdbc:postgresql://HOST/DATABASE}, whose user and password come from the
 * environment variables {@code OKR_STORE_USER} and {@code OKR_STORE_PASSWORD} — never from the
 * command line, where other users of the machine could read them. The tables are created or
 * completed on first use.
 */
final class StoreOption {

  /** The default store: an SQLite file in the current folder. */
  static final String DEFAULT_URL = "jdbc:sqlite:okr.db";

  @Option(names = "--store", paramLabel = "URL", defaultValue = DEFAULT_URL,
      description = "The store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE (default: ${DEFAULT-VALUE}). "
          + "PostgreSQL's user and password come from OKR_STORE_USER and OKR_STORE_PASSWORD.")
  String url = DEFAULT_URL;

  /** Opens the store, creating or completing its tables. */
  JdbcPlanStore open() {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.contains("password=")) {
      throw new CliException(CliException.USAGE,
          "--store: a password does not belong on the command line; set OKR_STORE_PASSWORD instead");
    }
    Dialect dialect;
    try {
      dialect = Dialect.ofUrl(url);
    } catch (IllegalArgumentException e) {
      throw new CliException(CliException.USAGE, "--store: " + e.getMessage());
    }
    Properties properties = new Properties();
    if (dialect == Dialect.POSTGRESQL) {
      String user = System.getenv("OKR_STORE_USER");
      String password = System.getenv("OKR_STORE_PASSWORD");
      if (user != null) {
        properties.setProperty("user", user);
      }
      if (password != null) {
        properties.setProperty("password", password);
      }
    }
    JdbcPlanStore store = JdbcPlanStore.of(new DriverDataSource(url, properties), dialect);
    try {
      store.migrate();
    } catch (PlanStoreException e) {
      throw unreachable(e);
    }
    return store;
  }

  /** The store cannot be used: exit code 3, the input cannot be read. */
  CliException unreachable(PlanStoreException e) {
    return new CliException(CliException.UNREADABLE, "store " + url.replaceAll("[?;].*", "") + ": " + e.getMessage(), e);
  }

  /** A connection per use from {@link DriverManager}: the tool runs one command and exits. */
  private static final class DriverDataSource implements DataSource {
    private final String url;
    private final Properties properties;

    DriverDataSource(String url, Properties properties) {
      this.url = url;
      this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
      // nothing is logged here
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
