package fr.okrsante.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's fast reading of instants gives what {@link Instant#parse} gives. */
class InstantTextTest {

  @Test
  void instants_read_as_instant_parse_reads_them() {
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-20_000_000_000L, 60_000_000_000L),
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          });
      assertThat(Columns.parseInstant(instant.toString())).as("seed 14, case %d: %s", i, instant).isEqualTo(instant);
    }
  }

  @Test
  void other_forms_are_left_to_instant_parse() {
    for (String text : new String[] {"+12026-03-31T08:30:00Z", "2026-03-31T08:30:00.123456Z", "2026-02-30T08:30:00Z",
        "2026-03-31T24:30:00Z", "2026-03-31T08:30:00.Z", "2026-03-31T08:30:00.1234567890Z", "2026-13-01T00:00:00Z"}) {
      Object expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException e) {
        expected = DateTimeParseException.class;
      }
      if (expected instanceof Instant instant) {
        assertThat(Columns.parseInstant(text)).as(text).isEqualTo(instant);
      } else {
        assertThatThrownBy(() -> Columns.parseInstant(text)).as(text).isInstanceOf(DateTimeParseException.class);
      }
    }
  }
}
