package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.visibility.RestrictedLink;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the evaluation and view documents: every property in a fixed order, absent optional
 * values left out, so the same figures always give the same bytes. Stateless.
 */
final class DocumentWriter {

  /** The schema version of the evaluation document this library writes, and the newest it reads. */
  static final int EVALUATION_VERSION = 1;
  /** The schema version of the view document this library writes, and the newest it reads. */
  static final int VIEW_VERSION = 1;

  private DocumentWriter() {}

  /**
   * Writes the evaluation document of any figures (an evaluation, a viewer's evaluation, a
   * document read back), one objective at a time.
   */
  static void evaluation(ProgressFigures figures, JsonGenerator gen) throws IOException {
    startEvaluation(figures.asOf(), gen);
    for (ObjectiveProgress objective : figures.objectives()) {
      String id = objective.getObjectiveId();
      objective(objective, figures.contributions(id), figures.restrictedContributionCount(id), gen);
    }
    endEvaluation(gen);
  }

  private static void startEvaluation(LocalDate asOf, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", EVALUATION_VERSION);
    gen.writeStringField("kind", "evaluation");
    gen.writeStringField("asOf", asOf.toString());
    gen.writeArrayFieldStart("objectives");
  }

  private static void endEvaluation(JsonGenerator gen) throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static void view(ViewDocument document, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", VIEW_VERSION);
    gen.writeStringField("kind", "view");
    gen.writeStringField("policy", Names.POLICY.name(document.policy()));
    gen.writeFieldName("plan");
    PlanWriter.write(document.plan(), gen);
    gen.writeArrayFieldStart("restrictedLinks");
    for (RestrictedLink link : document.restrictedLinks()) {
      gen.writeStartObject();
      gen.writeStringField("objectiveId", link.getVisibleObjectiveId());
      gen.writeStringField("hiddenSide", Names.HIDDEN_SIDE.name(link.getHiddenSide()));
      gen.writeBooleanField("contributes", link.contributes());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart("restrictedSources");
    for (Map.Entry<String, Integer> entry : document.restrictedSourceCounts().entrySet()) {
      gen.writeNumberField(entry.getKey(), entry.getValue());
    }
    gen.writeEndObject();
    if (document.evaluation().isPresent()) {
      gen.writeFieldName("evaluation");
      evaluation(document.evaluation().get(), gen);
    }
    gen.writeEndObject();
  }

  private static void objective(ObjectiveProgress objective, List<Contribution> contributions, int restricted,
      JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("objectiveId", objective.getObjectiveId());
    optionalDouble(gen, "progress", objective.getProgress());
    number(gen, "expectedProgress", objective.getExpectedProgress());
    number(gen, "coverage", objective.getCoverage());
    gen.writeStringField("computedStatus", Names.STATUS.name(objective.getComputedStatus()));
    if (objective.getOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      PlanWriter.statusOverride(objective.getOverride().get(), gen);
    }
    gen.writeNumberField("contributionCount", objective.getContributionCount());
    gen.writeNumberField("countedContributionCount", objective.getCountedContributionCount());
    if (restricted > 0) {
      gen.writeNumberField("restrictedContributionCount", restricted);
    }
    gen.writeArrayFieldStart("keyResults");
    for (KeyResultProgress keyResult : objective.getKeyResults()) {
      keyResult(keyResult, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("contributions");
    for (Contribution contribution : contributions) {
      gen.writeStartObject();
      gen.writeStringField("kind", Names.CONTRIBUTION_KIND.name(contribution.getKind()));
      gen.writeStringField("sourceId", contribution.getSourceId());
      number(gen, "weight", contribution.getWeight());
      optionalDouble(gen, "progress", contribution.getProgress());
      gen.writeBooleanField("hasData", contribution.hasData());
      gen.writeBooleanField("counted", contribution.isCounted());
      number(gen, "share", contribution.getShare());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void keyResult(KeyResultProgress keyResult, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("keyResultId", keyResult.getKeyResultId());
    optionalDouble(gen, "progress", keyResult.getProgress());
    number(gen, "countedProgress", keyResult.getCountedProgress());
    number(gen, "expectedProgress", keyResult.getExpectedProgress());
    gen.writeStringField("computedStatus", Names.STATUS.name(keyResult.getComputedStatus()));
    if (keyResult.getOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      PlanWriter.statusOverride(keyResult.getOverride().get(), gen);
    }
    optionalDecimal(gen, "currentValue", keyResult.getCurrentValue());
    optionalDecimal(gen, "numerator", keyResult.getNumerator());
    optionalDecimal(gen, "denominator", keyResult.getDenominator());
    optionalDecimal(gen, "baseline", keyResult.getBaseline());
    optionalDecimal(gen, "target", keyResult.getTarget());
    if (keyResult.getLatestObservedOn().isPresent()) {
      gen.writeStringField("latestObservedOn", keyResult.getLatestObservedOn().get().toString());
    }
    gen.writeBooleanField("stale", keyResult.isStale());
    gen.writeNumberField("lateCheckIns", keyResult.getLateCheckIns());
    if (keyResult.isValueRestricted()) {
      gen.writeBooleanField("valueRestricted", true);
    }
    gen.writeEndObject();
  }

  /**
   * Writes a double in its shortest form that reads back to the same double (Schubfach, as
   * {@code Double.toString} does from Java 19), whatever the JDK and the generator's settings.
   *
   * @throws IllegalArgumentException if the value is not finite: it has no JSON form, and okr-core
   *     computes none
   */
  private static void number(JsonGenerator gen, String name, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " is " + value + ": a figure of a document is a finite number");
    }
    gen.writeFieldName(name);
    gen.writeNumber(NumberOutput.toString(value, true));
  }

  private static void optionalDouble(JsonGenerator gen, String name, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      number(gen, name, value.getAsDouble());
    }
  }

  private static void optionalDecimal(JsonGenerator gen, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      gen.writeNumber(value.get().toString());
    }
  }
}
