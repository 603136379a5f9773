package fr.okrsante.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.NoDataPolicy;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.RollupSources;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Waypoint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Supplier;

/**
 * Plans built from a fuzzer's bytes, for Jazzer fuzz tests: hostile ids, texts, dates (up to
 * {@link LocalDate#MIN} and {@link LocalDate#MAX}), decimals (any scale), weights (NaN, infinite,
 * negative), dangling references, loops, every metric kind.
 *
 * <p>Ids are mostly drawn from a small pool so that references often resolve and the fuzzer reaches
 * deep into validation and evaluation. A part whose own checks fail ({@link InvalidPlanException})
 * is left out, so the rest of the plan still gets built; any other exception escapes.
 */
public final class FuzzedPlans {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
  private static final String[] UNIT_IDS = {"chu", "urg", "cardio"};
  private static final String[] CYCLE_IDS = {"2026", "t1", "t2"};
  private static final String[] OBJECTIVE_IDS = {"o1", "o2", "o3", "o4"};
  private static final String[] KEY_RESULT_IDS = {"k1", "k2", "k3", "k4", "k5", "k6"};
  private static final String[] INITIATIVE_IDS = {"i1", "i2"};

  private final FuzzedDataProvider data;

  private FuzzedPlans(FuzzedDataProvider data) {
    this.data = data;
  }

  /**
   * Returns a builder filled from fuzzed data; its {@code build()} either gives a valid plan or
   * throws {@link InvalidPlanException}.
   *
   * @param data the fuzzer's data
   * @return the filled builder
   */
  public static Plan.Builder builder(FuzzedDataProvider data) {
    return new FuzzedPlans(data).fill();
  }

  /**
   * Returns a check-in made from fuzzed data, or null when its own checks refuse it.
   *
   * @param data the fuzzer's data
   * @return the check-in, or null
   */
  public static CheckIn checkIn(FuzzedDataProvider data) {
    FuzzedPlans plans = new FuzzedPlans(data);
    return plans.part(plans::checkIn);
  }

  /**
   * Returns a date, mostly around 2026, sometimes anywhere between {@link LocalDate#MIN} and
   * {@link LocalDate#MAX}.
   *
   * @param data the fuzzer's data
   * @return the date
   */
  public static LocalDate date(FuzzedDataProvider data) {
    return new FuzzedPlans(data).date();
  }

  /**
   * Returns one of the key result ids the fuzzed plans use, or any text.
   *
   * @param data the fuzzer's data
   * @return the id
   */
  public static String keyResultId(FuzzedDataProvider data) {
    return new FuzzedPlans(data).id(KEY_RESULT_IDS);
  }

  private Plan.Builder fill() {
    Plan.Builder builder = Plan.builder();
    if (data.consumeBoolean()) {
      builder.title(data.consumeString(20));
    }
    int units = data.consumeInt(0, 4);
    for (int i = 0; i < units; i++) {
      OrgUnit unit = part(() -> data.consumeBoolean()
          ? OrgUnit.of(id(UNIT_IDS), text(), data.pickValue(UnitKind.values()))
          : OrgUnit.of(id(UNIT_IDS), text(), data.pickValue(UnitKind.values()), id(UNIT_IDS)));
      if (unit != null) {
        builder.addUnits(unit);
      }
    }
    int cycles = data.consumeInt(0, 3);
    for (int i = 0; i < cycles; i++) {
      Cycle cycle = part(() -> {
        Cycle.Builder c = Cycle.builder().id(id(CYCLE_IDS)).label(text()).startDate(date()).endDate(date());
        if (data.consumeBoolean()) {
          c.parentId(id(CYCLE_IDS));
        }
        if (data.consumeBoolean()) {
          c.closedAt(instant());
        }
        return c.build();
      });
      if (cycle != null) {
        builder.addCycles(cycle);
      }
    }
    int objectives = data.consumeInt(0, 4);
    for (int i = 0; i < objectives; i++) {
      Objective objective = part(this::objective);
      if (objective != null) {
        builder.addObjectives(objective);
      }
    }
    int initiatives = data.consumeInt(0, 2);
    for (int i = 0; i < initiatives; i++) {
      Initiative initiative = part(() -> {
        Initiative.Builder b = Initiative.builder().id(id(INITIATIVE_IDS)).title(text())
            .state(data.pickValue(InitiativeState.values())).weight(weight());
        int krs = data.consumeInt(0, 3);
        for (int k = 0; k < krs; k++) {
          b.addKeyResultIds(id(KEY_RESULT_IDS));
        }
        if (data.consumeBoolean()) {
          b.doneOn(date());
        }
        return b.build();
      });
      if (initiative != null) {
        builder.addInitiatives(initiative);
      }
    }
    int links = data.consumeInt(0, 5);
    for (int i = 0; i < links; i++) {
      AlignmentLink link = part(() -> AlignmentLink.of(id(OBJECTIVE_IDS), id(OBJECTIVE_IDS), weight(),
          data.pickValue(LinkMode.values())));
      if (link != null) {
        builder.addLink(link);
      }
    }
    return builder;
  }

