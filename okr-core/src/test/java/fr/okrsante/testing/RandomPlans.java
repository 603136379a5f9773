package fr.okrsante.testing;

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
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import fr.okrsante.plan.Visibility;
import fr.okrsante.plan.Waypoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of random <em>valid</em> plans, for property tests here and in other modules
 * (okr-core publishes its test classes as a test-jar).
 *
 * <p>The same seed always gives the same plan. A plan has: unit forests (organisations with pôles,
 * services and units; territorial networks whose children are member structures), cycles (a year
 * and its quarters), objectives of every kind, lifecycle and visibility with grants, key results of
 * every metric kind (move-to-target with absolute, relative or unknown baseline, counts of done
 * initiatives, guardrails, milestones done-or-not and from initiatives, rates with numerator and
 * denominator, computed key results over earlier key results, pooled rates over rates), check-ins,
 * initiatives, framework references, and a DAG of alignment links with several parents and both
 * link modes.
 *
 * <p>Ids: units {@code org-1}, {@code org-1.pole-2}, {@code net-1.m-3}; cycles {@code y2026},
 * {@code y2026-t1}; objectives {@code obj-7}; key results {@code obj-7.kr-2}; initiatives
 * {@code ini-3}. Persons are {@code p-12}.
 */
public final class RandomPlans {

  /** The largest number of objectives {@link #valid(long)} generates. */
  public static final int DEFAULT_MAX_OBJECTIVES = 30;

  private static final FrameworkScheme[] SCHEMES = FrameworkScheme.values();
  private static final String[] CODES = {"1.1-01", "1.2-03", "2.4-04", "3.7.ii", "A1", "B2", "C3", "QV-1"};

  private RandomPlans() {}

  /**
   * The contents of a plan before it is built, so tests can shuffle, drop or corrupt them.
   *
   * @param title the plan title
   * @param units the org units
   * @param cycles the cycles
   * @param objectives the objectives with their key results and check-ins
   * @param initiatives the initiatives
   * @param links the alignment links (child → parent), acyclic
   */
  public record Parts(String title, List<OrgUnit> units, List<Cycle> cycles, List<Objective> objectives,
      List<Initiative> initiatives, List<AlignmentLink> links) {

    /** Makes every list unmodifiable. */
    public Parts {
      units = List.copyOf(units);
      cycles = List.copyOf(cycles);
      objectives = List.copyOf(objectives);
      initiatives = List.copyOf(initiatives);
      links = List.copyOf(links);
    }

    /**
     * Returns a plan builder holding these parts, in their order.
     *
     * @return a new builder
     */
    public Plan.Builder toBuilder() {
      return Plan.builder().title(title)
          .addAllUnits(units)
          .addAllCycles(cycles)
          .addAllObjectives(objectives)
          .addAllInitiatives(initiatives)
          .addAllLinks(links);
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     */
    public Plan build() {
      return toBuilder().build();
    }

    /**
     * Returns the same parts, each list in a random order.
     *
     * @param random the source of randomness
     * @return shuffled parts
     */
    public Parts shuffled(Random random) {
      return new Parts(title, shuffle(units, random), shuffle(cycles, random), shuffle(objectives, random),
          shuffle(initiatives, random), shuffle(links, random));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, random);
      return copy;
    }
  }

  /**
   * Returns a random valid plan of 0 to {@value #DEFAULT_MAX_OBJECTIVES} objectives.
   *
   * @param seed the seed
   * @return the plan, the same for the same seed
   */
  public static Plan valid(long seed) {
    return parts(seed).build();
  }

  /**
   * Returns a random valid plan with exactly {@code objectives} objectives.
   *
   * @param seed the seed
   * @param objectives the number of objectives, ≥ 0
   * @return the plan, the same for the same seed and size
   */
  public static Plan valid(long seed, int objectives) {
    return parts(seed, objectives).build();
  }

  /**
   * Returns a random valid territorial plan of 0 to {@value #DEFAULT_MAX_OBJECTIVES} objectives,
   * for the organisation boundaries of visibility: besides {@link #valid(long)}'s units, networks
   * whose member structures have units of their own (a member hospital with pôles and services, an
   * MSP with a team), partners with teams, organisations nested under a pôle (an EHPAD run by a
   * hospital), networks under a network and partners under a member.
   *
   * @param seed the seed
   * @return the plan, the same for the same seed
   */
  public static Plan territorial(long seed) {
    Random random = new Random(seed);
    Generator generator = new Generator(random);
    generator.territorial = true;
    return generator.generate(random.nextInt(DEFAULT_MAX_OBJECTIVES + 1)).build();
  }

