package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Suppression;
import fr.okrsante.review.PlanReview;
import fr.okrsante.review.ReviewReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan review document and its published schema. */
class ReviewDocumentTest {

  private static final String REVIEW_ID = "https://okr-sante.fr/schema/review/1/review.schema.json";
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(DocumentSchemas.PLAN_ID, PlanSchema.TEXT, REVIEW_ID,
          load("/fr/okrsante/json/review.schema.json")))).getSchema(SchemaLocation.of(REVIEW_ID));

  private static String load(String resource) {
    try (InputStream in = ReviewDocumentTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReviewReport review(Locale locale) {
    Plan plan = HospitalPlan.build().toBuilder()
        .addSuppressions(Suppression.of("committed-without-lead", "obj-urg", "pilote en cours de désignation",
            "p-qualite"), Suppression.of("too-many-key-results", "nowhere", "ancienne exception", "p-qualite"))
        .build();
    return PlanReview.builder().locale(locale).build().review(plan, LocalDate.of(2026, 6, 30));
  }

  @Test
  void review_document_validates_against_the_published_schema_in_both_languages() {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      String text = OkrJson.standard().withIndentation(true).toJson(review(locale));
      assertThat(SCHEMA.validate(text, InputFormat.JSON)).as("schema errors, %s:%n%s", locale, text).isEmpty();
    }
  }

  @Test
  void review_document_holds_counts_findings_suppressed_and_unused_suppressions() throws IOException {
    ReviewReport report = review(Locale.ENGLISH);
    JsonNode document = new ObjectMapper().readTree(OkrJson.standard().toJson(report));
    assertThat(document.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(document.get("language").asText()).isEqualTo("en");
    assertThat(document.get("counts").get("warning").asInt()).isEqualTo(report.count(fr.okrsante.review.Severity.WARNING));
    assertThat(document.get("findings")).hasSize(report.getFindings().size());
    assertThat(document.get("suppressed")).as("%s", report.getFindings()).hasSize(report.getSuppressed().size()).isNotEmpty();
    assertThat(document.get("suppressed").get(0).get("suppression").get("reason").asText())
        .isEqualTo("pilote en cours de désignation");
    assertThat(document.get("unusedSuppressions").get(0).get("target").asText()).isEqualTo("nowhere");
    JsonNode first = document.get("findings").get(0);
    assertThat(first.get("path").asText()).isEqualTo(report.getFindings().get(0).getPath().toString());
    assertThat(first.get("pathSegments").size()).isEqualTo(report.getFindings().get(0).getPath().getSegments().size());
  }

  @Test
  void stream_and_text_give_the_same_document_and_the_module_writes_it_too() throws IOException {
    ReviewReport report = review(Locale.FRENCH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OkrJson.standard().writeReview(report, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(OkrJson.standard().toJson(report));
    assertThat(new ObjectMapper().registerModule(new OkrModule()).writeValueAsString(report))
        .isEqualTo(OkrJson.standard().toJson(report));
  }
}
