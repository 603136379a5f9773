package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.RestrictedLink;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  /** Writes the document of a whole evaluation, one objective at a time. */
  static void evaluation(Evaluation evaluation, JsonGenerator gen) throws IOException {
    startEvaluation(evaluation.getAsOf(), gen);
    for (ObjectiveProgress objective : evaluation.getObjectives()) {
      objective(EvaluationDocument.ObjectiveFigures.of(objective, evaluation.contributions(objective.getObjectiveId())),
          gen);
    }
    endEvaluation(gen);
  }

  static void evaluation(EvaluationDocument document, JsonGenerator gen) throws IOException {
    startEvaluation(document.asOf(), gen);
    for (EvaluationDocument.ObjectiveFigures objective : document.objectives()) {
      objective(objective, gen);
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

  private static void objective(EvaluationDocument.ObjectiveFigures objective, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("objectiveId", objective.objectiveId());
    optionalDouble(gen, "progress", objective.progress());
    number(gen, "expectedProgress", objective.expectedProgress());
    number(gen, "coverage", objective.coverage());
    gen.writeStringField("computedStatus", Names.STATUS.name(objective.computedStatus()));
    if (objective.statusOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      PlanWriter.statusOverride(objective.statusOverride().get(), gen);
    }
    gen.writeNumberField("contributionCount", objective.contributionCount());
    gen.writeNumberField("countedContributionCount", objective.countedContributionCount());
    gen.writeArrayFieldStart("keyResults");
    for (EvaluationDocument.KeyResultFigures keyResult : objective.keyResults()) {
      keyResult(keyResult, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("contributions");
    for (EvaluationDocument.ContributionFigures contribution : objective.contributions()) {
      gen.writeStartObject();
      gen.writeStringField("kind", Names.CONTRIBUTION_KIND.name(contribution.kind()));
      gen.writeStringField("sourceId", contribution.sourceId());
      number(gen, "weight", contribution.weight());
      optionalDouble(gen, "progress", contribution.progress());
      gen.writeBooleanField("hasData", contribution.hasData());
      gen.writeBooleanField("counted", contribution.counted());
      number(gen, "share", contribution.share());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void keyResult(EvaluationDocument.KeyResultFigures keyResult, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("keyResultId", keyResult.keyResultId());
    optionalDouble(gen, "progress", keyResult.progress());
    number(gen, "countedProgress", keyResult.countedProgress());
    number(gen, "expectedProgress", keyResult.expectedProgress());
    gen.writeStringField("computedStatus", Names.STATUS.name(keyResult.computedStatus()));
    if (keyResult.statusOverride().isPresent()) {
      gen.writeFieldName("statusOverride");
      PlanWriter.statusOverride(keyResult.statusOverride().get(), gen);
    }
    optionalDecimal(gen, "currentValue", keyResult.currentValue());
    optionalDecimal(gen, "numerator", keyResult.numerator());
    optionalDecimal(gen, "denominator", keyResult.denominator());
    optionalDecimal(gen, "baseline", keyResult.baseline());
    optionalDecimal(gen, "target", keyResult.target());
    if (keyResult.latestObservedOn().isPresent()) {
      gen.writeStringField("latestObservedOn", keyResult.latestObservedOn().get().toString());
    }
    gen.writeBooleanField("stale", keyResult.stale());
    gen.writeNumberField("lateCheckIns", keyResult.lateCheckIns());
    if (keyResult.valueRestricted()) {
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
