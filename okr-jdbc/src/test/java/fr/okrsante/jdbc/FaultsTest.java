package fr.okrsante.jdbc;

import static fr.okrsante.jdbc.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A connection lost in the middle of a write leaves nothing behind, on both databases. */
class FaultsTest {

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of(Dialect.POSTGRESQL, TestDatabases.freshPostgres()),
        Arguments.of(Dialect.SQLITE, TestDatabases.freshSqlite(TestDatabases.tempFolder())));
  }

  static List<CheckInEntry> batch(int size, int from) {
    List<CheckInEntry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(CheckInEntry.of("kr-delay", value(Integer.toString(from + i))));
    }
    return entries;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_connection_closed_in_the_middle_of_an_append_writes_nothing(Dialect dialect, DataSource real) {
    FaultyDataSource faulty = new FaultyDataSource(real);
    JdbcPlanStore store = JdbcPlanStore.of(faulty, dialect);
    store.migrate();
    store.save("chu", 0, Fixtures.small(), null);
    store.append("chu", batch(10, 0));

    faulty.armOnce();
    assertThatThrownBy(() -> store.append("chu", batch(100, 10))).isInstanceOf(PlanStoreException.class)
        .hasMessageContaining("append check-ins to plan chu");

    assertThat(store.version("chu")).hasValue(2);
    assertThat(store.history("chu", "kr-delay")).hasSize(10);
    assertThat(store.verify("chu").isClean()).isTrue();
    AppendReceipt next = store.append("chu", batch(5, 110));
    assertThat(next.firstSeq()).isEqualTo(11);
    assertThat(next.version()).isEqualTo(3);
    assertThat(store.history("chu", "kr-delay")).extracting(StoredCheckIn::seq)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 15).boxed().toList());
    assertThat(store.verify("chu").isClean()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_connection_closed_in_the_middle_of_a_save_writes_nothing(Dialect dialect, DataSource real) {
    FaultyDataSource faulty = new FaultyDataSource(real);
    JdbcPlanStore store = JdbcPlanStore.of(faulty, dialect);
    store.migrate();
    faulty.armOnce();
    assertThatThrownBy(() -> store.save("chu", 0, Fixtures.small().withCheckIn("kr-delay", value("3")), "p-1"))
        .isInstanceOf(PlanStoreException.class);
    assertThat(store.version("chu")).isEmpty();
    assertThat(store.save("chu", 0, Fixtures.small(), "p-1").getVersion()).isEqualTo(1);
    assertThat(store.verify("chu").isClean()).isTrue();
  }
}
