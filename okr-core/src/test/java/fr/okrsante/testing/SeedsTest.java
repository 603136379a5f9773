package fr.okrsante.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedsTest {

  private final String before = System.getProperty(Seeds.DIVISOR_PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Seeds.DIVISOR_PROPERTY);
    } else {
      System.setProperty(Seeds.DIVISOR_PROPERTY, before);
    }
  }

  @Test
  void without_the_property_every_case_runs() {
    System.clearProperty(Seeds.DIVISOR_PROPERTY);
    assertThat(Seeds.count(300)).isEqualTo(300);
    assertThat(Seeds.range(300).max()).hasValue(299);
    assertThat(Seeds.cases(7).count()).isEqualTo(7);
  }

  @Test
  void under_mutation_testing_a_tenth_runs_and_never_none() {
    System.setProperty(Seeds.DIVISOR_PROPERTY, "10");
    assertThat(Seeds.count(300)).isEqualTo(30);
    assertThat(Seeds.range(300).boxed()).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 30).boxed().toList());
    assertThat(Seeds.count(5)).isEqualTo(1);
  }

  @Test
  void a_divisor_below_one_is_refused_with_its_value() {
    System.setProperty(Seeds.DIVISOR_PROPERTY, "0");
    assertThatThrownBy(() -> Seeds.count(300)).hasMessage("okr.seeds.divisor must be at least 1, was 0");
  }
}
