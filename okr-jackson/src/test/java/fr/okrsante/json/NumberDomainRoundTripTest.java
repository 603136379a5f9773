package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.testing.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One number domain for the API and the JSON reader, checked on thousands of seeded numbers put in
 * every numeric slot of a plan (check-in value, baseline, absolute and relative target, guardrail
 * limits, rate parts, the weights of a key result, a link and an initiative): whatever the API
 * accepts, okr-jackson writes and reads back equal (and its evaluation writes); whatever the API
 * refuses, the JSON reader refuses too, with the API's message, located in the document.
 */
class NumberDomainRoundTripTest {

  private static final OkrJson JSON = OkrJson.standard();
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final int SEEDS = 40;
  private static final int CASES_PER_SEED = 150;

  /** A numeric slot of the plan, with the text it holds in the base plan (each appears once in its document). */
  enum Slot {
    CHECK_IN_VALUE("333.333", "/objectives/0/keyResults/0/checkIns/0"),
    BASELINE("111.111", "/objectives/0/keyResults/0/metric"),
    TARGET("222.222", "/objectives/0/keyResults/0/metric"),
    CHANGE_PERCENT("-44.444", "/objectives/0/keyResults/1/metric"),
    LOW("555.555", "/objectives/0/keyResults/2/metric"),
    HIGH("666.666", "/objectives/0/keyResults/2/metric"),
    KEY_RESULT_WEIGHT("7.77", "/objectives/0/keyResults/0"),
    LINK_WEIGHT("8.88", "/links/0"),
    INITIATIVE_WEIGHT("9.99", "/initiatives/0");

    final String placeholder;
    final String pointer;

    Slot(String placeholder, String pointer) {
      this.placeholder = placeholder;
      this.pointer = pointer;
    }

    boolean isWeight() {
      return name().endsWith("WEIGHT");
    }
  }

  private static final String BASE = JSON.toJson(plan(null, null, 0));

