package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

  @Test
  void equal_decimals_share_one_instance() {
    BigDecimal first = SharedValues.decimal(new BigDecimal("123.4"));
    assertThat(SharedValues.decimal(new BigDecimal("123.4"))).isSameAs(first);
  }

  @Test
  void decimals_of_another_scale_are_not_shared() {
    BigDecimal first = SharedValues.decimal(new BigDecimal("77"));
    BigDecimal other = SharedValues.decimal(new BigDecimal("77.0"));
    assertThat(other).isNotSameAs(first).hasToString("77.0");
  }

  @Test
  void decimals_of_more_than_18_digits_are_kept_as_given() {
    BigDecimal big = new BigDecimal("1234567890123456789");
    BigDecimal again = new BigDecimal("1234567890123456789");
    assertThat(SharedValues.decimal(big)).isSameAs(big);
    assertThat(SharedValues.decimal(again)).isSameAs(again);
  }

  @Test
  void equal_targets_share_one_instance_and_amount() {
    Target first = Target.absolute(new BigDecimal("90"));
    Target second = Target.absolute(new BigDecimal("90"));
    assertThat(second).isSameAs(first);
    assertThat(Target.reduceBy(20)).isSameAs(Target.relative(new BigDecimal("-20")));
    assertThat(Target.absolute(new BigDecimal("-20"))).isNotEqualTo(Target.reduceBy(20));
  }

  @Test
  void equal_metrics_built_apart_share_one_instance() {
    MoveToTarget first = MoveToTarget.of(new BigDecimal("150"), Target.absolute("200"));
    MoveToTarget second = MoveToTarget.builder().baseline(new BigDecimal("150")).target(Target.absolute("200")).build();
    assertThat(second).isSameAs(first);
    Guardrail band = Guardrail.within(new BigDecimal("70"), new BigDecimal("80"));
    assertThat(Guardrail.within(new BigDecimal("70"), new BigDecimal("80"))).isSameAs(band);
    assertThat(Rate.ofPercent("40", "55")).isSameAs(Rate.ofPercent("40", "55"));
  }

  @Test
  void a_metric_shares_its_baseline_with_equal_decimals_elsewhere() {
    BigDecimal baseline = SharedValues.decimal(new BigDecimal("4321"));
    MoveToTarget metric = MoveToTarget.of(new BigDecimal("4321"), Target.absolute("5000"));
    assertThat(metric.getBaseline()).containsSame(baseline);
  }

  @Test
  void sharing_keeps_each_metric_equal_to_what_was_asked() {
    for (int i = 0; i < 20_000; i++) {
      BigDecimal baseline = BigDecimal.valueOf(i % 997, i % 3);
      MoveToTarget metric = MoveToTarget.of(baseline, Target.absolute(BigDecimal.valueOf(1000 + i)));
      assertThat(metric.getBaseline()).as("metric %d", i).contains(baseline);
      assertThat(metric.getBaseline().orElseThrow().scale()).as("metric %d", i).isEqualTo(i % 3);
      assertThat(metric.getTarget().getAmount()).as("metric %d", i).isEqualTo(BigDecimal.valueOf(1000 + i));
    }
  }
}