  private Objective objective() {
    Objective.Builder b = Objective.builder().id(id(OBJECTIVE_IDS)).title(text())
        .ownerUnitId(id(UNIT_IDS)).cycleId(id(CYCLE_IDS))
        .kind(data.pickValue(ObjectiveKind.values()))
        .lifecycle(data.pickValue(Lifecycle.values()))
        .visibility(data.pickValue(Visibility.values()));
    if (data.consumeBoolean()) {
      b.addGrantedUnitIds(id(UNIT_IDS));
      b.addGrantedPersonIds(id(new String[] {"p-1"}));
      b.addOwnerPersonIds(id(new String[] {"p-2"}));
    }
    if (data.consumeBoolean()) {
      b.addFrameworkRefs(FrameworkRef.of(data.pickValue(FrameworkScheme.values()), text(), text()));
    }
    if (data.consumeBoolean()) {
      b.rollup(RollupSettings.builder()
          .sources(data.pickValue(RollupSources.values()))
          .strategy(data.consumeBoolean() ? RollupSettings.WEIGHTED_MEAN : RollupSettings.MINIMUM)
          .noData(data.pickValue(NoDataPolicy.values()))
          .capOverachievement(data.consumeBoolean())
          .build());
    }
    if (data.consumeBoolean()) {
      b.statusOverride(statusOverride());
    }
    int krs = data.consumeInt(0, 3);
    for (int k = 0; k < krs; k++) {
      KeyResult kr = part(this::keyResult);
      if (kr != null) {
        b.addKeyResults(kr);
      }
    }
    return b.build();
  }

  private KeyResult keyResult() {
    KeyResult.Builder b = KeyResult.builder().id(id(KEY_RESULT_IDS)).title(text()).metric(metric()).weight(weight());
    if (data.consumeBoolean()) {
      b.unit(data.pickValue(MeasureUnit.values()));
      if (data.consumeBoolean()) {
        b.unitLabel(text());
      }
    }
    if (data.consumeBoolean()) {
      b.startDate(date());
    }
    if (data.consumeBoolean()) {
      b.dueDate(date());
    }
    if (data.consumeBoolean()) {
      b.cadence(Period.ofDays(data.consumeInt(-3, 400)));
    }
    if (data.consumeBoolean()) {
      b.indicatorId(text());
    }
    int waypoints = data.consumeInt(0, 2);
    for (int w = 0; w < waypoints; w++) {
      Waypoint waypoint = part(() -> Waypoint.of(date(), fraction()));
      if (waypoint != null) {
        b.addWaypoints(waypoint);
      }
    }
    int checkIns = data.consumeInt(0, 4);
    for (int c = 0; c < checkIns; c++) {
      CheckIn checkIn = part(this::checkIn);
      if (checkIn != null) {
        b.addCheckIns(checkIn);
      }
    }
    if (data.consumeBoolean()) {
      b.statusOverride(statusOverride());
    }
    return b.build();
  }

