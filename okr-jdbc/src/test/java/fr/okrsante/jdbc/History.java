package fr.okrsante.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A plan's check-in rows and head as plain SQL sees them, for the stress and process tests. */
record History(long headVersion, long nextSeq, List<long[]> seqAndVersion, List<BigDecimal> values) {

  static History read(DataSource dataSource, String planId) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long headVersion;
      long nextSeq;
      try (PreparedStatement ps = connection.prepareStatement("SELECT version, next_seq FROM okr_plan WHERE plan_id = ?")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          headVersion = rs.getLong(1);
          nextSeq = rs.getLong(2);
        }
      }
      List<long[]> rows = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT seq, version, value FROM okr_check_in WHERE plan_id = ? ORDER BY seq")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
            values.add(new BigDecimal(rs.getString(3)));
          }
        }
      }
      return new History(headVersion, nextSeq, rows, values);
    }
  }

  /** Numbers 1..n without gaps, versions never going back and rising at each new append. */
  void assertConsistent() {
    long expected = 1;
    long previousVersion = 0;
    for (long[] row : seqAndVersion) {
      if (row[0] != expected) {
        throw new AssertionError("check-in " + expected + " missing: found " + row[0]);
      }
      if (row[1] < previousVersion) {
        throw new AssertionError("check-in " + row[0] + " has version " + row[1] + " after version " + previousVersion);
      }
      previousVersion = row[1];
      expected++;
    }
    if (nextSeq != expected) {
      throw new AssertionError("the plan's next number is " + nextSeq + " but " + (expected - 1) + " check-ins are stored");
    }
    if (!seqAndVersion.isEmpty() && previousVersion != headVersion) {
      throw new AssertionError("the last check-in has version " + previousVersion + ", the plan " + headVersion);
    }
  }

  long distinctVersions() {
    return seqAndVersion.stream().mapToLong(r -> r[1]).distinct().count();
  }
}
