package fr.okrsante.jdbc.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;

/**
 * The smallest connection pool, standing in for the host's (HikariCP or the application
 * server's) in the tests and the store benchmarks: a closed connection goes back to the pool
 * unless it is broken, rolled back first if a transaction was left open. Without one, each store
 * operation would start a PostgreSQL backend process, which is what the tests and benchmarks would
 * then measure.
 */
public final class TinyPool extends ForwardingDataSource {

  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

  /**
   * A pool of the real data source's connections.
   *
   * @param real the data source that makes the physical connections
   */
  public TinyPool(DataSource real) {
    super(real);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = idle.poll();
    while (connection != null && connection.isClosed()) {
      connection = idle.poll();
    }
    return lend(connection != null ? connection : real().getConnection());
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
}
