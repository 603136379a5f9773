package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Suppression;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Waypoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the plan document. Every property is written, in a fixed order, except absent optional
 * values; so the same plan always gives the same bytes. Stateless.
 */
final class PlanWriter {

  /** The schema version this library writes, and the newest it reads. */
  static final int SCHEMA_VERSION = 1;

  private PlanWriter() {}

  /** How each value type of a plan is written on its own, for the module's value serializers. */
  static final Map<Class<?>, ValueSerializer.Writer<?>> VALUE_WRITERS = Map.ofEntries(
      Map.entry(OrgUnit.class, (ValueSerializer.Writer<OrgUnit>) PlanWriter::unit),
      Map.entry(Cycle.class, (ValueSerializer.Writer<Cycle>) PlanWriter::cycle),
      Map.entry(Objective.class, (ValueSerializer.Writer<Objective>) PlanWriter::objective),
      Map.entry(KeyResult.class, (ValueSerializer.Writer<KeyResult>) PlanWriter::keyResult),
      Map.entry(CheckIn.class, (ValueSerializer.Writer<CheckIn>) PlanWriter::checkIn),
      Map.entry(Metric.class, (ValueSerializer.Writer<Metric>) PlanWriter::metric),
      Map.entry(Target.class, (ValueSerializer.Writer<Target>) PlanWriter::target),
      Map.entry(Initiative.class, (ValueSerializer.Writer<Initiative>) PlanWriter::initiative),
      Map.entry(AlignmentLink.class, (ValueSerializer.Writer<AlignmentLink>) PlanWriter::link),
      Map.entry(FrameworkRef.class, (ValueSerializer.Writer<FrameworkRef>) PlanWriter::frameworkRef),
      Map.entry(StatusOverride.class, (ValueSerializer.Writer<StatusOverride>) PlanWriter::statusOverride),
      Map.entry(Suppression.class, (ValueSerializer.Writer<Suppression>) PlanWriter::suppression),
      Map.entry(Waypoint.class, (ValueSerializer.Writer<Waypoint>) PlanWriter::waypoint),
      Map.entry(RollupSettings.class, (ValueSerializer.Writer<RollupSettings>) PlanWriter::rollup));

