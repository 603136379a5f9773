package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void two_choices_read_as_one_or_the_other() {
    assertThat(Names.OBJECTIVE_KIND.choices()).isEqualTo("'committed' or 'aspirational'");
  }

  @Test
  void more_choices_are_separated_by_commas_and_the_last_by_or() {
    assertThat(Names.ROLLUP_SOURCES.choices()).isEqualTo("'key_results', 'children' or 'both'");
  }
}
