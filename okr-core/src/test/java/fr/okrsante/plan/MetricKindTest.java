package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Metric kinds are handled exhaustively: one kind per metric type, every kind evaluated, and one
 * factory vocabulary on all metric types.
 */
class MetricKindTest {

  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  /** One metric of each kind; a new kind fails to compile here until it has an example. */
  static Metric example(MetricKind kind) {
    return switch (kind) {
      case MOVE_TO_TARGET -> MoveToTarget.of("240", Target.absolute("192"));
      case GUARDRAIL -> Guardrail.within("85", "95");
      case MILESTONE -> Milestone.doneOrNot();
      case RATE -> Rate.ofPercent("40", "90");
      case COMPUTED -> ComputedMetric.of(Aggregation.MEAN, List.of("kr-move_to_target"), "240", Target.absolute("192"));
    };
  }

  private static String id(MetricKind kind) {
    return "kr-" + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static CheckIn checkIn(MetricKind kind) {
    return switch (kind) {
      case MOVE_TO_TARGET -> CheckIn.of(MAR_31, "216");
      case GUARDRAIL -> CheckIn.of(MAR_31, "90");
      case MILESTONE -> CheckIn.of(MAR_31, "1");
      case RATE -> CheckIn.ofRate(MAR_31, 65, 100);
      case COMPUTED -> throw new IllegalArgumentException("a computed key result has no check-ins");
    };
  }

  private static Plan planWithEveryKind() {
    Objective.Builder objective = Objective.builder().id("obj").title("Objectif").ownerUnitId("chu").cycleId("2026");
    for (MetricKind kind : MetricKind.values()) {
      KeyResult.Builder keyResult = KeyResult.builder().id(id(kind)).title(kind.name()).metric(example(kind));
      if (example(kind).takesCheckIns()) {
        keyResult.addCheckIns(checkIn(kind));
      }
      objective.addKeyResults(keyResult.build());
    }
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(objective.build())
        .build();
  }

  @Test
  void every_metric_type_has_exactly_one_kind() {
    Map<MetricKind, Class<?>> types = new EnumMap<>(MetricKind.class);
    for (MetricKind kind : MetricKind.values()) {
      Metric metric = example(kind);
      assertThat(metric.kind()).as("kind of %s", metric.getClass().getSimpleName()).isEqualTo(kind);
      types.put(kind, Arrays.stream(Metric.class.getPermittedSubclasses())
          .filter(type -> type.isInstance(metric)).findFirst().orElseThrow());
    }
    Set<Class<?>> permitted = Set.of(Metric.class.getPermittedSubclasses());
    assertThat(Set.copyOf(types.values())).as("the metric types with a kind").isEqualTo(permitted);
    assertThat(MetricKind.values()).as("one kind per permitted metric type").hasSameSizeAs(permitted.toArray());
  }

  @Test
  void every_kind_is_evaluated() {
    Evaluation evaluation = Evaluator.standard().evaluate(planWithEveryKind(), MAR_31);
    Map<MetricKind, Status> statuses = Arrays.stream(MetricKind.values())
        .collect(Collectors.toMap(k -> k, k -> evaluation.keyResult(id(k)).getStatus()));
    assertThat(statuses).as("every kind has data as of the check-ins").doesNotContainValue(Status.NO_DATA);
  }

  @ParameterizedTest
  @EnumSource(MetricKind.class)
  void only_computed_and_initiative_metrics_take_no_check_ins(MetricKind kind) {
    assertThat(example(kind).takesCheckIns()).isEqualTo(kind != MetricKind.COMPUTED);
    assertThat(example(kind).takesInitiatives()).isFalse();
  }

  @Test
  void metrics_counting_initiatives_take_no_check_ins() {
    assertThat(Milestone.fromInitiatives().takesInitiatives()).isTrue();
    assertThat(MoveToTarget.countOfInitiativesDone(5).takesInitiatives()).isTrue();
    assertThat(Milestone.fromInitiatives().takesCheckIns()).isFalse();
    assertThat(MoveToTarget.countOfInitiativesDone(5).takesCheckIns()).isFalse();
  }

  @Test
  void only_computed_metrics_have_source_key_results() {
    for (MetricKind kind : MetricKind.values()) {
      assertThat(example(kind).sourceKeyResultIds()).as("%s", kind)
          .isEqualTo(kind == MetricKind.COMPUTED ? List.of("kr-move_to_target") : List.of());
    }
  }

  @Test
  void rate_numbers_are_percentages() {
    Rate rate = Rate.ofPercent("0.5", "0.2");
    assertThat(rate.getBaseline()).contains(new BigDecimal("0.5"));
    assertThat(rate.getTarget()).isEqualTo(Target.absolute("0.2"));
    assertThat(Rate.ofPercent(new BigDecimal("72"), new BigDecimal("90"))).isEqualTo(Rate.ofPercent("72", "90"));
    assertThat(Rate.ofPercent(new BigDecimal("72"), Target.absolute("90"))).isEqualTo(Rate.ofPercent("72", "90"));
  }

  @Test
  void string_and_decimal_factories_agree() {
    assertThat(MoveToTarget.of("240", Target.absolute("192")))
        .isEqualTo(MoveToTarget.of(new BigDecimal("240"), Target.absolute("192")));
    assertThat(Guardrail.atOrAbove("85")).isEqualTo(Guardrail.atOrAbove(new BigDecimal("85")));
    assertThat(Guardrail.atOrBelow("95")).isEqualTo(Guardrail.atOrBelow(new BigDecimal("95")));
    assertThat(Guardrail.within("85", "95")).isEqualTo(Guardrail.within(new BigDecimal("85"), new BigDecimal("95")));
    assertThat(ComputedMetric.of(Aggregation.SUM, List.of("a", "b"), "0", Target.absolute("10")))
        .isEqualTo(ComputedMetric.builder().aggregation(Aggregation.SUM).sourceIds(List.of("a", "b"))
            .baseline(BigDecimal.ZERO).target(Target.absolute("10")).build());
  }

  @Test
  void unknown_baseline_factories_leave_the_baseline_unknown() {
    assertThat(MoveToTarget.unknownBaseline(Target.absolute("90")).getBaseline()).isEmpty();
    assertThat(Rate.unknownBaseline(Target.absolute("90")).getBaseline()).isEmpty();
  }
}
