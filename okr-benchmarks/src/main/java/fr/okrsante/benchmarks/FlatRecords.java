package fr.okrsante.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON baseline: the same plan as flat Java records (enums as lower-case strings, metrics as
 * one record with a type and optional fields), written and read by plain Jackson databind with
 * java.time support. No validation, no domain objects: the simplest code that moves the same data.
 */
final class FlatRecords {

  private FlatRecords() {}

  /** The whole document. */
  record PlanDoc(int schemaVersion, String title, List<UnitRec> units, List<CycleRec> cycles,
      List<ObjectiveRec> objectives, List<InitiativeRec> initiatives, List<LinkRec> links) {}

  /** A unit. */
  record UnitRec(String id, String name, String kind, String parentId, Map<String, String> identifiers) {}

  /** A cycle. */
  record CycleRec(String id, String label, LocalDate startDate, LocalDate endDate, String parentId) {}

  /** An objective. */
  record ObjectiveRec(String id, String title, String description, String ownerUnitId, String cycleId, String kind,
      String lifecycle, String visibility, List<String> ownerPersonIds, List<String> grantedUnitIds,
      List<String> grantedPersonIds, List<RefRec> frameworkRefs, List<KeyResultRec> keyResults) {}

  /** A framework reference. */
  record RefRec(String scheme, String code, String label) {}

  /** A key result, its metric flattened. */
  record KeyResultRec(String id, String title, String metricType, BigDecimal baseline, BigDecimal target,
      Boolean relativeTarget, BigDecimal low, BigDecimal high, Boolean fromInitiatives, List<String> sourceIds,
      String aggregation, String unit, String unitLabel, double weight, List<CheckInRec> checkIns) {}

  /** A check-in. */
  record CheckInRec(BigDecimal value, BigDecimal numerator, BigDecimal denominator, LocalDate observedOn,
      Instant recordedAt, Double confidence, String note, String authorId, String source, String status) {}

  /** An initiative. */
  record InitiativeRec(String id, String title, String state, LocalDate doneOn, double weight,
      List<String> keyResultIds) {}

  /** An alignment link. */
  record LinkRec(String childId, String parentId, double weight, String mode) {}

  static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static PlanDoc of(Plan plan) {
    List<UnitRec> units = new ArrayList<>();
    for (OrgUnit unit : plan.getUnits()) {
      units.add(new UnitRec(unit.getId(), unit.getName(), name(unit.getKind()), unit.getParentId().orElse(null),
          unit.getIdentifiers().isEmpty() ? null : unit.getIdentifiers()));
    }
    List<CycleRec> cycles = new ArrayList<>();
    for (Cycle cycle : plan.getCycles()) {
      cycles.add(new CycleRec(cycle.getId(), cycle.getLabel(), cycle.getStartDate(), cycle.getEndDate(),
          cycle.getParentId().orElse(null)));
    }
    List<ObjectiveRec> objectives = new ArrayList<>();
    for (Objective o : plan.getObjectives()) {
      List<RefRec> refs = new ArrayList<>();
      for (FrameworkRef ref : o.getFrameworkRefs()) {
        refs.add(new RefRec(name(ref.getScheme()), ref.getCode(), ref.getLabel()));
      }
      List<KeyResultRec> krs = new ArrayList<>();
      for (KeyResult kr : o.getKeyResults()) {
        krs.add(keyResult(kr));
      }
      objectives.add(new ObjectiveRec(o.getId(), o.getTitle(), o.getDescription(), o.getOwnerUnitId(), o.getCycleId(),
          name(o.getKind()), name(o.getLifecycle()), name(o.getVisibility()), List.copyOf(o.getOwnerPersonIds()),
          List.copyOf(o.getGrantedUnitIds()), List.copyOf(o.getGrantedPersonIds()), refs, krs));
    }
    List<InitiativeRec> initiatives = new ArrayList<>();
    for (Initiative i : plan.getInitiatives()) {
      initiatives.add(new InitiativeRec(i.getId(), i.getTitle(), name(i.getState()), i.getDoneOn().orElse(null),
          i.getWeight(), List.copyOf(i.getKeyResultIds())));
    }
    List<LinkRec> links = new ArrayList<>();
    for (AlignmentLink link : plan.getLinks()) {
      links.add(new LinkRec(link.getChildId(), link.getParentId(), link.getWeight(), name(link.getMode())));
    }
    return new PlanDoc(1, plan.getTitle(), units, cycles, objectives, initiatives, links);
  }

  private static KeyResultRec keyResult(KeyResult kr) {
    Metric metric = kr.getMetric();
    String type;
    BigDecimal baseline = null;
    BigDecimal target = null;
    Boolean relative = null;
    BigDecimal low = null;
    BigDecimal high = null;
    Boolean fromInitiatives = null;
    List<String> sources = null;
    String aggregation = null;
    if (metric instanceof MoveToTarget move) {
      type = "move-to-target";
      baseline = move.getBaseline().orElse(null);
      target = move.getTarget().getAmount();
      relative = move.getTarget().isRelative();
      fromInitiatives = move.isFromInitiatives();
    } else if (metric instanceof Rate rate) {
      type = "rate";
      baseline = rate.getBaseline().orElse(null);
      target = rate.getTarget().getAmount();
      relative = rate.getTarget().isRelative();
    } else if (metric instanceof Guardrail guardrail) {
      type = "guardrail";
      low = guardrail.getLow().orElse(null);
      high = guardrail.getHigh().orElse(null);
    } else if (metric instanceof Milestone milestone) {
      type = "milestone";
      fromInitiatives = milestone.isFromInitiatives();
    } else {
      ComputedMetric computed = (ComputedMetric) metric;
      type = "computed";
      baseline = computed.getBaseline();
      target = computed.getTarget().getAmount();
      relative = computed.getTarget().isRelative();
      sources = computed.getSourceIds();
      aggregation = name(computed.getAggregation());
    }
    List<CheckInRec> checkIns = new ArrayList<>();
    for (CheckIn c : kr.getCheckIns()) {
      checkIns.add(new CheckInRec(c.getValue(), c.getNumerator().orElse(null), c.getDenominator().orElse(null),
          c.getObservedOn(), c.getRecordedAt(), c.getConfidence().isPresent() ? c.getConfidence().getAsDouble() : null,
          c.getNote().isEmpty() ? null : c.getNote(), c.getAuthorId().orElse(null), name(c.getSource()),
          name(c.getStatus())));
    }
    return new KeyResultRec(kr.getId(), kr.getTitle(), type, baseline, target, relative, low, high, fromInitiatives,
        sources, aggregation, name(kr.getUnit()), kr.getUnitLabel().orElse(null), kr.getWeight(), checkIns);
  }
}