  /**
   * Returns the parts of {@link #valid(long)}'s plan, unbuilt.
   *
   * @param seed the seed
   * @return the parts
   */
  public static Parts parts(long seed) {
    Random random = new Random(seed);
    return new Generator(random).generate(random.nextInt(DEFAULT_MAX_OBJECTIVES + 1));
  }

  /**
   * Returns the parts of {@link #valid(long, int)}'s plan, unbuilt.
   *
   * @param seed the seed
   * @param objectives the number of objectives, ≥ 0
   * @return the parts
   */
  public static Parts parts(long seed, int objectives) {
    if (objectives < 0) {
      throw new IllegalArgumentException("objectives must be ≥ 0, not " + objectives);
    }
    return new Generator(new Random(seed)).generate(objectives);
  }

  /** One generation run; all state is local to it. */
  private static final class Generator {

    private final Random random;
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<AlignmentLink> links = new ArrayList<>();
    /** Every key result made so far, for computed sources and initiatives. */
    private final List<KeyResult> keyResults = new ArrayList<>();
    /** Key results that must have at least one initiative. */
    private final List<String> needInitiatives = new ArrayList<>();
    private int nextInitiative;
    /** Whether to add {@link #territorial(long)}'s nested organisations to the units. */
    private boolean territorial;

    Generator(Random random) {
      this.random = random;
    }

    Parts generate(int objectiveCount) {
      makeUnits();
      if (territorial) {
        makeTerritorialUnits();
      }
      makeCycles();
      for (int i = 0; i < objectiveCount; i++) {
        objectives.add(makeObjective("obj-" + i));
      }
      makeInitiatives();
      makeLinks();
      return new Parts("Plan " + random.nextInt(1000), units, cycles, objectives, initiatives, links);
    }

    // ------------------------------------------------------------ units

    private void makeUnits() {
      int organisations = 1 + random.nextInt(3);
      for (int o = 1; o <= organisations; o++) {
        String org = "org-" + o;
        OrgUnit.Builder root = OrgUnit.builder().id(org).name("Établissement " + o).kind(UnitKind.ORGANISATION);
        if (random.nextBoolean()) {
          root.putIdentifiers("FINESS", String.valueOf(590_000_000 + random.nextInt(999_999)));
        }
        units.add(root.build());
        int poles = random.nextInt(4);
        for (int p = 1; p <= poles; p++) {
          String pole = org + ".pole-" + p;
          units.add(OrgUnit.of(pole, "Pôle " + p, UnitKind.POLE, org));
          int services = random.nextInt(4);
          for (int s = 1; s <= services; s++) {
            String service = pole + ".svc-" + s;
            units.add(OrgUnit.of(service, "Service " + s, UnitKind.SERVICE, pole));
            if (random.nextInt(3) == 0) {
              units.add(OrgUnit.of(service + ".u-1", "Unité 1", random.nextBoolean() ? UnitKind.UNIT : UnitKind.TEAM,
                  service));
            }
          }
        }
      }
      int networks = random.nextInt(3);
      for (int n = 1; n <= networks; n++) {
        String network = "net-" + n;
        units.add(OrgUnit.of(network, "CPTS " + n, UnitKind.NETWORK));
        int members = random.nextInt(5);
        for (int m = 1; m <= members; m++) {
          units.add(OrgUnit.of(network + ".m-" + m, "Structure membre " + m,
              random.nextBoolean() ? UnitKind.PARTNER : UnitKind.ORGANISATION, network));
        }
      }
    }

