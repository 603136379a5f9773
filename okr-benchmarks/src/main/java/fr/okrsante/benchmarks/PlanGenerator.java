package fr.okrsante.benchmarks;

import fr.okrsante.plan.Aggregation;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.ObjectiveKind;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of synthetic national-scale plans (same size and seed → equal plan).
 *
 * <p>Each region is the same realistic forest of units — a region (ARS-like) unit; hospital groups
 * (GHT) → establishments → one pôle → two services; CPTS networks whose children are their member
 * MSPs; standalone medico-social structures (ESMS) — with objectives at every level, three key
 * results per objective of every metric kind, monthly check-ins, objectives aligned up the unit
 * tree (depth up to 6 levels: service → pôle → establishment → GHT → regional objective →
 * regional strategic objective), about 10 % of objectives with a second parent (a team objective
 * that also serves its region's territorial objective) and about 5 % restricted (UNIT or PRIVATE).
 *
 * <p>A region holds 1,400 units and 6,000 objectives. {@link Size#REGIONAL} has 2 regions (12,000
 * objectives), {@link Size#NATIONAL} 20 (28,000 units, 120,000 objectives, 360,000 key results,
 * ≈ 4.3 million check-ins), {@link Size#STRESS} 167 (≈ 1 million objectives).
 */
public final class PlanGenerator {

  /** The plan sizes the benchmarks use. */
  public enum Size {
    /** One small region, for tests. */
    TINY(1, Shape.TINY),
    /** ≈ 12,000 objectives. */
    REGIONAL(2, Shape.FULL),
    /** ≈ 28,000 units, 120,000 objectives, 360,000 key results. */
    NATIONAL(20, Shape.FULL),
    /** ≈ 1,000,000 objectives. */
    STRESS(167, Shape.FULL);

    final int regions;
    final Shape shape;

    Size(int regions, Shape shape) {
      this.regions = regions;
      this.shape = shape;
    }

    /**
     * Returns the number of objectives a plan of this size has.
     *
     * @return the objective count
     */
    public int objectives() {
      return regions * shape.objectivesPerRegion();
    }
  }

  /** How many structures of each kind a region holds. */
  record Shape(int groups, int establishmentsPerGroup, int networks, int membersPerNetwork, int esms) {
    static final Shape FULL = new Shape(8, 20, 45, 3, 571);
    static final Shape TINY = new Shape(2, 2, 2, 2, 4);

    int objectivesPerRegion() {
      int establishments = groups * establishmentsPerGroup;
      return REGION_OBJECTIVES + groups * GROUP_OBJECTIVES + establishments * ESTABLISHMENT_OBJECTIVES
          + establishments * 3 * TEAM_OBJECTIVES + networks * TEAM_OBJECTIVES
          + networks * membersPerNetwork * TEAM_OBJECTIVES + esms * TEAM_OBJECTIVES;
    }
  }

  /** The cycle every generated objective belongs to. */
  public static final String CYCLE = "2026";
  /** The date benchmarks evaluate as of: 11 of the 12 monthly check-ins are observed by then. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  static final int REGION_OBJECTIVES = 12;
  static final int GROUP_OBJECTIVES = 13;
  static final int ESTABLISHMENT_OBJECTIVES = 6;
  static final int TEAM_OBJECTIVES = 4;
  static final int KEY_RESULTS = 3;

  private static final String[] AUTHORS = new String[500];
  private static final String[] NOTES = {"Relevé mensuel", "Données du DPI", "Audit interne",
      "Saisie après revue de direction", "Correction de la saisie précédente"};
  private static final String[] HAS_CODES = {"1.1-01", "1.1-05", "2.2-08", "2.3-11", "3.1-02", "3.6-04"};

  static {
    for (int i = 0; i < AUTHORS.length; i++) {
      AUTHORS[i] = "p-" + Integer.toString(7919 * (i + 1), 36);
    }
  }

  private final SplittableRandom random;
  private final int checkInsPerKeyResult;
  private final LocalDate[][] days = new LocalDate[13][29];
  private final List<OrgUnit> units = new ArrayList<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final List<AlignmentLink> links = new ArrayList<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  /** Second-parent candidates: the current region's operational objectives. */
  private final List<String> regionObjectives = new ArrayList<>();
  private int objectiveCount;

  private PlanGenerator(long seed, int checkInsPerKeyResult) {
    this.random = new SplittableRandom(seed);
    this.checkInsPerKeyResult = checkInsPerKeyResult;
  }

  /**
   * Generates a plan with 12 monthly check-ins per key result.
   *
   * @param size the size
   * @return the plan, equal for equal sizes
   */
  public static Plan generate(Size size) {
    return generate(size, 12);
  }

  /**
   * Generates a plan.
   *
   * @param size the size
   * @param checkInsPerKeyResult monthly check-ins per key result that takes check-ins, 1 to 12
   * @return the plan, equal for equal arguments
   */
  public static Plan generate(Size size, int checkInsPerKeyResult) {
    return builder(size, checkInsPerKeyResult).build();
  }

  /**
   * Generates a plan's contents, not yet built (validated).
   *
   * @param size the size
   * @param checkInsPerKeyResult monthly check-ins per key result that takes check-ins, 1 to 12
   * @return a builder holding the plan's contents
   */
  public static Plan.Builder builder(Size size, int checkInsPerKeyResult) {
    if (checkInsPerKeyResult < 1 || checkInsPerKeyResult > 12) {
      throw new IllegalArgumentException("checkInsPerKeyResult " + checkInsPerKeyResult + " is not in 1..12");
    }
    PlanGenerator generator = new PlanGenerator(20260101L + size.ordinal(), checkInsPerKeyResult);
    for (int r = 1; r <= size.regions; r++) {
      generator.region(String.format("r%03d", r), size.shape);
    }
    return Plan.builder()
        .title("Plan national synthétique (" + size.name().toLowerCase(java.util.Locale.ROOT) + ")")
        .addCycles(Cycle.of(CYCLE, "Année 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addAllUnits(generator.units)
        .addAllObjectives(generator.objectives)
        .addAllLinks(generator.links)
        .addAllInitiatives(generator.initiatives);
  }

  // ------------------------------------------------------------------ units and objectives

  private void region(String id, Shape shape) {
    units.add(OrgUnit.builder().id(id).name("Région " + id).kind(UnitKind.ORGANISATION).build());
    regionObjectives.clear();
    String strategic = objective(id, 0, List.of(), false);
    List<String> regional = new ArrayList<>();
    for (int i = 1; i < REGION_OBJECTIVES; i++) {
      regional.add(objective(id, i, List.of(strategic), false));
    }
    regionObjectives.addAll(regional);
    for (int g = 1; g <= shape.groups(); g++) {
      String group = id + ".g" + g;
      units.add(OrgUnit.of(group, "GHT " + group, UnitKind.NETWORK, id));
      List<String> groupObjectives = objectives(group, GROUP_OBJECTIVES, regional, false);
      for (int e = 1; e <= shape.establishmentsPerGroup(); e++) {
        String establishment = group + ".e" + e;
        units.add(OrgUnit.builder().id(establishment).name("Établissement " + establishment)
            .kind(UnitKind.ORGANISATION).parentId(group)
            .putIdentifiers("FINESS", String.valueOf(590_000_000 + units.size())).build());
        List<String> estObjectives = objectives(establishment, ESTABLISHMENT_OBJECTIVES, groupObjectives, false);
        String pole = establishment + ".p1";
        units.add(OrgUnit.of(pole, "Pôle " + pole, UnitKind.POLE, establishment));
        List<String> poleObjectives = objectives(pole, TEAM_OBJECTIVES, estObjectives, true);
        for (int s = 1; s <= 2; s++) {
          String service = pole + ".s" + s;
          units.add(OrgUnit.of(service, "Service " + service, UnitKind.SERVICE, pole));
          objectives(service, TEAM_OBJECTIVES, poleObjectives, true);
        }
      }
    }
    for (int n = 1; n <= shape.networks(); n++) {
      String network = id + ".c" + n;
      units.add(OrgUnit.of(network, "CPTS " + network, UnitKind.NETWORK, id));
      List<String> memberKeyResults0 = new ArrayList<>();
      List<String> memberKeyResults1 = new ArrayList<>();
      List<String> memberIds = new ArrayList<>();
      for (int m = 1; m <= shape.membersPerNetwork(); m++) {
        memberIds.add(network + ".m" + m);
        memberKeyResults0.add(network + ".m" + m + ".o0.k0");
        memberKeyResults1.add(network + ".m" + m + ".o1.k0");
      }
      // The network's first two objectives compute a key result from its members' ones.
      List<String> networkObjectives = new ArrayList<>();
      networkObjectives.add(computedObjective(network, 0, regional, memberKeyResults0, Aggregation.POOLED_RATE));
      networkObjectives.add(computedObjective(network, 1, regional, memberKeyResults1, Aggregation.SUM));
      for (int i = 2; i < TEAM_OBJECTIVES; i++) {
        networkObjectives.add(objective(network, i, parentsFrom(regional), false));
      }
      for (String member : memberIds) {
        units.add(OrgUnit.of(member, "MSP " + member, random.nextInt(3) == 0 ? UnitKind.PARTNER : UnitKind.ORGANISATION,
            network));
        objectives(member, TEAM_OBJECTIVES, networkObjectives, true);
      }
    }
    for (int x = 1; x <= shape.esms(); x++) {
      String esms = id + ".x" + x;
      units.add(OrgUnit.of(esms, "ESMS " + esms, UnitKind.ORGANISATION, id));
      objectives(esms, TEAM_OBJECTIVES, regional, true);
    }
  }

  private List<String> objectives(String unit, int count, List<String> parentPool, boolean secondParent) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(objective(unit, i, parentsFrom(parentPool), secondParent));
    }
    return ids;
  }

  private List<String> parentsFrom(List<String> pool) {
    return pool.isEmpty() ? List.of() : List.of(pool.get(random.nextInt(pool.size())));
  }

  private String objective(String unit, int index, List<String> parents, boolean secondParent) {
    String id = unit + ".o" + index;
    Objective.Builder builder = base(unit, id);
    for (int k = 0; k < KEY_RESULTS; k++) {
      builder.addKeyResults(keyResult(id + ".k" + k, unit, index, k));
    }
    objectives.add(builder.build());
    link(id, parents, secondParent);
    return id;
  }

  private String computedObjective(String unit, int index, List<String> parentPool, List<String> sources,
      Aggregation aggregation) {
    String id = unit + ".o" + index;
    Objective.Builder builder = base(unit, id);
    ComputedMetric metric = ComputedMetric.builder().sourceIds(sources).aggregation(aggregation)
        .baseline(aggregation == Aggregation.POOLED_RATE ? new BigDecimal("60") : new BigDecimal("300"))
        .target(Target.absolute(aggregation == Aggregation.POOLED_RATE ? "90" : "600")).build();
    builder.addKeyResults(KeyResult.builder().id(id + ".k0").title("Indicateur territorial " + id).metric(metric)
        .unit(aggregation == Aggregation.POOLED_RATE ? MeasureUnit.PERCENT : MeasureUnit.COUNT).build());
    for (int k = 1; k < KEY_RESULTS; k++) {
      builder.addKeyResults(keyResult(id + ".k" + k, unit, index + 2, k));
    }
    objectives.add(builder.build());
    link(id, parentsFrom(parentPool), false);
    return id;
  }

  private Objective.Builder base(String unit, String id) {
    objectiveCount++;
    int roll = random.nextInt(100);
    Visibility visibility = roll < 3 ? Visibility.UNIT : roll < 5 ? Visibility.PRIVATE
        : roll < 30 ? Visibility.PUBLIC : Visibility.ORGANISATION;
    Objective.Builder builder = Objective.builder().id(id).ownerUnitId(unit).cycleId(CYCLE)
        .title("Objectif " + id)
        .kind(random.nextInt(5) == 0 ? ObjectiveKind.ASPIRATIONAL : ObjectiveKind.COMMITTED)
        .visibility(visibility);
    if (visibility == Visibility.PRIVATE) {
      builder.addGrantedPersonIds(AUTHORS[random.nextInt(AUTHORS.length)]);
    }
    if (random.nextInt(4) == 0) {
      builder.addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION,
          HAS_CODES[random.nextInt(HAS_CODES.length)], "Critère HAS"));
    }
    return builder;
  }

  private void link(String child, List<String> parents, boolean secondParent) {
    for (String parent : parents) {
      int roll = random.nextInt(100);
      double weight = roll < 70 ? 1.0 : roll < 85 ? 2.0 : 0.5;
      links.add(AlignmentLink.of(child, parent, weight, roll == 99 ? LinkMode.INFORMS : LinkMode.CONTRIBUTES));
    }
    // A team objective that also serves a regional (territorial) objective: about 10 % of all.
    if (secondParent && !regionObjectives.isEmpty() && random.nextInt(100) < 13) {
      String other = regionObjectives.get(random.nextInt(regionObjectives.size()));
      if (!parents.contains(other)) {
        links.add(AlignmentLink.of(child, other));
      }
    }
  }

  // ------------------------------------------------------------------ key results

  private KeyResult keyResult(String id, String unit, int objectiveIndex, int k) {
    KeyResult.Builder builder = KeyResult.builder().id(id).title("Résultat clé " + id);
    if (random.nextInt(4) == 0) {
      builder.weight(random.nextBoolean() ? 2.0 : 0.5);
    }
    int day = 1 + random.nextInt(28);
    // Member structures' first key results feed their network's computed ones.
    boolean member = unit.contains(".c") && unit.contains(".m");
    int roll = random.nextInt(100);
    if (member && objectiveIndex == 0 && k == 0) {
      roll = 50;
    } else if (member && objectiveIndex == 1 && k == 0) {
      roll = 0;
    }
    Metric metric;
    if (roll < 35) {
      BigDecimal baseline = BigDecimal.valueOf(100 + random.nextInt(400));
      BigDecimal target = baseline.add(BigDecimal.valueOf(random.nextBoolean() ? 50 + random.nextInt(100)
          : -(10 + random.nextInt(80))));
      metric = MoveToTarget.of(baseline, Target.absolute(target));
      builder.unit(MeasureUnit.COUNT);
      values(builder, day, baseline.doubleValue(), target.doubleValue());
    } else if (roll < 43) {
      BigDecimal baseline = BigDecimal.valueOf(60 + random.nextInt(200));
      int percent = 5 + random.nextInt(30);
      metric = MoveToTarget.of(baseline, random.nextBoolean() ? Target.reduceBy(percent) : Target.increaseBy(percent));
      builder.unit(MeasureUnit.MINUTES);
      values(builder, day, baseline.doubleValue(), baseline.doubleValue() * (1 + percent / 100.0));
    } else if (roll < 46) {
      metric = MoveToTarget.unknownBaseline(Target.absolute(BigDecimal.valueOf(80)));
      builder.unit(MeasureUnit.DAYS);
      values(builder, day, 30, 80);
    } else if (roll < 66) {
      int baseline = 40 + random.nextInt(40);
      metric = random.nextInt(8) == 0 ? Rate.unknownBaseline(Target.absolute(BigDecimal.valueOf(95)))
          : Rate.ofPercent(String.valueOf(baseline), String.valueOf(baseline + 10 + random.nextInt(10)));
      rates(builder, day, baseline);
    } else if (roll < 83) {
      int low = 70 + random.nextInt(20);
      int kind = random.nextInt(3);
      metric = kind == 0 ? Guardrail.atOrAbove(BigDecimal.valueOf(low))
          : kind == 1 ? Guardrail.atOrBelow(BigDecimal.valueOf(low + 5))
          : Guardrail.within(BigDecimal.valueOf(low), BigDecimal.valueOf(low + 10));
      builder.unit(MeasureUnit.PERCENT);
      values(builder, day, low - 5, low + 12);
    } else if (roll < 96) {
      metric = Milestone.doneOrNot();
      milestones(builder, day);
    } else if (roll < 98) {
      metric = Milestone.fromInitiatives();
      initiatives(id);
    } else {
      metric = MoveToTarget.countOfInitiativesDone(3);
      builder.unit(MeasureUnit.OTHER).unitLabel("actions");
      initiatives(id);
    }
    return builder.metric(metric).build();
  }

  private void values(KeyResult.Builder builder, int day, double from, double to) {
    for (int m = 1; m <= checkInsPerKeyResult; m++) {
      double expected = from + (to - from) * m / 12.0;
      double noise = (random.nextDouble() - 0.4) * Math.abs(to - from) * 0.3;
      long tenths = Math.round((expected + noise) * 10);
      builder.addCheckIns(checkIn(CheckIn.builder().value(BigDecimal.valueOf(tenths, 1)), m, day));
    }
  }

  private void rates(KeyResult.Builder builder, int day, int baseline) {
    for (int m = 1; m <= checkInsPerKeyResult; m++) {
      long denominator = 20 + random.nextInt(200);
      double rate = Math.min(1, (baseline + m + random.nextInt(10)) / 100.0);
      long numerator = Math.round(denominator * rate);
      builder.addCheckIns(checkIn(CheckIn.rateBuilder(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)),
          m, day));
    }
  }

  private void milestones(KeyResult.Builder builder, int day) {
    int doneIn = 3 + random.nextInt(14);
    for (int m = 1; m <= checkInsPerKeyResult; m++) {
      builder.addCheckIns(checkIn(CheckIn.builder().value(m >= doneIn ? BigDecimal.ONE : BigDecimal.ZERO), m, day));
    }
  }

  private CheckIn checkIn(CheckIn.Builder builder, int month, int day) {
    LocalDate observed = date(month, day);
    // Recorded one to three days later, during working hours.
    Instant recorded = observed.plusDays(1 + random.nextInt(3)).atStartOfDay().toInstant(ZoneOffset.UTC)
        .plusSeconds(8 * 3600 + random.nextInt(10 * 3600));
    builder.observedOn(observed).recordedAt(recorded);
    int roll = random.nextInt(100);
    if (roll < 60) {
      builder.authorId(AUTHORS[random.nextInt(AUTHORS.length)]);
    }
    if (roll < 25) {
      builder.confidence(0.5 + random.nextInt(6) / 10.0);
    }
    if (roll >= 90) {
      builder.note(NOTES[random.nextInt(NOTES.length)]);
    }
    if (roll % 10 == 7) {
      builder.source(CheckInSource.IMPORT);
    }
    if (roll == 42 || roll == 43) {
      builder.status(CheckInStatus.PROVISIONAL);
    }
    return builder.build();
  }

  private LocalDate date(int month, int day) {
    LocalDate date = days[month][day];
    if (date == null) {
      date = LocalDate.of(2026, month, day);
      days[month][day] = date;
    }
    return date;
  }

  private void initiatives(String keyResultId) {
    for (int i = 1; i <= 3; i++) {
      int roll = random.nextInt(10);
      InitiativeState state = roll < 4 ? InitiativeState.DONE : roll < 7 ? InitiativeState.IN_PROGRESS
          : roll < 9 ? InitiativeState.PLANNED : InitiativeState.CANCELLED;
      Initiative.Builder builder = Initiative.builder().id(keyResultId + ".i" + i).title("Action " + i)
          .state(state).addKeyResultIds(keyResultId);
      if (state == InitiativeState.DONE) {
        builder.doneOn(date(1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      initiatives.add(builder.build());
    }
  }

  /**
   * Returns how many objectives the last generation made (for checks).
   *
   * @return the count
   */
  int objectiveCount() {
    return objectiveCount;
  }
}
