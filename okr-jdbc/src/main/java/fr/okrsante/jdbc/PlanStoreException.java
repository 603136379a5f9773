package fr.okrsante.jdbc;

import java.sql.SQLException;

/**
 * Thrown when the database fails a store operation (connection lost, disk full, a schema that is
 * missing or of another version). The operation wrote nothing: each one runs in one transaction.
 *
 * <p>The cause is the driver's {@link SQLException}; its SQL state is in the message.
 */
public class PlanStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the store was doing
   * @param cause the driver's exception
   */
  public PlanStoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
  }

  /**
   * Creates the exception without a driver exception.
   *
   * @param message what went wrong and how to fix it
   */
  public PlanStoreException(String message) {
    super(message);
  }
}
