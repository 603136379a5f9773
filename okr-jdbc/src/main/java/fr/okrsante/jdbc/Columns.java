package fr.okrsante.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * How each dialect keeps dates, instants and exact decimals: PostgreSQL in {@code date},
 * {@code timestamptz} and unconstrained {@code numeric} (with the scale beside it when negative,
 * which {@code numeric} cannot hold); SQLite as text (ISO-8601, and the canonical
 * {@link BigDecimal#toString()}).
 */
final class Columns {

  /** Instants as SQLite text: always six decimals and a Z, so that they sort as text. */
  private static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Dialect dialect;

  Columns(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The store's own times are kept to the microsecond, what PostgreSQL's timestamptz holds. */
  static Instant storeTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else {
      ps.setString(index, SQLITE_INSTANT.format(instant));
    }
  }

  Instant getInstant(ResultSet rs, int index) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
      if (time == null) {
        throw new SQLException("instant column " + index + " is null");
      }
      return time.toInstant();
    }
    String text = rs.getString(index);
    if (text == null) {
      throw new SQLException("instant column " + index + " is null");
    }
    return Instant.parse(text);
  }

  void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      ps.setObject(index, date);
    } else {
      ps.setString(index, date.toString());
    }
  }

  LocalDate getDate(ResultSet rs, int index) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      LocalDate date = rs.getObject(index, LocalDate.class);
      if (date == null) {
        throw new SQLException("date column " + index + " is null");
      }
      return date;
    }
    return LocalDate.parse(rs.getString(index));
  }

  /** Sets a decimal and, in the next parameter, its scale when negative (else NULL). */
  void setDecimal(PreparedStatement ps, int index, @Nullable BigDecimal value) throws SQLException {
    if (value == null) {
      ps.setNull(index, dialect == Dialect.POSTGRESQL ? Types.NUMERIC : Types.VARCHAR);
      ps.setNull(index + 1, Types.INTEGER);
    } else if (dialect == Dialect.POSTGRESQL) {
      if (value.scale() < 0) {
        ps.setBigDecimal(index, value.setScale(0));
        ps.setInt(index + 1, value.scale());
      } else {
        ps.setBigDecimal(index, value);
        ps.setNull(index + 1, Types.INTEGER);
      }
    } else {
      ps.setString(index, value.toString());
      ps.setNull(index + 1, Types.INTEGER);
    }
  }

  /** Reads a decimal written by {@link #setDecimal}, its scale in the next column. */
  @Nullable BigDecimal getDecimal(ResultSet rs, int index) throws SQLException {
    BigDecimal value;
    if (dialect == Dialect.POSTGRESQL) {
      value = rs.getBigDecimal(index);
    } else {
      String text = rs.getString(index);
      value = text == null ? null : new BigDecimal(text);
    }
    if (value == null) {
      return null;
    }
    int scale = rs.getInt(index + 1);
    if (!rs.wasNull()) {
      // exact: a negative scale only drops trailing zeros that setScale(0) added
      value = value.setScale(scale);
    }
    return value;
  }

  void setDouble(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  @Nullable Double getDouble(ResultSet rs, int index) throws SQLException {
    double value = rs.getDouble(index);
    return rs.wasNull() ? null : value;
  }

  void setText(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
    if (text == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, text);
    }
  }

  void setBytes(PreparedStatement ps, int index, byte @Nullable [] bytes) throws SQLException {
    if (bytes == null) {
      ps.setNull(index, dialect == Dialect.POSTGRESQL ? Types.BINARY : Types.BLOB);
    } else {
      ps.setBytes(index, bytes);
    }
  }
}