    /**
     * Nested organisations: a network whose members have units of their own; a sub-network with
     * members; an organisation and a partner nested under units of others.
     */
    private void makeTerritorialUnits() {
      String network = "terr";
      units.add(OrgUnit.of(network, "CPTS territoriale", UnitKind.NETWORK));
      if (random.nextBoolean()) {
        units.add(OrgUnit.of(network + ".bureau", "Bureau", UnitKind.TEAM, network));
      }
      int members = 1 + random.nextInt(4);
      for (int m = 1; m <= members; m++) {
        UnitKind kind = pick(new UnitKind[] {UnitKind.ORGANISATION, UnitKind.ORGANISATION, UnitKind.PARTNER,
            UnitKind.NETWORK});
        String member = network + ".m-" + m;
        units.add(OrgUnit.of(member, "Membre " + m, kind, member.equals(network + ".m-1") ? network : pick(
            units.stream().filter(u -> u.getId().startsWith(network)).toList()).getId()));
        int children = random.nextInt(3);
        for (int c = 1; c <= children; c++) {
          String child = member + ".s-" + c;
          units.add(OrgUnit.of(child, "Service " + c, pick(new UnitKind[] {UnitKind.POLE, UnitKind.SERVICE,
              UnitKind.TEAM, UnitKind.ORGANISATION, UnitKind.PARTNER}), member));
          if (random.nextBoolean()) {
            units.add(OrgUnit.of(child + ".u-1", "Unité 1", pick(new UnitKind[] {UnitKind.UNIT, UnitKind.TEAM,
                UnitKind.ORGANISATION}), child));
          }
        }
      }
      // An EHPAD run by an organisation of the plan, under one of its pôles or services.
      List<OrgUnit> hosts = units.stream().filter(u -> u.getKind() == UnitKind.POLE || u.getKind() == UnitKind.SERVICE)
          .toList();
      if (!hosts.isEmpty()) {
        String ehpad = pick(hosts).getId() + ".ehpad";
        units.add(OrgUnit.of(ehpad, "EHPAD", UnitKind.ORGANISATION, ehpad.substring(0, ehpad.length() - 6)));
        units.add(OrgUnit.of(ehpad + ".equipe", "Équipe de nuit", UnitKind.TEAM, ehpad));
      }
    }

    // ------------------------------------------------------------ cycles

    private void makeCycles() {
      int year = 2024 + random.nextInt(4);
      String yearId = "y" + year;
      cycles.add(Cycle.of(yearId, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      for (int q = 1; q <= 4; q++) {
        LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
        cycles.add(Cycle.builder().id(yearId + "-t" + q).label("T" + q + " " + year)
            .startDate(start).endDate(start.plusMonths(3).minusDays(1)).parentId(yearId).build());
      }
    }

    // ------------------------------------------------------------ objectives

    private Objective makeObjective(String id) {
      OrgUnit owner = pick(units);
      Cycle cycle = pick(cycles);
      Objective.Builder builder = Objective.builder()
          .id(id)
          .title("Objectif " + id)
          .ownerUnitId(owner.getId())
          .cycleId(cycle.getId())
          .kind(pick(ObjectiveKind.values()))
          .lifecycle(pick(Lifecycle.values()))
          .visibility(pick(Visibility.values()));
      if (random.nextBoolean()) {
        builder.description("Description de " + id);
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        builder.addOwnerPersonIds(person());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        builder.addGrantedUnitIds(pick(units).getId());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        builder.addGrantedPersonIds(person());
      }
      Set<String> refs = new HashSet<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        FrameworkScheme scheme = pick(SCHEMES);
        String code = pick(CODES);
        if (refs.add(scheme + ":" + code)) {
          builder.addFrameworkRefs(FrameworkRef.of(scheme, code, "Critère " + code));
        }
      }
      if (random.nextInt(4) == 0) {
        builder.rollup(RollupSettings.builder()
            .sources(pick(RollupSources.values()))
            .strategy(random.nextBoolean() ? RollupSettings.WEIGHTED_MEAN : RollupSettings.MINIMUM)
            .noData(pick(NoDataPolicy.values()))
            .capOverachievement(random.nextBoolean())
            .build());
      }
      int keyResultCount = random.nextInt(5);
      for (int k = 0; k < keyResultCount; k++) {
        KeyResult kr = makeKeyResult(id + ".kr-" + k, cycle);
        keyResults.add(kr);
        builder.addKeyResults(kr);
      }
      return builder.build();
    }

    private KeyResult makeKeyResult(String id, Cycle cycle) {
      LocalDate start = cycle.getStartDate();
      LocalDate due = cycle.getEndDate();
      KeyResult.Builder builder = KeyResult.builder().id(id).title("Résultat clé " + id);
      if (random.nextInt(4) == 0) {
        long days = ChronoUnit.DAYS.between(start, due);
        start = start.plusDays(random.nextInt((int) days / 2 + 1));
        due = due.minusDays(random.nextInt((int) days / 2 + 1));
        builder.startDate(start).dueDate(due);
      }
      if (random.nextInt(3) == 0) {
        builder.weight(random.nextInt(5) == 0 ? 0.0 : 0.5 + random.nextInt(6) * 0.5);
      }
      if (random.nextInt(5) == 0) {
        builder.cadence(Period.ofMonths(1 + random.nextInt(3)));
      }
      if (random.nextInt(6) == 0) {
        LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, due) / 2);
        if (middle.isAfter(start)) {
          builder.addWaypoints(Waypoint.of(middle, 0.25 + random.nextInt(3) * 0.25));
        }
      }
      int kind = random.nextInt(keyResults.isEmpty() ? 8 : 10);
      Metric metric;
      switch (kind) {
        case 0, 1 -> {
          metric = moveToTarget();
          builder.unit(pick(new MeasureUnit[] {MeasureUnit.COUNT, MeasureUnit.DAYS, MeasureUnit.MINUTES,
              MeasureUnit.PERCENT, MeasureUnit.EUROS, MeasureUnit.KILOMETRES}));
          addValueCheckIns(builder, start, due, 0, 500);
        }
        case 2 -> {
          metric = MoveToTarget.countOfInitiativesDone(1 + random.nextInt(5));
          builder.unit(MeasureUnit.OTHER).unitLabel("ateliers");
          needInitiatives.add(id);
        }
        case 3 -> {
          metric = guardrail();
          addValueCheckIns(builder, start, due, 0, 100);
        }
        case 4 -> {
          metric = Milestone.doneOrNot();
          for (int i = random.nextInt(3); i > 0; i--) {
            builder.addCheckIns(checkIn(date(start, due)).value(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO)
                .build());
          }
        }
        case 5 -> {
          metric = Milestone.fromInitiatives();
          needInitiatives.add(id);
        }
        case 6, 7 -> {
          metric = rate();
          for (int i = random.nextInt(5); i > 0; i--) {
            long denominator = 1 + random.nextInt(200);
            long numerator = random.nextInt((int) denominator + 1);
            CheckIn.Builder checkIn = CheckIn.rateBuilder(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
            decorate(checkIn, date(start, due));
            builder.addCheckIns(checkIn.build());
          }
        }
        default -> metric = computed();
      }
      return builder.metric(metric).build();
    }

