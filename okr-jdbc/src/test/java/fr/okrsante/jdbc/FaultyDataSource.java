package fr.okrsante.jdbc;

import fr.okrsante.jdbc.testing.ForwardingDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A real data source whose next connection, once armed, is closed under the store's feet when it
 * sends its first batch of rows: the database sees a client vanish in the middle of a write
 * transaction.
 */
final class FaultyDataSource extends ForwardingDataSource {

  private final AtomicBoolean armed = new AtomicBoolean();

  FaultyDataSource(DataSource real) {
    super(real);
  }

  void armOnce() {
    armed.set(true);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(real().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(real().getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (result instanceof PreparedStatement statement) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
            (p, m, a) -> {
              if (m.getName().equals("executeBatch") && armed.compareAndSet(true, false)) {
                // the physical connection, not a pool's handle that would only go back to the pool
                connection.unwrap(Connection.class).close();
              }
              return invoke(statement, m, a);
            });
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
