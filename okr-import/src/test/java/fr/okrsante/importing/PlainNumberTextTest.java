package fr.okrsante.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A plain number cell (digits, one decimal mark, a minus sign) read without a regular expression: same value and scale as BigDecimal's parser. */
class PlainNumberTextTest {

  @Test
  void plain_numbers_keep_the_scale_they_are_written_with() throws Exception {
    assertThat(CellText.number("78,50", ';').value()).isEqualTo(new BigDecimal("78.50"));
    assertThat(CellText.number("-0,0", ';').value()).isEqualTo(new BigDecimal("0.0"));
    assertThat(CellText.number("007", ';').value()).isEqualTo(new BigDecimal("7"));
    assertThat(CellText.number("1234567890123456789012.5", ';').value()).isEqualTo(new BigDecimal("1234567890123456789012.5"));
    assertThat(CellText.number("78,5", ';').decimalMark()).isEqualTo(',');
    assertThat(CellText.number("78", ';').decimalMark()).isEqualTo((char) 0);
  }

  @Test
  void small_values_a_sheet_repeats_are_shared_and_read_as_bigdecimal_reads_them() throws Exception {
    assertThat(CellText.number("999,9", ';').value()).isSameAs(CellText.number("999.9", ';').value());
    assertThat(CellText.number("45", ';').value()).isSameAs(CellText.number("45", ';').value());
    for (String cell : new String[] {"0", "0,0", "9999", "10000", "999,9", "1000,0", "12,34", "-5", "-0,5", "07", "9999,9"}) {
      BigDecimal read = CellText.number(cell, ';').value();
      BigDecimal expected = new BigDecimal(cell.replace(',', '.'));
      assertThat(read).as(cell).isEqualTo(expected);
      assertThat(read.scale()).as(cell).isEqualTo(expected.scale());
      assertThat(read.toPlainString()).as(cell).isEqualTo(expected.toPlainString());
    }
  }

  /** Seeded property: random digit strings of 1 to 30 characters, with or without a sign and a mark, read as {@code new BigDecimal} reads them. */
  @TestFactory
  Stream<DynamicTest> plain_numbers_read_as_bigdecimal_reads_them() {
    return IntStream.range(0, 20).mapToObj(n -> {
      long seed = 2_600L + n;
      return DynamicTest.dynamicTest("seed " + seed, () -> {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
          int digits = random.nextInt(1, 29);
          StringBuilder text = new StringBuilder();
          if (random.nextInt(4) == 0) {
            text.append('-');
          }
          for (int d = 0; d < digits; d++) {
            text.append((char) ('0' + random.nextInt(10)));
          }
          char mark = 0;
          if (digits > 1 && random.nextBoolean()) {
            mark = random.nextBoolean() ? ',' : '.';
            text.insert(text.length() - random.nextInt(1, digits), mark);
          }
          String cell = text.toString();
          CellText.Number read = CellText.number(cell, ';');
          assertThat(read.value()).as("seed %d, '%s'", seed, cell).isEqualTo(new BigDecimal(cell.replace(',', '.')));
          assertThat(read.decimalMark()).as("seed %d, '%s'", seed, cell).isEqualTo(mark);
          assertThat(read.percent()).isFalse();
        }
      });
    });
  }
}
