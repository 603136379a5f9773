package fr.okrsante.jdbc;

import java.util.Locale;
import java.util.Objects;

/**
 * The databases the store runs on, each with its schema script.
 *
 * <p>H2 and HSQLDB are not supported: their {@code DECIMAL(p,s)} pads or rounds exact decimals,
 * and H2's file format does not survive H2 upgrades.
 */
public enum Dialect {

  /** PostgreSQL 12 or later (and engines that speak its SQL): the server database. */
  POSTGRESQL("postgresql"),

  /** SQLite 3.35 or later through sqlite-jdbc: one file, no server; the embedded default. */
  SQLITE("sqlite");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Returns the dialect of a JDBC URL.
   *
   * @param jdbcUrl a URL such as {@code jdbc:postgresql://host/db} or {@code jdbc:sqlite:okr.db}
   * @return the dialect
   * @throws IllegalArgumentException if the URL is of another database
   */
  public static Dialect ofUrl(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    throw new IllegalArgumentException("'" + jdbcUrl.replaceAll("[?;].*", "")
        + "' is not a database okr-jdbc stores plans in: use jdbc:postgresql://HOST/DATABASE or jdbc:sqlite:FILE");
  }

  /**
   * Returns the dialect of a database product name, as {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
   * gives it.
   *
   * @param productName e.g. {@code PostgreSQL} or {@code SQLite}
   * @return the dialect
   * @throws IllegalArgumentException if it is another database
   */
  public static Dialect ofProductName(String productName) {
    Objects.requireNonNull(productName, "productName");
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("sqlite")) {
      return SQLITE;
    }
    throw new IllegalArgumentException("database '" + productName + "' is not supported: okr-jdbc runs on PostgreSQL or SQLite");
  }

  /**
   * Returns the class-path folder of this dialect's schema scripts, the one a host gives Flyway
   * as a location.
   *
   * @return e.g. {@code db/okr/postgresql}
   */
  public String scriptFolder() {
    return "db/okr/" + folder;
  }
}
