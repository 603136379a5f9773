package fr.okrsante.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts in the jar, as a DBA or the runner reads them. */
class SchemaScriptTest {

  @Test
  void the_scripts_are_where_flyway_looks() {
    assertThat(OkrSchema.of(Dialect.POSTGRESQL).resourceName(1)).isEqualTo("db/okr/postgresql/V1__okr_schema.sql");
    assertThat(OkrSchema.of(Dialect.SQLITE).resourceName(1)).isEqualTo("db/okr/sqlite/V1__okr_schema.sql");
    assertThat(OkrSchema.class.getResource("/db/okr/postgresql/V1__okr_schema.sql")).isNotNull();
    assertThat(OkrSchema.class.getResource("/db/okr/sqlite/V1__okr_schema.sql")).isNotNull();
  }

  @Test
  void a_table_prefix_renames_every_table_function_and_trigger() {
    for (Dialect dialect : Dialect.values()) {
      String script = OkrSchema.of(dialect).withTablePrefix("qualite_").script();
      assertThat(script).as(dialect.name()).doesNotContain("okr_").contains("CREATE TABLE qualite_check_in")
          .contains("okr-sante:");
    }
  }

  @Test
  void statements_split_at_semicolons_but_not_inside_bodies() {
    List<String> postgres = OkrSchema.statements(OkrSchema.of(Dialect.POSTGRESQL).script());
    assertThat(postgres).anySatisfy(s -> assertThat(s).startsWith("CREATE FUNCTION okr_refuse_change()").endsWith("$$;"));
    assertThat(postgres).noneMatch(s -> s.startsWith("--") || s.isBlank());
    List<String> sqlite = OkrSchema.statements(OkrSchema.of(Dialect.SQLITE).script());
    assertThat(sqlite).anySatisfy(s -> assertThat(s).startsWith("CREATE TRIGGER okr_personal_erasure_only").endsWith("END;"));
    assertThat(sqlite).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(5);
    assertThat(postgres).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(5);
  }

  @Test
  void a_prefix_that_is_not_a_plain_name_is_refused() {
    assertThatThrownBy(() -> OkrSchema.of(Dialect.SQLITE).withTablePrefix("okr; DROP TABLE x; --"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table prefix");
    assertThatThrownBy(() -> OkrSchema.of(Dialect.SQLITE).resourceName(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_dialect_follows_the_url() {
    assertThat(Dialect.ofUrl("jdbc:postgresql://db/okr")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.ofUrl("jdbc:sqlite:okr.db")).isEqualTo(Dialect.SQLITE);
    assertThatThrownBy(() -> Dialect.ofUrl("jdbc:h2:mem:x?password=secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:h2:mem:x").hasMessageNotContaining("secret");
  }
}