    private MoveToTarget moveToTarget() {
      BigDecimal baseline = decimal(0, 500);
      switch (random.nextInt(4)) {
        case 0:
          return MoveToTarget.unknownBaseline(random.nextBoolean()
              ? Target.absolute(decimal(0, 500)) : relative());
        case 1:
          if (baseline.signum() != 0) {
            return MoveToTarget.of(baseline, relative());
          }
          return MoveToTarget.of(baseline, Target.absolute(baseline.add(BigDecimal.TEN)));
        default:
          BigDecimal target = decimal(0, 500);
          if (target.compareTo(baseline) == 0) {
            target = target.add(BigDecimal.ONE);
          }
          return MoveToTarget.of(baseline, Target.absolute(target));
      }
    }

    private Target relative() {
      int percent = 1 + random.nextInt(60);
      return random.nextBoolean() ? Target.reduceBy(percent) : Target.increaseBy(percent);
    }

    private Guardrail guardrail() {
      BigDecimal low = decimal(0, 90);
      switch (random.nextInt(3)) {
        case 0:
          return Guardrail.atOrAbove(low);
        case 1:
          return Guardrail.atOrBelow(low);
        default:
          return Guardrail.within(low, low.add(BigDecimal.valueOf(random.nextInt(10))));
      }
    }

    private Rate rate() {
      int baseline = random.nextInt(101);
      if (random.nextInt(5) == 0) {
        return Rate.unknownBaseline(Target.absolute(BigDecimal.valueOf(random.nextInt(101))));
      }
      int target = random.nextInt(101);
      if (target == baseline) {
        target = baseline == 100 ? 90 : baseline + 1;
      }
      return Rate.ofPercent(String.valueOf(baseline), String.valueOf(target));
    }

    private ComputedMetric computed() {
      List<KeyResult> rates = new ArrayList<>();
      for (KeyResult kr : keyResults) {
        if (isRate(kr)) {
          rates.add(kr);
        }
      }
      boolean pooled = !rates.isEmpty() && random.nextBoolean();
      List<KeyResult> pool = pooled ? rates : keyResults;
      Set<String> sources = new LinkedHashSet<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        sources.add(pick(pool).getId());
      }
      Aggregation aggregation = pooled ? Aggregation.POOLED_RATE
          : pick(new Aggregation[] {Aggregation.SUM, Aggregation.MEAN, Aggregation.MIN, Aggregation.MAX});
      BigDecimal baseline = decimal(0, 100);
      return ComputedMetric.builder()
          .addAllSourceIds(sources)
          .aggregation(aggregation)
          .baseline(baseline)
          .target(Target.absolute(baseline.add(BigDecimal.valueOf(1 + random.nextInt(50)))))
          .build();
    }

