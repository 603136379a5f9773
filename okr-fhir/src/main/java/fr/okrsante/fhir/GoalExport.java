package fr.okrsante.fhir;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a viewer may see of a plan as a FHIR R4 {@code Bundle} of {@code Goal} resources:
 * one Goal per objective and one per key result.
 *
 * <pre>{@code
 * PlanView view = Access.of(plan, viewer).view();
 * String bundle = GoalExport.builder().namespace("https://chu-exemple.fr/okr/").build()
 *     .toJson(view, LocalDate.of(2026, 6, 30));
 * }</pre>
 *
 * <p>Only a {@link PlanView} is exported, so a hidden objective can never be: it leaves no Goal, no
 * reference and no id (a restricted contribution is only counted, in an extension). Person ids,
 * notes, descriptions and check-in values are never written.
 *
 * <p>The mapping (INTEROP §1):
 * <ul>
 *   <li>{@code id}: the okr id when it is a valid FHIR id ({@code [A-Za-z0-9\-.]}, prefixed
 *       {@code o-} for an objective, {@code k-} for a key result), else {@code ox-}/{@code kx-} and
 *       40 hex digits of its SHA-256; the okr id itself in {@code identifier} (system
 *       {@code <namespace>objective} or {@code <namespace>key-result}).</li>
 *   <li>{@code lifecycleStatus}: draft → proposed, active → active, closed → completed, cancelled →
 *       cancelled (a key result takes its objective's).</li>
 *   <li>{@code achievementStatus} (goal-achievement): achieved → {@code achieved}; closed and not
 *       achieved → {@code not-achieved}; a guardrail held → {@code sustaining}; on track, behind or
 *       at risk → {@code improving}/{@code worsening}/{@code no-change} from the last two check-ins,
 *       else {@code in-progress}; no data or not started → left out. Our own status goes in the
 *       {@value #EXTENSION_BASE}status extension.</li>
 *   <li>{@code description.text}: the title. {@code subject}: the owner unit as an Organization, by
 *       its FINESS identifier ({@value #FINESS}) when it has one, else {@code <namespace>unit}.</li>
 *   <li>{@code startDate}: the key result's or the cycle's start; {@code statusDate}: the as-of date.</li>
 *   <li>A key result's single {@code target}: {@code measure} (its id, and its indicator code when
 *       bound to a code system) and {@code detail[x]}: a quantity for move-to-target and computed
 *       key results (a relative target resolved against the baseline; unresolved → no detail and no
 *       measure), a {@code %} quantity for a rate, a range for a guardrail, {@code true} for a
 *       milestone; {@code dueDate}: the key result's or the cycle's end. The baseline and the weight
 *       go in our own extensions.</li>
 *   <li>Alignment: on an objective's Goal, the core goal-relationship extension, type
 *       {@code milestone} for each of its key results and each child that contributes, {@code other}
 *       for a child that only informs; the link weights in our {@value #EXTENSION_BASE}contribution
 *       extension.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalExport {

  /** The base URL of this library's FHIR extensions. */
  public static final String EXTENSION_BASE = "https://okr-sante.fr/fhir/StructureDefinition/";
  /** The identifier system of FINESS numbers (French health and social establishments). */
  public static final String FINESS = "urn:oid:1.2.250.1.71.4.2.2";

  static final String RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship";
  static final String RELATIONSHIP_TYPES = "http://terminology.hl7.org/CodeSystem/goal-relationship-type";
  static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
  static final String UCUM = "http://unitsofmeasure.org";
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,62}");
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final String namespace;
  private final boolean transaction;
  private final boolean indent;

  private GoalExport(Builder b) {
    this.namespace = b.namespace;
    this.transaction = b.transaction;
    this.indent = b.indent;
  }

  /**
   * Returns a builder: namespace {@code urn:okr-sante:}, a {@code collection} Bundle, compact JSON.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the FHIR id of an objective's Goal.
   *
   * @param objectiveId the okr id
   * @return the Goal id, {@code [A-Za-z0-9\-.]{1,64}}
   */
  public static String objectiveGoalId(String objectiveId) {
    return goalId("o", Objects.requireNonNull(objectiveId, "objectiveId"));
  }

  /**
   * Returns the FHIR id of a key result's Goal.
   *
   * @param keyResultId the okr id
   * @return the Goal id, {@code [A-Za-z0-9\-.]{1,64}}
   */
  public static String keyResultGoalId(String keyResultId) {
    return goalId("k", Objects.requireNonNull(keyResultId, "keyResultId"));
  }

  private static String goalId(String prefix, String id) {
    if (FHIR_ID.matcher(id).matches()) {
      return prefix + "-" + id;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(prefix).append("x-");
      for (int i = 0; i < 20; i++) {
        out.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Writes the Bundle of a view as of a date.
   *
   * @param view what the viewer may see
   * @param asOf the date of the statuses
   * @return the Bundle, as JSON text
   */
  public String toJson(PlanView view, LocalDate asOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(view, asOf, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the Bundle of a view as of a date to a stream (not closed), in UTF-8.
   *
   * @param view what the viewer may see
   * @param asOf the date of the statuses
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(PlanView view, LocalDate asOf, OutputStream out) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    EvaluationView evaluation = view.evaluate(asOf);
    try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (indent) {
        gen.useDefaultPrettyPrinter();
      }
      new Writer(view, evaluation, gen).bundle();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the FHIR Bundle", e);
    }
  }

  /** Writes one Bundle. */
  private final class Writer {
    final PlanView view;
    final EvaluationView evaluation;
    final JsonGenerator gen;
    final Map<String, OrgUnit> units = new HashMap<>();
    final Map<String, Cycle> cycles = new HashMap<>();
    final Map<String, List<AlignmentLink>> childrenOf = new HashMap<>();

    Writer(PlanView view, EvaluationView evaluation, JsonGenerator gen) {
      this.view = view;
      this.evaluation = evaluation;
      this.gen = gen;
      view.getUnits().forEach(u -> units.put(u.getId(), u));
      view.getCycles().forEach(c -> cycles.put(c.getId(), c));
      for (AlignmentLink link : view.getLinks()) {
        childrenOf.computeIfAbsent(link.getParentId(), k -> new ArrayList<>()).add(link);
      }
    }

    void bundle() throws IOException {
      gen.writeStartObject();
      gen.writeStringField("resourceType", "Bundle");
      gen.writeStringField("type", transaction ? "transaction" : "collection");
      gen.writeArrayFieldStart("entry");
      for (Objective objective : view.getObjectives()) {
        entry(objectiveGoalId(objective.getId()), () -> objectiveGoal(objective));
        for (KeyResult keyResult : objective.getKeyResults()) {
          entry(keyResultGoalId(keyResult.getId()), () -> keyResultGoal(objective, keyResult));
        }
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }

    private void entry(String id, IoAction resource) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("resource");
      resource.run();
      if (transaction) {
        gen.writeObjectFieldStart("request");
        gen.writeStringField("method", "PUT");
        gen.writeStringField("url", "Goal/" + id);
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }

    private void objectiveGoal(Objective objective) throws IOException {
      ObjectiveProgress progress = evaluation.objective(objective.getId());
      gen.writeStartObject();
      gen.writeStringField("resourceType", "Goal");
      gen.writeStringField("id", objectiveGoalId(objective.getId()));
      gen.writeArrayFieldStart("extension");
      statusExtension(progress.getStatus());
      List<AlignmentLink> children = childrenOf.getOrDefault(objective.getId(), List.of());
      for (KeyResult keyResult : objective.getKeyResults()) {
        relationship("milestone", keyResultGoalId(keyResult.getId()));
        contribution(keyResultGoalId(keyResult.getId()), keyResult.getWeight());
      }
      for (AlignmentLink link : children) {
        relationship(link.contributes() ? "milestone" : "other", objectiveGoalId(link.getChildId()));
        contribution(objectiveGoalId(link.getChildId()), link.getWeight());
      }
      int restricted = view.restrictedContributionCount(objective.getId());
      if (restricted > 0) {
        gen.writeStartObject();
        gen.writeStringField("url", EXTENSION_BASE + "restricted-contributions");
        gen.writeNumberField("valueInteger", restricted);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      identifier("objective", objective.getId());
      gen.writeStringField("lifecycleStatus", lifecycle(objective.getLifecycle()));
      achievement(progress.getStatus(), objective.getLifecycle(), null, null, null);
      description(objective.getTitle());
      subject(objective.getOwnerUnitId());
      Cycle cycle = cycles.get(objective.getCycleId());
      if (cycle != null) {
        gen.writeStringField("startDate", cycle.getStartDate().toString());
      }
      gen.writeStringField("statusDate", evaluation.getAsOf().toString());
      gen.writeEndObject();
    }

    private void keyResultGoal(Objective objective, KeyResult keyResult) throws IOException {
      KeyResultProgress progress = evaluation.keyResult(keyResult.getId());
      Cycle cycle = cycles.get(objective.getCycleId());
      gen.writeStartObject();
      gen.writeStringField("resourceType", "Goal");
      gen.writeStringField("id", keyResultGoalId(keyResult.getId()));
      gen.writeArrayFieldStart("extension");
      statusExtension(progress.getStatus());
      Optional<BigDecimal> baseline = progress.getBaseline();
      if (baseline.isPresent()) {
        gen.writeStartObject();
        gen.writeStringField("url", EXTENSION_BASE + "baseline");
        gen.writeFieldName("valueDecimal");
        gen.writeNumber(baseline.get());
        gen.writeEndObject();
      }
      gen.writeStartObject();
      gen.writeStringField("url", EXTENSION_BASE + "weight");
      gen.writeFieldName("valueDecimal");
      gen.writeNumber(BigDecimal.valueOf(keyResult.getWeight()));
      gen.writeEndObject();
      gen.writeEndArray();
      identifier("key-result", keyResult.getId());
      gen.writeStringField("lifecycleStatus", lifecycle(objective.getLifecycle()));
      achievement(progress.getStatus(), objective.getLifecycle(), keyResult, progress, baseline.orElse(null));
      description(keyResult.getTitle());
      subject(objective.getOwnerUnitId());
      LocalDate start = keyResult.getStartDate().orElse(cycle == null ? null : cycle.getStartDate());
      if (start != null) {
        gen.writeStringField("startDate", start.toString());
      }
      gen.writeArrayFieldStart("target");
      gen.writeStartObject();
      target(keyResult, baseline.orElse(null));
      LocalDate due = keyResult.getDueDate().orElse(cycle == null ? null : cycle.getEndDate());
      if (due != null) {
        gen.writeStringField("dueDate", due.toString());
      }
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeStringField("statusDate", evaluation.getAsOf().toString());
      gen.writeEndObject();
    }

    private void target(KeyResult keyResult, @Nullable BigDecimal baseline) throws IOException {
      Metric metric = keyResult.getMetric();
      if (metric.kind() == MetricKind.MILESTONE) {
        measure(keyResult);
        gen.writeBooleanField("detailBoolean", true);
      } else if (metric.kind() == MetricKind.GUARDRAIL) {
        Guardrail guardrail = (Guardrail) metric;
        measure(keyResult);
        gen.writeObjectFieldStart("detailRange");
        if (guardrail.getLow().isPresent()) {
          gen.writeFieldName("low");
          quantity(guardrail.getLow().get(), keyResult);
        }
        if (guardrail.getHigh().isPresent()) {
          gen.writeFieldName("high");
          quantity(guardrail.getHigh().get(), keyResult);
        }
        gen.writeEndObject();
      } else {
        Target target = Objects.requireNonNull(target(metric), "target");
        BigDecimal value = !target.isRelative() ? target.getAmount() : baseline == null ? null : target.resolve(baseline);
        if (metric.kind() == MetricKind.MOVE_TO_TARGET && metric.takesInitiatives()) {
          value = target.getAmount();
        }
        if (value != null) {
          measure(keyResult);
          gen.writeFieldName("detailQuantity");
          quantity(value, keyResult);
        }
      }
    }

    private void measure(KeyResult keyResult) throws IOException {
      gen.writeObjectFieldStart("measure");
      gen.writeArrayFieldStart("coding");
      if (keyResult.getIndicator().isPresent() && keyResult.getIndicator().get().getSystem().isPresent()) {
        gen.writeStartObject();
        gen.writeStringField("system", keyResult.getIndicator().get().getSystem().get());
        gen.writeStringField("code", keyResult.getIndicator().get().getCode());
        gen.writeEndObject();
      }
      gen.writeStartObject();
      gen.writeStringField("system", namespace + "key-result");
      gen.writeStringField("code", keyResult.getId());
      gen.writeStringField("display", keyResult.getTitle());
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeStringField("text", keyResult.getTitle());
      gen.writeEndObject();
    }

    private void quantity(BigDecimal value, KeyResult keyResult) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("value");
      gen.writeNumber(value);
      MeasureUnit unit = keyResult.getMetric().kind() == MetricKind.RATE ? MeasureUnit.PERCENT : keyResult.getUnit();
      String code = switch (unit) {
        case PERCENT -> "%";
        case MINUTES -> "min";
        case DAYS -> "d";
        case KILOMETRES -> "km";
        case EUROS -> "EUR";
        case COUNT -> "1";
        case OTHER -> null;
      };
      if (code == null) {
        gen.writeStringField("unit", keyResult.getUnitLabel().orElse(""));
      } else {
        gen.writeStringField("unit", code);
        gen.writeStringField("system", unit == MeasureUnit.EUROS ? MeasureReportImport.ISO_4217 : UCUM);
        gen.writeStringField("code", code);
      }
      gen.writeEndObject();
    }

    private void statusExtension(Status status) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("url", EXTENSION_BASE + "status");
      gen.writeStringField("valueCode", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      gen.writeEndObject();
    }

    private void relationship(String type, String targetGoalId) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("url", RELATIONSHIP);
      gen.writeArrayFieldStart("extension");
      gen.writeStartObject();
      gen.writeStringField("url", "type");
      codeableConcept("valueCodeableConcept", RELATIONSHIP_TYPES, type);
      gen.writeEndObject();
      gen.writeStartObject();
      gen.writeStringField("url", "target");
      gen.writeObjectFieldStart("valueReference");
      gen.writeStringField("reference", "Goal/" + targetGoalId);
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
    }

    private void contribution(String targetGoalId, double weight) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("url", EXTENSION_BASE + "contribution");
      gen.writeArrayFieldStart("extension");
      gen.writeStartObject();
      gen.writeStringField("url", "target");
      gen.writeObjectFieldStart("valueReference");
      gen.writeStringField("reference", "Goal/" + targetGoalId);
      gen.writeEndObject();
      gen.writeEndObject();
      gen.writeStartObject();
      gen.writeStringField("url", "weight");
      gen.writeFieldName("valueDecimal");
      gen.writeNumber(BigDecimal.valueOf(weight));
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
    }

    private void identifier(String kind, String id) throws IOException {
      gen.writeArrayFieldStart("identifier");
      gen.writeStartObject();
      gen.writeStringField("system", namespace + kind);
      gen.writeStringField("value", id);
      gen.writeEndObject();
      gen.writeEndArray();
    }

    private void description(String title) throws IOException {
      gen.writeObjectFieldStart("description");
      gen.writeStringField("text", title);
      gen.writeEndObject();
    }

    private void subject(String unitId) throws IOException {
      OrgUnit unit = units.get(unitId);
      String finess = unit == null ? null : unit.getIdentifiers().get("FINESS");
      gen.writeObjectFieldStart("subject");
      gen.writeStringField("type", "Organization");
      gen.writeObjectFieldStart("identifier");
      gen.writeStringField("system", finess != null ? FINESS : namespace + "unit");
      gen.writeStringField("value", finess != null ? finess : unitId);
      gen.writeEndObject();
      if (unit != null) {
        gen.writeStringField("display", unit.getName());
      }
      gen.writeEndObject();
    }

    private void achievement(Status status, Lifecycle lifecycle, @Nullable KeyResult keyResult,
        @Nullable KeyResultProgress progress, @Nullable BigDecimal baseline) throws IOException {
      String code = achievementCode(status, lifecycle, keyResult, progress, baseline);
      if (code == null) {
        return;
      }
      codeableConcept("achievementStatus", ACHIEVEMENT, code);
    }

    /** {@code "field": {"coding": [{"system": system, "code": code}]}}: a CodeableConcept of one coding. */
    private void codeableConcept(String field, String system, String code) throws IOException {
      gen.writeObjectFieldStart(field);
      gen.writeArrayFieldStart("coding");
      gen.writeStartObject();
      gen.writeStringField("system", system);
      gen.writeStringField("code", code);
      gen.writeEndObject();
      gen.writeEndArray();
      gen.writeEndObject();
    }

    private @Nullable String achievementCode(Status status, Lifecycle lifecycle, @Nullable KeyResult keyResult,
        @Nullable KeyResultProgress progress, @Nullable BigDecimal baseline) {
      if (status == Status.ACHIEVED) {
        return "achieved";
      }
      if (lifecycle == Lifecycle.CLOSED) {
        return "not-achieved";
      }
      if (status == Status.NO_DATA || status == Status.NOT_STARTED) {
        return null;
      }
      if (keyResult == null || progress == null) {
        return "in-progress";
      }
      Metric metric = keyResult.getMetric();
      Optional<BigDecimal> current = progress.getCurrentValue();
      if (metric.kind() == MetricKind.GUARDRAIL) {
        Guardrail guardrail = (Guardrail) metric;
        return current.isPresent() && guardrail.isMet(current.get()) ? "sustaining" : "in-progress";
      }
      int direction = direction(metric, baseline);
      List<CheckIn> history = latestTwo(keyResult);
      if (direction == 0 || history.size() < 2) {
        return "in-progress";
      }
      int moved = history.get(1).getValue().compareTo(history.get(0).getValue()) * direction;
      return moved > 0 ? "improving" : moved < 0 ? "worsening" : "no-change";
    }

    /** The target of a metric that moves to one; none for guardrails and milestones. */
    private static @Nullable Target target(Metric metric) {
      return switch (metric.kind()) {
        case MOVE_TO_TARGET -> ((MoveToTarget) metric).getTarget();
        case RATE -> ((Rate) metric).getTarget();
        case COMPUTED -> ((ComputedMetric) metric).getTarget();
        case GUARDRAIL, MILESTONE -> null;
      };
    }

    private int direction(Metric metric, @Nullable BigDecimal baseline) {
      Target target = metric.kind() == MetricKind.COMPUTED ? null : target(metric);
      if (target == null) {
        return 0;
      }
      if (target.isRelative()) {
        return target.getAmount().signum();
      }
      return baseline == null ? 0 : target.getAmount().compareTo(baseline);
    }

    /** The two check-ins that decide the trend, oldest first, observed on or before the as-of date. */
    private List<CheckIn> latestTwo(KeyResult keyResult) {
      List<CheckIn> seen = new ArrayList<>();
      for (CheckIn checkIn : keyResult.getCheckIns()) {
        if (!checkIn.getObservedOn().isAfter(evaluation.getAsOf())) {
          seen.add(checkIn);
        }
      }
      seen.sort(Comparator.comparing(CheckIn::getObservedOn).thenComparing(CheckIn::isFinal)
          .thenComparing(CheckIn::getRecordedAt));
      return seen.size() <= 2 ? seen : seen.subList(seen.size() - 2, seen.size());
    }
  }

  private static String lifecycle(Lifecycle lifecycle) {
    return switch (lifecycle) {
      case DRAFT -> "proposed";
      case ACTIVE -> "active";
      case CLOSED -> "completed";
      case CANCELLED -> "cancelled";
    };
  }

  /** A write step that may fail with an {@link IOException}. */
  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  /** Builds {@link GoalExport}s. Not thread-safe. */
  public static final class Builder {
    private String namespace = "urn:okr-sante:";
    private boolean transaction;
    private boolean indent;

    private Builder() {}

    /**
     * Sets the namespace of the identifier systems: {@code <namespace>objective},
     * {@code <namespace>key-result}, {@code <namespace>unit}.
     *
     * @param namespace an absolute URI ending in {@code /} or {@code :}, e.g. {@code https://chu-exemple.fr/okr/}
     * @return this builder
     * @throws IllegalArgumentException if the namespace is not of that form
     */
    public Builder namespace(String namespace) {
      Objects.requireNonNull(namespace, "namespace");
      if (!namespace.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s|]*[/:]")) {
        throw new IllegalArgumentException("namespace '" + MeasureReportImport.shorten(namespace)
            + "': give an absolute URI ending in '/' or ':', e.g. https://chu-exemple.fr/okr/");
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * Sets whether the Bundle is a {@code transaction} of {@code PUT Goal/<id>} (an upsert on a
     * FHIR server) rather than a {@code collection}.
     *
     * @param transaction true for a transaction
     * @return this builder
     */
    public Builder transaction(boolean transaction) {
      this.transaction = transaction;
      return this;
    }

    /**
     * Sets whether the JSON is indented.
     *
     * @param indent true to indent
     * @return this builder
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return the exporter
     */
    public GoalExport build() {
      return new GoalExport(this);
    }
  }
}
