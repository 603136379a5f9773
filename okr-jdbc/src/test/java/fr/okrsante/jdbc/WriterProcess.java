package fr.okrsante.jdbc;

import fr.okrsante.jdbc.testing.TinyPool;
import fr.okrsante.plan.CheckIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A separate writer JVM for the process tests: appends {@code count} check-ins to a plan in
 * batches, each value {@code writer × 1,000,000 + i} so the test can tell who wrote what.
 *
 * <p>Arguments: dialect, JDBC URL, plan id, writer number, count, batch size.
 */
public final class WriterProcess {

  private WriterProcess() {}

  /**
   * Runs the writer.
   *
   * @param args dialect, URL, plan id, writer number, count, batch size
   */
  public static void main(String[] args) {
    Dialect dialect = Dialect.valueOf(args[0]);
    String url = args[1];
    String planId = args[2];
    int writer = Integer.parseInt(args[3]);
    int count = Integer.parseInt(args[4]);
    int batch = Integer.parseInt(args[5]);
    JdbcPlanStore store = JdbcPlanStore.of(dataSource(dialect, url), dialect);
    for (int i = 0; i < count; i += batch) {
      List<CheckInEntry> entries = new ArrayList<>(batch);
      for (int j = i; j < Math.min(count, i + batch); j++) {
        entries.add(CheckInEntry.of("kr-delay", CheckIn.of(Fixtures.DAY, BigDecimal.valueOf(writer * 1_000_000L + j))));
      }
      store.append(planId, entries);
      System.out.println("appended " + Math.min(count, i + batch));
    }
    System.out.println("done");
  }

  static DataSource dataSource(Dialect dialect, String url) {
    if (dialect == Dialect.SQLITE) {
      SQLiteDataSource sqlite = new SQLiteDataSource();
      sqlite.setUrl(url);
      sqlite.setSynchronous("NORMAL");
      return new TinyPool(sqlite);
    }
    return new TinyPool(new UrlDataSource(url));
  }
}
