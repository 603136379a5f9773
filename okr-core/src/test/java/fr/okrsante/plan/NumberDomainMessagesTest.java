package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How a problem writes the number it refuses: plain digits up to 40 characters, else scientific notation. */
class NumberDomainMessagesTest {

  @Test
  void a_refused_number_of_40_plain_characters_is_written_in_plain_digits() {
    // 1E-38 in plain digits: "0." then 37 zeros then "1", 40 characters
    String plain = "0." + "0".repeat(37) + "1";
    assertThat(plain).hasSize(40);
    assertThat(NumberDomain.decimalProblem(new BigDecimal("1E-38")))
        .isEqualTo("is " + plain + ": a number has at most 6 decimals");
  }

  @Test
  void a_refused_number_of_41_plain_characters_is_written_in_scientific_notation() {
    // 1E-39 in plain digits would be 41 characters
    assertThat(NumberDomain.decimalProblem(new BigDecimal("1E-39")))
        .isEqualTo("is 1E-39: a number has at most 6 decimals");
  }
}
