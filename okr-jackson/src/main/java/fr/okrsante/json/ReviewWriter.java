package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Suppression;
import fr.okrsante.review.Finding;
import fr.okrsante.review.ReviewReport;
import fr.okrsante.review.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a plan review document ({@code review.schema.json}): the date, the language, counts per
 * severity, the active findings, the suppressed ones with their suppression, and the unused
 * suppressions. Write-only: a review is recomputed from its plan, never read back. Stateless.
 */
final class ReviewWriter {

  /** The version of the review document format. */
  static final int SCHEMA_VERSION = 1;

  private ReviewWriter() {}

  static void review(ReviewReport report, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
    gen.writeStringField("asOf", report.getAsOf().toString());
    gen.writeStringField("language", report.getLocale().getLanguage());
    gen.writeObjectFieldStart("counts");
    gen.writeNumberField("warning", report.count(Severity.WARNING));
    gen.writeNumberField("advice", report.count(Severity.ADVICE));
    gen.writeNumberField("suppressed", report.getSuppressed().size());
    gen.writeEndObject();
    findings(gen, "findings", report, report.getFindings());
    findings(gen, "suppressed", report, report.getSuppressed());
    gen.writeArrayFieldStart("unusedSuppressions");
    for (Suppression suppression : report.getUnusedSuppressions()) {
      PlanWriter.suppression(suppression, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void findings(JsonGenerator gen, String name, ReviewReport report, List<Finding> findings)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (Finding finding : findings) {
      gen.writeStartObject();
      gen.writeStringField("ruleId", finding.getRuleId());
      gen.writeStringField("severity", finding.getSeverity().name().toLowerCase(Locale.ROOT));
      gen.writeStringField("path", finding.getPath().toString());
      gen.writeArrayFieldStart("pathSegments");
      for (ProblemPath.Segment segment : finding.getPath().getSegments()) {
        gen.writeStartObject();
        gen.writeStringField(segment.isElement() ? "key" : "property", segment.getValue());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      if (report.objectiveOf(finding).isPresent()) {
        gen.writeStringField("objectiveId", report.objectiveOf(finding).get());
      }
      gen.writeArrayFieldStart("ids");
      for (String id : finding.getIds()) {
        gen.writeString(id);
      }
      gen.writeEndArray();
      gen.writeStringField("message", finding.getMessage());
      gen.writeStringField("suggestion", finding.getSuggestion());
      if (finding.getSuppression().isPresent()) {
        gen.writeFieldName("suppression");
        PlanWriter.suppression(finding.getSuppression().get(), gen);
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
