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

  /**
   * Parses an instant written by {@link Instant#toString()} or by this class
   * ({@code 2026-03-31T08:30:00Z}, with 0 to 9 decimals of a second). Hundreds of thousands are read
   * per plan, and {@link Instant#parse} builds a formatter at each call: this reads the digits
   * directly, and leaves any other form to {@link Instant#parse}.
   */
  static Instant parseInstant(String text) {
    int length = text.length();
    if (length >= 20 && length <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
        && Character.isDigit(text.charAt(0))) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      int nanos = 0;
      boolean plain = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
          && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
      if (plain && length > 20) {
        int fraction = length - 21;
        if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
          plain = false;
        } else {
          nanos = digits(text, 20, length - 1);
          for (int i = fraction; i < 9; i++) {
            nanos *= 10;
          }
          plain = nanos >= 0;
        }
      }
      if (plain && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
      }
    }
    return Instant.parse(text);
  }

  /** The number written by the digits from {@code start} to {@code end}, or -1 if one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
    return parseInstant(text);
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
