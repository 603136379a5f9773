package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast date readers agree with {@link LocalDate#parse} and {@link Instant#parse}: on every
 * text they read, the same value; on every text those refuse, nothing.
 */
class IsoDatesTest {

  private static final String ALPHABET = "0123456789-:TtZz+. ";

  @Test
  void canonical_dates_and_instants_are_read_as_the_jdk_reads_them() {
    SplittableRandom random = new SplittableRandom(31);
    for (int i = 0; i < Seeds.count(50_000); i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(0, 1, 1).toEpochDay(),
          LocalDate.of(9999, 12, 31).toEpochDay() + 1));
      assertThat(IsoDates.date(date.toString())).isEqualTo(date);
      Instant instant = Instant.ofEpochSecond(date.toEpochDay() * 86_400L + random.nextInt(86_400));
      assertThat(IsoDates.instant(instant.toString())).as(instant.toString()).isEqualTo(instant);
    }
    assertThat(IsoDates.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDates.instant("2026-03-31T08:30:00Z")).isEqualTo(Instant.parse("2026-03-31T08:30:00Z"));
  }

  @Test
  void other_forms_are_left_to_the_jdk_and_nothing_it_refuses_is_read() {
    assertThat(IsoDates.date("2025-02-29")).isNull();
    assertThat(IsoDates.date("2026-04-31")).isNull();
    assertThat(IsoDates.date("2026-13-01")).isNull();
    assertThat(IsoDates.date("+12026-01-01")).isNull();
    assertThat(IsoDates.instant("2026-03-31t08:30:00z")).isNull();
    assertThat(IsoDates.instant("2026-03-31T08:30:00.5Z")).isNull();
    assertThat(IsoDates.instant("2026-03-31T24:00:00Z")).isNull();
    assertThat(IsoDates.instant("2026-03-31T23:59:60Z")).isNull();
    SplittableRandom random = new SplittableRandom(32);
    int read = 0;
    for (int i = 0; i < Seeds.count(200_000); i++) {
      boolean instant = random.nextBoolean();
      String text = mutated(random, instant ? "2026-03-31T08:30:00Z" : "2026-03-31");
      read += agree(text, IsoDates::date, LocalDate::parse);
      read += agree(text, IsoDates::instant, Instant::parse);
    }
    // Mutations keep the form often enough that both branches are exercised.
    assertThat(read).isGreaterThan(Seeds.count(10_000));
  }

  private static String mutated(SplittableRandom random, String text) {
    char[] chars = text.toCharArray();
    int changes = random.nextInt(1, 3);
    for (int c = 0; c < changes; c++) {
      chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    String result = new String(chars);
    return random.nextInt(10) == 0 ? result.substring(0, random.nextInt(result.length())) : result;
  }

  private static <T> int agree(String text, Function<String, T> fast, Function<String, T> jdk) {
    T expected;
    try {
      expected = jdk.apply(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    T actual = fast.apply(text);
    if (expected == null) {
      assertThat(actual).as(text).isNull();
      return 0;
    }
    if (actual != null) {
      assertThat(actual).as(text).isEqualTo(expected);
      return 1;
    }
    return 0;
  }
}
