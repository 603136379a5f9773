package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what {@link Plan#ID_PATTERN} accepts. */
class IdCheckTest {

  @Test
  void hand_written_id_check_agrees_with_the_id_pattern() {
    String alphabet = "aZ09._:- é/\u0000x";
    Random random = new Random(20260101);
    for (int i = 0; i < 200_000; i++) {
      int length = random.nextInt(i % 100 == 0 ? 110 : 8);
      StringBuilder id = new StringBuilder();
      for (int c = 0; c < length; c++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = id.toString();
      assertThat(Problems.isId(text)).as("'%s' (seed 20260101, case %d)", text, i).isEqualTo(Problems.matchesIdRegex(text));
    }
    assertThat(Problems.isId("a".repeat(100))).isTrue();
    assertThat(Problems.isId("a".repeat(101))).isFalse();
  }
}
