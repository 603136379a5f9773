package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.okrsante.testing.RandomPlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the evaluation over thousands of seeded random plans. Every failure names its
 * seed: rerun it with {@code RandomPlans.valid(seed)}.
 */
class ProgressPropertyTest {

  private static final int CASES = 1500;

  private static Stream<DynamicTest> forSeeds(String name, long base, SeedCheck check) {
    return LongStream.range(base, base + CASES).mapToObj(seed -> DynamicTest.dynamicTest(name + " [seed " + seed + "]", () -> {
      try {
        check.run(seed);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }));
  }

  @FunctionalInterface
  interface SeedCheck {
    void run(long seed) throws Exception;
  }

  /** A date in or around the plan's year, chosen by the seed. */
  private static LocalDate someDate(Plan plan, Random random) {
    LocalDate start = plan.getCycles().isEmpty() ? LocalDate.of(2026, 1, 1) : plan.getCycles().get(0).getStartDate();
    return start.minusDays(30).plusDays(random.nextInt(430));
  }

  /** Every number of an evaluation, as text, to compare evaluations exactly. */
  static List<String> snapshot(Evaluation evaluation) {
    List<String> lines = new ArrayList<>();
    for (ObjectiveProgress o : evaluation.getObjectives()) {
      lines.add(o.getObjectiveId() + " " + o.getProgress() + " " + o.getExpectedProgress() + " " + o.getCoverage() + " "
          + o.getComputedStatus() + " " + o.getStatus() + " " + o.getContributionCount() + " " + o.getCountedContributionCount());
      for (KeyResultProgress k : o.getKeyResults()) {
        lines.add("  " + k.getKeyResultId() + " " + k.getProgress() + " " + k.getCountedProgress() + " "
            + k.getExpectedProgress() + " " + k.getComputedStatus() + " " + k.getCurrentValue() + " " + k.getBaseline() + " "
            + k.getTarget() + " " + k.isStale() + " " + k.getLatestCheckIn());
      }
    }
    return lines;
  }

  @TestFactory
  Stream<DynamicTest> weighted_mean_lies_between_the_smallest_and_largest_counted_contribution() {
    return forSeeds("between min and max", 10_000, seed -> {
      Plan plan = RandomPlans.valid(seed);
      Evaluation evaluation = Evaluation.of(plan, someDate(plan, new Random(seed)));
      for (Objective objective : plan.getObjectives()) {
        if (!objective.getRollup().getStrategy().equals(RollupSettings.WEIGHTED_MEAN)) {
          continue;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Contribution c : evaluation.contributions(objective.getId())) {
          if (c.isCounted()) {
            min = Math.min(min, c.getProgress().getAsDouble());
            max = Math.max(max, c.getProgress().getAsDouble());
          }
        }
        ObjectiveProgress progress = evaluation.objective(objective.getId());
        if (min <= max) {
          assertThat(progress.getProgress().getAsDouble()).as(objective.getId())
              .isBetween(min - 1e-12, max + 1e-12);
        } else {
          assertThat(progress.getProgress()).as(objective.getId() + " has no counted contribution").isEmpty();
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> shares_of_counted_contributions_sum_to_one() {
    return forSeeds("shares sum to 1", 20_000, seed -> {
      Plan plan = RandomPlans.valid(seed);
      Evaluation evaluation = Evaluation.of(plan, someDate(plan, new Random(seed)));
      for (Objective objective : plan.getObjectives()) {
        List<Contribution> contributions = evaluation.contributions(objective.getId());
        double sum = contributions.stream().mapToDouble(Contribution::getShare).sum();
        boolean anyCounted = contributions.stream().anyMatch(Contribution::isCounted);
        assertThat(sum).as(objective.getId()).isCloseTo(anyCounted ? 1.0 : 0.0, within(1e-9));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> raising_one_contribution_never_lowers_any_ancestor() {
    return forSeeds("monotone", 30_000, seed -> {
      Random random = new Random(seed);
      Plan plan = RandomPlans.valid(seed);
      LocalDate asOf = someDate(plan, random);
      // Sources of computed key results are left out: moving a source can move a computed key
      // result either way (its own target may be a decrease); that is a value, not a contribution.
      java.util.Set<String> sources = new java.util.HashSet<>();
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult kr : objective.getKeyResults()) {
          if (kr.getMetric() instanceof ComputedMetric computed) {
            sources.addAll(computed.getSourceIds());
          }
        }
      }
      List<KeyResult> candidates = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult kr : objective.getKeyResults()) {
          if (kr.getMetric() instanceof MoveToTarget move && !move.isFromInitiatives() && move.getBaseline().isPresent()
              && !sources.contains(kr.getId())
              && kr.getStartDate().map(s -> !s.isAfter(asOf)).orElse(true)) {
            candidates.add(kr);
          }
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      KeyResult chosen = candidates.get(random.nextInt(candidates.size()));
      MoveToTarget move = (MoveToTarget) chosen.getMetric();
      BigDecimal baseline = move.getBaseline().get();
      BigDecimal target = move.getTarget().resolve(baseline);
      Evaluation before = Evaluation.of(plan, asOf);
      // A raw progress of max(1, current) + 0.25 is above the current one, capped or not.
      double raised = Math.max(1, before.keyResult(chosen.getId()).getProgress().orElse(0)) + 0.25;
      // a check-in value has at most 6 decimals: a millionth more or less keeps it above by far
      BigDecimal value = baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(raised)))
          .setScale(6, java.math.RoundingMode.HALF_EVEN);
      CheckIn reached = CheckIn.builder().observedOn(asOf).value(value).recordedAt(Instant.parse("2100-01-01T00:00:00Z")).build();
      Evaluation after = Evaluation.of(plan.withCheckIn(chosen.getId(), reached), asOf);
      String owner = plan.objectiveOf(chosen.getId()).orElseThrow().getId();
      List<String> affected = new ArrayList<>(plan.alignment().ancestors(owner));
      affected.add(owner);
      for (String id : affected) {
        ObjectiveProgress b = before.objective(id);
        ObjectiveProgress a = after.objective(id);
        if (b.getProgress().isPresent()) {
          assertThat(a.getProgress().getAsDouble()).as(id + " after raising " + chosen.getId())
              .isGreaterThanOrEqualTo(b.getProgress().getAsDouble() - 1e-12);
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> results_do_not_depend_on_input_order() {
    return forSeeds("order-free", 40_000, seed -> {
      Random random = new Random(seed);
      RandomPlans.Parts parts = RandomPlans.parts(seed);
      Plan plan = parts.build();
      LocalDate asOf = someDate(plan, random);
      List<Objective> reordered = new ArrayList<>();
      for (Objective objective : parts.shuffled(random).objectives()) {
        List<KeyResult> krs = new ArrayList<>();
        for (KeyResult kr : objective.getKeyResults()) {
          List<CheckIn> checkIns = new ArrayList<>(kr.getCheckIns());
          java.util.Collections.shuffle(checkIns, random);
          krs.add(KeyResult.builder().from(kr).checkIns(checkIns).build());
        }
        reordered.add(Objective.builder().from(objective).keyResults(krs).build());
      }
      RandomPlans.Parts shuffled = parts.shuffled(random);
      Plan other = new RandomPlans.Parts(parts.title(), shuffled.units(), shuffled.cycles(), reordered,
          shuffled.initiatives(), shuffled.links()).build();
      assertThat(snapshot(Evaluation.of(other, asOf)))
          .isEqualTo(snapshot(Evaluation.of(plan, asOf)));
    });
  }

  @TestFactory
  Stream<DynamicTest> evaluation_as_of_a_date_ignores_every_later_check_in() {
    return forSeeds("as-of", 50_000, seed -> {
      Random random = new Random(seed);
      RandomPlans.Parts parts = RandomPlans.parts(seed);
      Plan plan = parts.build();
      LocalDate asOf = someDate(plan, random);
      List<Objective> trimmed = new ArrayList<>();
      for (Objective objective : parts.objectives()) {
        List<KeyResult> krs = new ArrayList<>();
        for (KeyResult kr : objective.getKeyResults()) {
          List<CheckIn> kept = kr.getCheckIns().stream().filter(c -> !c.getObservedOn().isAfter(asOf)).toList();
          krs.add(KeyResult.builder().from(kr).checkIns(kept).build());
        }
        trimmed.add(Objective.builder().from(objective).keyResults(krs).build());
      }
      Plan without = new RandomPlans.Parts(parts.title(), parts.units(), parts.cycles(), trimmed, parts.initiatives(),
          parts.links()).build();
      List<String> expected = snapshot(Evaluation.of(without, asOf));
      List<String> actual = snapshot(Evaluation.of(plan, asOf));
      // Late-check-in counts may differ (they look at every recorded check-in); nothing else may.
      assertThat(actual).isEqualTo(expected);
    });
  }

  @TestFactory
  Stream<DynamicTest> incremental_update_equals_full_evaluation() {
    return forSeeds("incremental", 60_000, seed -> {
      Random random = new Random(seed);
      Plan plan = RandomPlans.valid(seed);
      LocalDate asOf = someDate(plan, random);
      List<KeyResult> candidates = new ArrayList<>();
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult kr : objective.getKeyResults()) {
          if (acceptsCheckIns(kr)) {
            candidates.add(kr);
          }
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Evaluation previous = Evaluation.of(plan, asOf);
      Evaluation evaluation = previous;
      for (int step = 0; step < 3; step++) {
        KeyResult chosen = candidates.get(random.nextInt(candidates.size()));
        CheckIn checkIn = randomCheckIn(chosen, asOf.minusDays(random.nextInt(60)), random);
        evaluation = evaluation.withCheckIn(chosen.getId(), checkIn);
        assertThat(evaluation.getPlan().alignment()).isSameAs(plan.alignment());
        assertThat(snapshot(evaluation)).as("after a check-in on " + chosen.getId())
            .isEqualTo(snapshot(Evaluation.of(evaluation.getPlan(), asOf)));
      }
      assertThat(snapshot(previous)).isEqualTo(snapshot(Evaluation.of(plan, asOf)));
    });
  }

  @TestFactory
  Stream<DynamicTest> effective_shares_of_all_key_results_under_a_root_sum_to_one() {
    return forSeeds("shares under a root", 70_000, seed -> {
      Plan plan = weightedMeanEverywhere(RandomPlans.valid(seed));
      Evaluation evaluation = Evaluation.of(plan, someDate(plan, new Random(seed)));
      for (String root : plan.alignment().roots()) {
        List<String> members = new ArrayList<>(plan.alignment().descendants(root));
        members.add(root);
        boolean everyOneContributes = members.stream()
            .allMatch(id -> !plan.objective(id).orElseThrow().getKeyResults().isEmpty());
        if (!everyOneContributes) {
          continue;
        }
        double sum = 0;
        for (String id : members) {
          for (KeyResult kr : plan.objective(id).orElseThrow().getKeyResults()) {
            Map<String, Double> shares = evaluation.effectiveShares(kr.getId());
            sum += shares.getOrDefault(root, 0.0);
          }
        }
        assertThat(sum).as("root " + root).isCloseTo(1.0, within(1e-9));
      }
    });
  }

  /** Every objective: weighted mean, both sources, no data as 0; every weight positive. */
  private static Plan weightedMeanEverywhere(Plan plan) {
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : objective.getKeyResults()) {
        krs.add(KeyResult.builder().from(kr).weight(kr.getWeight() > 0 ? kr.getWeight() : 1).build());
      }
      objectives.add(Objective.builder().from(objective).keyResults(krs)
          .rollup(RollupSettings.builder().sources(RollupSources.BOTH).noData(NoDataPolicy.COUNT_AS_ZERO).build()).build());
    }
    List<AlignmentLink> links = new ArrayList<>();
    for (AlignmentLink link : plan.getLinks()) {
      links.add(AlignmentLink.builder().from(link).weight(link.getWeight() > 0 ? link.getWeight() : 1).build());
    }
    return Plan.builder().title(plan.getTitle())
        .addAllUnits(plan.getUnits()).addAllCycles(plan.getCycles()).addAllObjectives(objectives)
        .addAllInitiatives(plan.getInitiatives()).addAllLinks(links).build();
  }

  static boolean acceptsCheckIns(KeyResult kr) {
    return !(kr.getMetric() instanceof ComputedMetric)
        && !(kr.getMetric() instanceof MoveToTarget move && move.isFromInitiatives())
        && !(kr.getMetric() instanceof Milestone milestone && milestone.isFromInitiatives());
  }

  static CheckIn randomCheckIn(KeyResult kr, LocalDate observedOn, Random random) {
    Instant recorded = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000));
    if (kr.getMetric() instanceof Rate) {
      long denominator = 1 + random.nextInt(200);
      return CheckIn.rateBuilder(BigDecimal.valueOf(random.nextInt((int) denominator + 1)), BigDecimal.valueOf(denominator))
          .observedOn(observedOn).recordedAt(recorded).build();
    }
    if (kr.getMetric() instanceof Milestone) {
      return CheckIn.builder().observedOn(observedOn).value(BigDecimal.valueOf(random.nextInt(2))).recordedAt(recorded).build();
    }
    if (kr.getMetric() instanceof Guardrail || kr.getMetric() instanceof MoveToTarget) {
      return CheckIn.builder().observedOn(observedOn).value(BigDecimal.valueOf(random.nextInt(20_000) - 5_000, 2))
          .recordedAt(recorded).build();
    }
    throw new IllegalArgumentException("no check-in for " + kr.getMetric());
  }
}
