package fr.okrsante.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest connection pool, standing in for the host's (HikariCP or the application
 * server's): a closed connection goes back to the pool unless it is broken. Without one, each
 * store operation would start a PostgreSQL backend process, which is what the tests would then
 * measure.
 */
final class TinyPool implements DataSource {

  private final DataSource real;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

  TinyPool(DataSource real) {
    this.real = real;
  }

  DataSource unpooled() {
    return real;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = idle.poll();
    while (connection != null && connection.isClosed()) {
      connection = idle.poll();
    }
    return lend(connection != null ? connection : real.getConnection());
  }

  private Connection lend(Connection connection) {
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                giveBack(connection);
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0] || connection.isClosed();
            }
            default -> {
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  private void giveBack(Connection connection) throws SQLException {
    if (connection.isClosed()) {
      return;
    }
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      idle.offer(connection);
    } catch (SQLException e) {
      connection.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool has one user");
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