    private static boolean isRate(KeyResult kr) {
      return kr.getMetric() instanceof Rate
          || (kr.getMetric() instanceof ComputedMetric c && c.getAggregation() == Aggregation.POOLED_RATE);
    }

    private void addValueCheckIns(KeyResult.Builder builder, LocalDate start, LocalDate due, int low, int high) {
      for (int i = random.nextInt(5); i > 0; i--) {
        builder.addCheckIns(checkIn(date(start, due)).value(decimal(low, high)).build());
      }
    }

    private CheckIn.Builder checkIn(LocalDate observedOn) {
      CheckIn.Builder builder = CheckIn.builder();
      decorate(builder, observedOn);
      return builder;
    }

    private void decorate(CheckIn.Builder builder, LocalDate observedOn) {
      builder.observedOn(observedOn);
      if (random.nextInt(3) == 0) {
        builder.recordedAt(observedOn.plusDays(random.nextInt(10)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      }
      if (random.nextInt(3) == 0) {
        builder.confidence(random.nextInt(11) / 10.0);
      }
      if (random.nextInt(4) == 0) {
        builder.note("Note " + random.nextInt(100));
      }
      if (random.nextBoolean()) {
        builder.authorId(person());
      }
      builder.source(pick(CheckInSource.values()));
      builder.status(random.nextInt(5) == 0 ? CheckInStatus.PROVISIONAL : CheckInStatus.FINAL);
    }

    // ------------------------------------------------------------ initiatives

    private void makeInitiatives() {
      for (String kr : needInitiatives) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          Set<String> supported = new LinkedHashSet<>();
          supported.add(kr);
          if (!keyResults.isEmpty() && random.nextInt(4) == 0) {
            supported.add(pick(keyResults).getId());
          }
          initiatives.add(initiative(supported));
        }
      }
      if (!keyResults.isEmpty()) {
        for (int i = random.nextInt(4); i > 0; i--) {
          initiatives.add(initiative(Set.of(pick(keyResults).getId())));
        }
      }
      if (random.nextInt(4) == 0) {
        initiatives.add(initiative(Set.of()));
      }
    }

    private Initiative initiative(Set<String> keyResultIds) {
      InitiativeState state = pick(InitiativeState.values());
      Initiative.Builder builder = Initiative.builder()
          .id("ini-" + nextInitiative++)
          .title("Initiative " + nextInitiative)
          .state(state)
          .addAllKeyResultIds(keyResultIds);
      if (state == InitiativeState.DONE && random.nextBoolean()) {
        Cycle cycle = cycles.get(0);
        builder.doneOn(date(cycle.getStartDate(), cycle.getEndDate()));
      }
      if (random.nextInt(3) == 0) {
        builder.weight(random.nextInt(4) * 0.5);
      }
      if (random.nextInt(3) == 0) {
        builder.externalRef("JIRA-" + random.nextInt(1000));
      }
      return builder.build();
    }

    // ------------------------------------------------------------ links

    /** A DAG: each objective links only to objectives earlier in a random order. */
    private void makeLinks() {
      List<Objective> order = new ArrayList<>(objectives);
      Collections.shuffle(order, random);
      for (int i = 1; i < order.size(); i++) {
        int parents = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        Set<Integer> chosen = new HashSet<>();
        for (int p = 0; p < parents; p++) {
          // Prefer recent objectives so chains get deep.
          int parent = random.nextBoolean() ? Math.max(0, i - 1 - random.nextInt(3)) : random.nextInt(i);
          if (chosen.add(parent)) {
            double weight = random.nextInt(6) == 0 ? 0.0 : 0.5 + random.nextInt(4) * 0.5;
            links.add(AlignmentLink.of(order.get(i).getId(), order.get(parent).getId(), weight,
                random.nextInt(4) == 0 ? LinkMode.INFORMS : LinkMode.CONTRIBUTES));
          }
        }
      }
    }

    // ------------------------------------------------------------ helpers

    private String person() {
      return "p-" + random.nextInt(50);
    }

    private LocalDate date(LocalDate from, LocalDate to) {
      return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** A decimal in [low, high] with 0 to 2 decimals. */
    private BigDecimal decimal(int low, int high) {
      int scale = random.nextInt(3);
      int factor = scale == 0 ? 1 : scale == 1 ? 10 : 100;
      long unscaled = (long) low * factor + (long) random.nextInt((high - low) * factor + 1);
      return BigDecimal.valueOf(unscaled, scale);
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
      return array[random.nextInt(array.length)];
    }
  }
}