  static void write(Plan plan, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
    gen.writeStringField("title", plan.getTitle());
    if (plan.getLanguage().isPresent()) {
      gen.writeStringField("language", plan.getLanguage().get().toLanguageTag());
    }
    if (!plan.getRequiredFrameworkRefs().isEmpty()) {
      gen.writeArrayFieldStart("requiredFrameworkRefs");
      for (FrameworkRef ref : plan.getRequiredFrameworkRefs()) {
        frameworkRef(ref, gen);
      }
      gen.writeEndArray();
    }
    gen.writeArrayFieldStart("units");
    for (OrgUnit unit : plan.getUnits()) {
      unit(unit, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("cycles");
    for (Cycle cycle : plan.getCycles()) {
      cycle(cycle, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("objectives");
    for (Objective objective : plan.getObjectives()) {
      objective(objective, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("initiatives");
    for (Initiative initiative : plan.getInitiatives()) {
      initiative(initiative, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("links");
    for (AlignmentLink link : plan.getLinks()) {
      link(link, gen);
    }
    gen.writeEndArray();
    // written only when there are some: documents of plans without suppressions stay as they were
    if (!plan.getSuppressions().isEmpty()) {
      gen.writeArrayFieldStart("suppressions");
      for (Suppression suppression : plan.getSuppressions()) {
        suppression(suppression, gen);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  static void unit(OrgUnit unit, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", unit.getId());
    gen.writeStringField("name", unit.getName());
    gen.writeStringField("kind", Names.UNIT_KIND.name(unit.getKind()));
    optional(gen, "parentId", unit.getParentId());
    gen.writeObjectFieldStart("identifiers");
    for (Map.Entry<String, String> entry : unit.getIdentifiers().entrySet()) {
      gen.writeStringField(entry.getKey(), entry.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  static void cycle(Cycle cycle, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", cycle.getId());
    gen.writeStringField("label", cycle.getLabel());
    gen.writeStringField("startDate", cycle.getStartDate().toString());
    gen.writeStringField("endDate", cycle.getEndDate().toString());
    optional(gen, "parentId", cycle.getParentId());
    gen.writeEndObject();
  }

  static void objective(Objective objective, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", objective.getId());
    gen.writeStringField("title", objective.getTitle());
    gen.writeStringField("description", objective.getDescription());
    gen.writeStringField("ownerUnitId", objective.getOwnerUnitId());
    strings(gen, "ownerPersonIds", objective.getOwnerPersonIds());
    gen.writeStringField("cycleId", objective.getCycleId());
    gen.writeStringField("kind", Names.OBJECTIVE_KIND.name(objective.getKind()));
    gen.writeStringField("lifecycle", Names.LIFECYCLE.name(objective.getLifecycle()));
    gen.writeStringField("visibility", Names.VISIBILITY.name(objective.getVisibility()));
    strings(gen, "grantedUnitIds", objective.getGrantedUnitIds());
    strings(gen, "grantedPersonIds", objective.getGrantedPersonIds());
    gen.writeArrayFieldStart("frameworkRefs");
    for (FrameworkRef ref : objective.getFrameworkRefs()) {
      frameworkRef(ref, gen);
    }
    gen.writeEndArray();
    gen.writeFieldName("rollup");
    rollup(objective.getRollup(), gen);
    if (objective.getStatusOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      statusOverride(objective.getStatusOverride().get(), gen);
    }
    gen.writeArrayFieldStart("keyResults");
    for (KeyResult keyResult : objective.getKeyResults()) {
      keyResult(keyResult, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static void frameworkRef(FrameworkRef ref, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("scheme", Names.FRAMEWORK_SCHEME.name(ref.getScheme()));
    optional(gen, "schemeVersion", ref.getSchemeVersion());
    gen.writeStringField("code", ref.getCode());
    gen.writeStringField("label", ref.getLabel());
    gen.writeEndObject();
  }

  static void rollup(RollupSettings rollup, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("sources", Names.ROLLUP_SOURCES.name(rollup.getSources()));
    gen.writeStringField("strategy", rollup.getStrategy());
    gen.writeStringField("noData", Names.NO_DATA_POLICY.name(rollup.getNoData()));
    gen.writeBooleanField("capOverachievement", rollup.isCapOverachievement());
    gen.writeEndObject();
  }

  static void statusOverride(StatusOverride override, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("status", Names.STATUS.name(override.getStatus()));
    gen.writeStringField("authorId", override.getAuthorId());
    gen.writeStringField("setAt", override.getSetAt().toString());
    gen.writeStringField("reason", override.getReason());
    gen.writeEndObject();
  }

  static void keyResult(KeyResult keyResult, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", keyResult.getId());
    gen.writeStringField("title", keyResult.getTitle());
    gen.writeFieldName("metric");
    metric(keyResult.getMetric(), gen);
    gen.writeStringField("unit", Names.MEASURE_UNIT.name(keyResult.getUnit()));
    optional(gen, "unitLabel", keyResult.getUnitLabel());
    optional(gen, "startDate", keyResult.getStartDate());
    optional(gen, "dueDate", keyResult.getDueDate());
    gen.writeNumberField("weight", keyResult.getWeight());
    optional(gen, "indicatorId", keyResult.getIndicatorId());
    if (keyResult.getIndicator().isPresent()) {
      gen.writeObjectFieldStart("indicator");
      optional(gen, "system", keyResult.getIndicator().get().getSystem());
      gen.writeStringField("code", keyResult.getIndicator().get().getCode());
      gen.writeEndObject();
    }
    optional(gen, "cadence", keyResult.getCadence());
    gen.writeArrayFieldStart("waypoints");
    for (Waypoint waypoint : keyResult.getWaypoints()) {
      waypoint(waypoint, gen);
    }
    gen.writeEndArray();
    if (keyResult.getStatusOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      statusOverride(keyResult.getStatusOverride().get(), gen);
    }
    gen.writeArrayFieldStart("checkIns");
    for (CheckIn checkIn : keyResult.getCheckIns()) {
      checkIn(checkIn, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static void metric(Metric metric, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    // a switch expression without default: a new metric kind fails to compile until it is written here
    ValueSerializer.Writer<Metric> fields = switch (metric.kind()) {
      case MOVE_TO_TARGET -> PlanWriter::moveToTargetFields;
      case GUARDRAIL -> PlanWriter::guardrailFields;
      case MILESTONE -> PlanWriter::milestoneFields;
      case RATE -> PlanWriter::rateFields;
      case COMPUTED -> PlanWriter::computedFields;
    };
    fields.write(metric, gen);
    gen.writeEndObject();
  }

  private static void moveToTargetFields(Metric metric, JsonGenerator gen) throws IOException {
    MoveToTarget move = (MoveToTarget) metric;
    gen.writeStringField("type", "move_to_target");
    optionalDecimal(gen, "baseline", move.getBaseline());
    target(gen, move.getTarget());
    gen.writeBooleanField("fromInitiatives", move.isFromInitiatives());
  }

  private static void guardrailFields(Metric metric, JsonGenerator gen) throws IOException {
    Guardrail guardrail = (Guardrail) metric;
    gen.writeStringField("type", "guardrail");
    optionalDecimal(gen, "low", guardrail.getLow());
    optionalDecimal(gen, "high", guardrail.getHigh());
  }

  private static void milestoneFields(Metric metric, JsonGenerator gen) throws IOException {
    gen.writeStringField("type", "milestone");
    gen.writeBooleanField("fromInitiatives", metric.takesInitiatives());
  }

  private static void rateFields(Metric metric, JsonGenerator gen) throws IOException {
    Rate rate = (Rate) metric;
    gen.writeStringField("type", "rate");
    optionalDecimal(gen, "baseline", rate.getBaseline());
    target(gen, rate.getTarget());
  }

  private static void computedFields(Metric metric, JsonGenerator gen) throws IOException {
    ComputedMetric computed = (ComputedMetric) metric;
    gen.writeStringField("type", "computed");
    gen.writeStringField("aggregation", Names.AGGREGATION.name(computed.getAggregation()));
    gen.writeArrayFieldStart("sourceIds");
    for (String source : computed.getSourceIds()) {
      gen.writeString(source);
    }
    gen.writeEndArray();
    decimal(gen, "baseline", computed.getBaseline());
    target(gen, computed.getTarget());
  }

  static void waypoint(Waypoint waypoint, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("date", waypoint.getDate().toString());
    gen.writeNumberField("expected", waypoint.getExpected());
    gen.writeEndObject();
  }

  private static void target(JsonGenerator gen, Target target) throws IOException {
    gen.writeFieldName("target");
    target(target, gen);
  }

  static void target(Target target, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    decimal(gen, target.isRelative() ? "changePercent" : "value", target.getAmount());
    gen.writeEndObject();
  }

  static void checkIn(CheckIn checkIn, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("observedOn", checkIn.getObservedOn().toString());
    gen.writeStringField("recordedAt", checkIn.getRecordedAt().toString());
    decimal(gen, "value", checkIn.getValue());
    optionalDecimal(gen, "numerator", checkIn.getNumerator());
    optionalDecimal(gen, "denominator", checkIn.getDenominator());
    if (checkIn.getConfidence().isPresent()) {
      gen.writeNumberField("confidence", checkIn.getConfidence().getAsDouble());
    }
    gen.writeStringField("note", checkIn.getNote());
    optional(gen, "authorId", checkIn.getAuthorId());
    gen.writeStringField("source", Names.CHECK_IN_SOURCE.name(checkIn.getSource()));
    gen.writeStringField("status", Names.CHECK_IN_STATUS.name(checkIn.getStatus()));
    optional(gen, "sourceRef", checkIn.getSourceRef());
    gen.writeEndObject();
  }

  static void initiative(Initiative initiative, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", initiative.getId());
    gen.writeStringField("title", initiative.getTitle());
    gen.writeStringField("state", Names.INITIATIVE_STATE.name(initiative.getState()));
    optional(gen, "doneOn", initiative.getDoneOn());
    gen.writeNumberField("weight", initiative.getWeight());
    strings(gen, "keyResultIds", initiative.getKeyResultIds());
    optional(gen, "externalRef", initiative.getExternalRef());
    gen.writeEndObject();
  }

  static void suppression(Suppression suppression, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("ruleId", suppression.getRuleId());
    gen.writeStringField("target", suppression.getTarget());
    gen.writeStringField("reason", suppression.getReason());
    gen.writeStringField("authorId", suppression.getAuthorId());
    gen.writeEndObject();
  }

  static void link(AlignmentLink link, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("childId", link.getChildId());
    gen.writeStringField("parentId", link.getParentId());
    gen.writeNumberField("weight", link.getWeight());
    gen.writeStringField("mode", Names.LINK_MODE.name(link.getMode()));
    gen.writeEndObject();
  }

  /**
   * Writes a decimal digit for digit: {@link BigDecimal#toString()} keeps the scale
   * ({@code 0.10} stays {@code 0.10}, {@code 1E+3} stays {@code 1E+3}), so the value read back is
   * {@code equals} to the one written, whatever the generator's settings.
   */
  private static void decimal(JsonGenerator gen, String name, BigDecimal value) throws IOException {
    gen.writeFieldName(name);
    gen.writeNumber(value.toString());
  }

  private static void optionalDecimal(JsonGenerator gen, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      decimal(gen, name, value.get());
    }
  }

  private static void optional(JsonGenerator gen, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(name, value.get().toString());
    }
  }

  private static void strings(JsonGenerator gen, String name, Collection<String> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}