  private Metric metric() {
    switch (data.consumeInt(0, 8)) {
      case 0:
        return MoveToTarget.of(number(), target());
      case 1:
        return MoveToTarget.unknownBaseline(target());
      case 2:
        return MoveToTarget.countOfInitiativesDone(data.consumeLong(-3, 10));
      case 3:
        return data.consumeBoolean() ? Rate.unknownBaseline(target())
            : Rate.builder().baseline(number()).target(target()).build();
      case 4:
        return Guardrail.within(number(), number());
      case 5:
        return data.consumeBoolean() ? Guardrail.atOrAbove(number()) : Guardrail.atOrBelow(number());
      case 6:
        return data.consumeBoolean() ? Milestone.doneOrNot() : Milestone.fromInitiatives();
      default:
        ComputedMetric.Builder c = ComputedMetric.builder()
            .aggregation(data.pickValue(Aggregation.values())).baseline(number()).target(target());
        int sources = data.consumeInt(0, 3);
        for (int s = 0; s < sources; s++) {
          c.addSourceIds(id(KEY_RESULT_IDS));
        }
        return c.build();
    }
  }

  private Target target() {
    switch (data.consumeInt(0, 3)) {
      case 0:
        return Target.relative(number());
      case 1:
        return Target.reduceBy(data.consumeLong());
      default:
        return Target.absolute(number());
    }
  }

  private CheckIn checkIn() {
    CheckIn.Builder b;
    switch (data.consumeInt(0, 3)) {
      case 0:
        b = CheckIn.rateBuilder(number(), number());
        break;
      case 1:
        b = CheckIn.builder().value(number()).numerator(number()).denominator(number());
        break;
      default:
        b = CheckIn.builder().value(number());
        if (data.consumeInt(0, 5) == 0) {
          b.numerator(number());
        }
    }
    b.observedOn(date());
    if (data.consumeBoolean()) {
      b.recordedAt(instant());
    }
    if (data.consumeBoolean()) {
      b.confidence(data.consumeDouble());
    }
    if (data.consumeBoolean()) {
      b.note(data.consumeString(20)).authorId(id(new String[] {"p-1"}));
    }
    if (data.consumeBoolean()) {
      b.status(data.pickValue(CheckInStatus.values()));
    }
    return b.build();
  }

  private StatusOverride statusOverride() {
    return StatusOverride.of(data.pickValue(Status.values()), id(new String[] {"p-3"}), instant(), text());
  }

  // ------------------------------------------------------------ leaves

  /** Runs a part's builder; a part that its own checks refuse is left out (null). */
  private <T> T part(Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidPlanException refused) {
      return null;
    }
  }

  private String id(String[] pool) {
    return data.consumeInt(0, 5) == 0 ? data.consumeString(12) : data.pickValue(pool);
  }

  private String text() {
    return data.consumeBoolean() ? "t" : data.consumeString(16);
  }

  private LocalDate date() {
    if (data.consumeInt(0, 7) == 0) {
      return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }
    return BASE.plusDays(data.consumeInt(-400, 800));
  }

  private Instant instant() {
    return Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
  }

  private BigDecimal number() {
    switch (data.consumeInt(0, 9)) {
      case 0:
        // any magnitude, any scale: "1E-2147483647" is a short text in a JSON document
        return new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt());
      case 1:
        return new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-40, 40));
      default:
        return BigDecimal.valueOf(data.consumeInt(-1000, 1000), data.consumeInt(0, 3));
    }
  }

  private double weight() {
    switch (data.consumeInt(0, 6)) {
      case 0:
        return data.consumeDouble();
      case 1:
        return 0;
      case 2:
        return 2;
      default:
        return 1;
    }
  }

  private double fraction() {
    return data.consumeBoolean() ? data.consumeDouble() : data.consumeInt(0, 100) / 100.0;
  }
}