  @TestFactory
  Stream<DynamicTest> whatever_the_api_accepts_reads_back_equal_and_what_it_refuses_the_reader_refuses_located() {
    return Seeds.cases(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(20261129L * 31 + seed);
      int accepted = 0;
      int refused = 0;
      for (int i = 0; i < CASES_PER_SEED; i++) {
        Slot slot = Slot.values()[random.nextInt(Slot.values().length)];
        BigDecimal decimal = slot.isWeight() ? null : decimal(random);
        double weight = slot.isWeight() ? weight(random) : 0;
        String text = slot.isWeight() ? Double.toString(weight) : decimal.toString();
        String label = "seed " + seed + " case " + i + ": " + slot + " = " + text;
        Plan plan;
        try {
          plan = plan(slot, decimal, weight);
        } catch (InvalidPlanException e) {
          refused++;
          assertReaderRefuses(slot, text, e.getProblems(), label);
          continue;
        }
        accepted++;
        String written = JSON.toJson(plan);
        assertThat(JSON.readPlan(written)).as(label).isEqualTo(plan);
        assertThat(JSON.toJson(Evaluation.of(plan, LocalDate.of(2026, 6, 30)))).as(label).contains("\"kind\":\"evaluation\"");
        if (!Double.isNaN(weight) && !Double.isInfinite(weight)) {
          // the same document, written by hand from the number's text, gives the same plan
          assertThat(JSON.readPlan(BASE.replace(slot.placeholder, text))).as(label).isEqualTo(plan);
        }
      }
      // the generator must exercise both sides, or this proves little
      assertThat(accepted).as("accepted cases, seed " + seed).isGreaterThan(CASES_PER_SEED / 5);
      assertThat(refused).as("refused cases, seed " + seed).isGreaterThan(CASES_PER_SEED / 10);
    }));
  }

  @TestFactory
  Stream<DynamicTest> rate_check_ins_of_any_accepted_parts_read_back_equal() {
    return Seeds.cases(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      SplittableRandom random = new SplittableRandom(7_000_003L * seed + 11);
      for (int i = 0; i < CASES_PER_SEED; i++) {
        BigDecimal numerator = decimal(random).abs();
        BigDecimal denominator = decimal(random).abs();
        String label = "seed " + seed + " case " + i + ": " + numerator + "/" + denominator;
        CheckIn checkIn;
        try {
          checkIn = CheckIn.rateBuilder(numerator, denominator).observedOn(MARCH_1).build();
        } catch (InvalidPlanException e) {
          continue;
        }
        KeyResult kr = KeyResult.builder().id("rate").title("Taux").metric(Rate.unknownBaseline(Target.absolute("90")))
            .addCheckIns(checkIn).build();
        Plan plan = base().addObjectives(Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
            .addKeyResults(kr).build()).build();
        assertThat(JSON.readPlan(JSON.toJson(plan))).as(label).isEqualTo(plan);
      }
    }));
  }

  private static void assertReaderRefuses(Slot slot, String text, List<PlanProblem> apiProblems, String label) {
    if (text.equals("NaN") || text.contains("Infinity")) {
      // no JSON number for these: the reader refuses the token itself
      OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> JSON.readPlan(BASE.replace(slot.placeholder, text)));
      assertThat(e).as(label).isNotNull();
      assertThat(e.getProblems().get(0).getLine()).as(label).isPositive();
      return;
    }
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> JSON.readPlan(BASE.replace(slot.placeholder, text)));
    assertThat(e).as(label + ": the reader must refuse what the API refuses").isNotNull();
    List<String> messages = new ArrayList<>();
    for (JsonProblem problem : e.getProblems()) {
      messages.add(problem.getMessage());
      assertThat(problem.getLine()).as(label + " line").isPositive();
      assertThat(problem.getPointer()).as(label + " pointer").startsWith(slot.pointer);
    }
    for (PlanProblem apiProblem : apiProblems) {
      assertThat(messages).as(label).anySatisfy(m -> assertThat(m).contains(apiProblem.getMessage()));
    }
  }

  /** Decimals around the domain's edges: up to 18 digits, scales from −3 to 9, trailing zeros, the bounds themselves. */
  static BigDecimal decimal(SplittableRandom random) {
    switch (random.nextInt(12)) {
      case 0:
        return new BigDecimal(new String[] {"999999999999999", "-999999999999999", "1000000000000000", "0.000001",
            "0.0000001", "1E+14", "1E+15", "123456789.123456", "1234567890.123456", "0", "-0.000000", "100"}
            [random.nextInt(12)]);
      case 1:
        BigDecimal inner = decimal(random);
        return inner.setScale(Math.max(inner.scale(), 0) + random.nextInt(1, 25), java.math.RoundingMode.UNNECESSARY);
      default:
        int digits = random.nextInt(1, 19);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
        for (int d = 0; d < digits; d++) {
          text.append((char) ('0' + random.nextInt(d == 0 ? 1 : 0, 10)));
        }
        int scale = random.nextInt(3) == 0 ? random.nextInt(-3, 10) : random.nextInt(0, 7);
        return new BigDecimal(new BigInteger(text.toString()), scale);
    }
  }

  /** Weights around the domain's edges: sums of millionths, subnormals, huge, negative, non-terminating. */
  static double weight(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return new double[] {0, 0.000001, 1_000_000, 1_000_000.000001, 0.0000001, Double.MIN_VALUE, Double.MAX_VALUE,
            -0.000001, 1.0 / 3, Double.NaN, Double.POSITIVE_INFINITY, 4.9e-320}[random.nextInt(12)];
      case 1:
        return random.nextDouble() * Math.pow(10, random.nextInt(-8, 8));
      case 2:
        return -random.nextInt(1, 100) / 10.0;
      default:
        return random.nextLong(0, 10_000_000_000_000L) / Math.pow(10, random.nextInt(0, 10));
    }
  }

  private static Plan.Builder base() {
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  /** The base plan, with one slot holding the given number (none when {@code slot} is null). */
  static Plan plan(Slot slot, BigDecimal decimal, double weight) {
    BigDecimal value = slot == Slot.CHECK_IN_VALUE ? decimal : new BigDecimal("333.333");
    BigDecimal baseline = slot == Slot.BASELINE ? decimal : new BigDecimal("111.111");
    BigDecimal target = slot == Slot.TARGET ? decimal : new BigDecimal("222.222");
    BigDecimal change = slot == Slot.CHANGE_PERCENT ? decimal : new BigDecimal("-44.444");
    BigDecimal low = slot == Slot.LOW ? decimal : new BigDecimal("555.555");
    BigDecimal high = slot == Slot.HIGH ? decimal : new BigDecimal("666.666");
    KeyResult move = KeyResult.builder().id("move").title("Délai").metric(MoveToTarget.of(baseline, Target.absolute(target)))
        .weight(slot == Slot.KEY_RESULT_WEIGHT ? weight : 7.77).addCheckIns(CheckIn.of(MARCH_1, value)).build();
    KeyResult relative = KeyResult.builder().id("relative").title("Chutes")
        .metric(MoveToTarget.of(new BigDecimal("50"), Target.relative(change))).build();
    KeyResult band = KeyResult.builder().id("band").title("Occupation")
        .metric(Guardrail.within(low, high)).addCheckIns(CheckIn.of(MARCH_1, new BigDecimal("600"))).build();
    Objective o = Objective.builder().id("o").title("O").ownerUnitId("chu").cycleId("2026")
        .addKeyResults(move, relative, band).build();
    Objective p = Objective.builder().id("p").title("P").ownerUnitId("chu").cycleId("2026").build();
    return base().addObjectives(o, p)
        .addLink(AlignmentLink.of("o", "p", slot == Slot.LINK_WEIGHT ? weight : 8.88, LinkMode.CONTRIBUTES))
        .addInitiatives(Initiative.builder().id("i").title("Atelier").state(InitiativeState.DONE)
            .weight(slot == Slot.INITIATIVE_WEIGHT ? weight : 9.99).addKeyResultIds("move").build())
        .build();
  }
}
