package fr.okrsante.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Percentages print their digits however large the progress: within okr-core's number domain a
 * raw progress reaches about 10^21 (999999999999999 from 0 towards 0.000001), beyond a {@code long}.
 */
class LabelsPercentTest {

  private final Labels english = Labels.forLanguage("en");

  @Test
  void ordinary_progress_rounds_to_a_whole_percentage() {
    assertThat(english.percent(0.4583)).isEqualTo("46%");
    assertThat(english.percent(-0.21)).isEqualTo("-21%");
    assertThat(english.percent(1.25)).isEqualTo("125%");
  }

  @Test
  void a_progress_beyond_a_long_prints_its_digits_not_9223372036854775807() {
    // the raw progress of 999999999999999 from 0 towards 0.000001 is 9.99999999999999E20
    assertThat(english.percent(9.99999999999999E20)).isEqualTo("99999999999999900000000%")
        .doesNotContain("9223372036854775807");
    assertThat(english.percent(-9.99999999999999E20)).isEqualTo("-99999999999999900000000%");
    assertThat(english.percent(1e13)).isEqualTo("1000000000000000%");
  }
}
