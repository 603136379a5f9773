package fr.okrsante.jdbc.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands every call but {@link #getConnection()} to a real one: the base of the
 * tests' and benchmarks' stand-ins (a pool, a data source that fails on cue).
 */
public abstract class ForwardingDataSource implements DataSource {

  private final DataSource real;

  /**
   * Forwards to a real data source.
   *
   * @param real the data source that makes the physical connections
   */
  protected ForwardingDataSource(DataSource real) {
    this.real = real;
  }

  /**
   * The real data source behind this one.
   *
   * @return the data source given at construction
   */
  public final DataSource real() {
    return real;
  }

  /** Refused: the stand-ins have one user, the real data source's. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("one user: the real data source's");
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
