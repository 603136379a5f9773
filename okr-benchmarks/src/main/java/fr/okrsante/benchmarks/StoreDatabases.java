package fr.okrsante.benchmarks;

import fr.okrsante.jdbc.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases of the store benchmarks: an embedded PostgreSQL 17 (started once per JVM) or an
 * SQLite file (WAL, synchronous=NORMAL), each behind a small connection pool as a host has one.
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
        return new Pool(sqlite);
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
      return new Pool(postgres.getDatabase("postgres", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The smallest pool: a closed connection goes back to the queue. */
  static final class Pool implements DataSource {
    private final DataSource real;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

    Pool(DataSource real) {
      this.real = real;
    }

    DataSource real() {
      return real;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = idle.poll();
      Connection physical = connection != null ? connection : real.getConnection();
      boolean[] closed = {false};
      return (Connection) Proxy.newProxyInstance(Pool.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              if (!closed[0]) {
                closed[0] = true;
                if (!physical.isClosed()) {
                  if (!physical.getAutoCommit()) {
                    physical.rollback();
                    physical.setAutoCommit(true);
                  }
                  idle.offer(physical);
                }
              }
              return null;
            }
            try {
              return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException("one user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return real.isWrapperFor(iface);
    }
  }
}
