package fr.okrsante.fhir;

import static fr.okrsante.fhir.Fixtures.bytes;
import static fr.okrsante.fhir.Fixtures.plan;
import static fr.okrsante.fhir.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.json.ReadLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * okr-jackson's hostile suite replayed through the FHIR reader: each document is refused with
 * {@link OkrJsonException} (the whole document) or a refused report, quickly, and nothing else
 * escapes.
 */
@Tag("stress")
class HostileReportTest {

  private static final Duration QUICKLY = Duration.ofSeconds(3);
  private static final MeasureReportImport FHIR = MeasureReportImport.builder().build();

  /** A stream of {@code head}, then {@code body} {@code times} times, then {@code tail}, made as it is read. */
  static InputStream generated(String head, String body, long times, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    long total = h.length + b.length * times + t.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= total) {
          return -1;
        }
        long p = position++;
        if (p < h.length) {
          return h[(int) p] & 0xff;
        }
        p -= h.length;
        if (p < b.length * times) {
          return b[(int) (p % b.length)] & 0xff;
        }
        return t[(int) (p - b.length * times)] & 0xff;
      }
    };
  }

  private static List<JsonProblem> refused(MeasureReportImport importer, InputStream in) {
    return assertTimeoutPreemptively(QUICKLY,
        () -> catchThrowableOfType(OkrJsonException.class, () -> importer.apply(plan(), in)).getProblems());
  }

  private static List<JsonProblem> refused(String document) {
    return refused(FHIR, new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nesting_100_000_deep_is_refused() {
    assertThat(refused(FHIR, generated("{\"resourceType\":\"MeasureReport\",\"x\":", "[", 100_000, "")))
        .singleElement().extracting(JsonProblem::getMessage).asString().contains("nesting depth");
  }

  @Test
  void string_of_100_mb_is_refused_where_it_stands() {
    assertThat(refused(FHIR, generated("{\"resourceType\":\"MeasureReport\",\"measure\":\"", "a", 100_000_000L, "\"}")))
        .singleElement().satisfies(p -> {
          assertThat(p.getKind()).isEqualTo(JsonProblem.Kind.LIMIT);
          assertThat(p.getPointer()).isEqualTo("/measure");
        });
  }

  @Test
  void number_of_a_million_digits_is_refused() {
    assertThat(refused(FHIR, generated("{\"resourceType\":\"MeasureReport\",\"n\":", "7", 1_000_000, "}")))
        .singleElement().extracting(JsonProblem::getMessage).asString().contains("Number value length");
  }

  @Test
  void huge_exponent_refuses_the_report_only() {
    ObjectNode report = summary();
    ((ObjectNode) Fixtures.group(report).get("measureScore")).put("value", 0);
    String text = report.toString().replace("\"value\":0", "\"value\":1E+999999999");
    ImportReport result = FHIR.apply(plan(), text.getBytes(StandardCharsets.UTF_8));
    // counts win, so the score is compared: an unbounded exponent is refused, not computed with
    assertThat(result.get(ImportOutcome.Kind.REFUSED)).singleElement().satisfies(o -> {
      assertThat(o.getPointer()).isEqualTo("/group/0/measureScore/value");
      assertThat(o.getMessage()).contains("at most 1000 digits");
    });
  }

  @Test
  void bundle_beyond_its_entry_limit_is_refused() {
    MeasureReportImport small = MeasureReportImport.builder()
        .limits(MeasureReportImport.defaultLimits().withMaxCollectionSize(1_000)).build();
    assertThat(refused(small, generated("{\"resourceType\":\"Bundle\",\"entry\":[", "{\"resource\":{}},", 10_000_000L, "{}]}")))
        .singleElement().satisfies(p -> {
          assertThat(p.getPointer()).isEqualTo("/entry");
          assertThat(p.getMessage()).contains("more than 1000 items");
        });
  }

  @Test
  void nested_array_beyond_its_limit_is_refused() {
    assertThat(refused(FHIR, generated("{\"resourceType\":\"MeasureReport\",\"group\":[", "{},", 1_000_000L, "{}]}")))
        .singleElement().extracting(JsonProblem::getPointer).isEqualTo("/group");
  }

  @Test
  void document_beyond_its_length_limit_is_refused() {
    MeasureReportImport small = MeasureReportImport.builder().limits(ReadLimits.defaults().withMaxDocumentLength(10_000)).build();
    assertThat(refused(small, generated("{\"resourceType\":\"MeasureReport\"", " ", 1_000_000, "}")))
        .singleElement().extracting(JsonProblem::getMessage).asString().contains("Document length");
  }

  @Test
  void duplicate_keys_are_refused_with_their_location() {
    assertThat(refused("{\"resourceType\":\"MeasureReport\",\n \"status\":\"complete\",\n \"status\":\"error\"}"))
        .singleElement().satisfies(p -> {
          assertThat(p.getMessage()).contains("Duplicate field 'status'");
          assertThat(p.getLine()).isEqualTo(3);
        });
  }

  @Test
  void malformed_trailing_empty_and_non_numeric_documents_are_refused() {
    for (String bad : new String[] {"", "{", "{\"resourceType\":\"Bundle\"} {}", "[1,2]", "{\"resourceType\":NaN}",
        "{\"resourceType\":\"Patient\",\"id\":\"p\"}", "{\"resourceType\":42}", "\"MeasureReport\"", "{\"a\":1,}"}) {
      assertThat(refused(bad)).as(bad).isNotEmpty();
    }
  }

  @Test
  void wrong_types_refuse_the_report_with_the_pointer_of_the_element() throws Exception {
    String[][] cases = {
        {"status", "1", "/status"},
        {"type", "[\"summary\"]", "/type"},
        {"period", "\"2026\"", "/period"},
        {"group", "{}", "/group"},
        {"measure", "true", "/measure"},
    };
    for (String[] c : cases) {
      ObjectNode report = summary();
      String text = report.toString();
      ObjectNode broken = (ObjectNode) Fixtures.MAPPER.readTree(text.replaceFirst("\"" + c[0] + "\":(\"[^\"]*\"|\\{[^}]*\\}|\\[[^\\]]*\\]|[^,}]*)",
          "\"" + c[0] + "\":" + c[1]));
      ImportReport result = FHIR.apply(plan(), bytes(broken));
      assertThat(result.get(ImportOutcome.Kind.REFUSED)).as(c[0]).singleElement()
          .satisfies(o -> assertThat(o.getPointer()).startsWith(c[2]));
    }
  }

  @Test
  void null_and_empty_values_refuse_the_report() {
    for (String bad : new String[] {"\"id\":null", "\"id\":\"\"", "\"meta\":{}", "\"identifier\":[]"}) {
      String text = summary().toString().replace("\"resourceType\":\"MeasureReport\"", "\"resourceType\":\"MeasureReport\"," + bad);
      if (bad.startsWith("\"meta\"")) {
        text = text.replace("\"meta\":{\"versionId\":\"1\"},", "");
      }
      if (bad.startsWith("\"id\"")) {
        text = text.replace("\"id\":\"summ-01\",", "");
      }
      ImportReport result = FHIR.apply(plan(), text.getBytes(StandardCharsets.UTF_8));
      assertThat(result.get(ImportOutcome.Kind.REFUSED)).as(bad).singleElement()
          .satisfies(o -> assertThat(o.getMessage()).containsAnyOf("null", "empty"));
    }
  }

  @Test
  void bytes_that_are_not_text_are_refused() {
    byte[] invalid = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0x7B};
    assertThat(catchThrowableOfType(OkrJsonException.class, () -> FHIR.apply(plan(), invalid))).isNotNull();
    // UCS-4 in the unusual 3412 order: Jackson refuses it while detecting the encoding
    byte[] ucs4 = {0x00, 0x00, 0x3C, 0x00, 0x00, 0x00, 0x3C, 0x00};
    assertThat(catchThrowableOfType(OkrJsonException.class, () -> FHIR.apply(plan(), ucs4)).getProblems())
        .singleElement().satisfies(p -> assertThat(p.getKind()).isEqualTo(JsonProblem.Kind.SYNTAX));
    assertThat(catchThrowableOfType(OkrJsonException.class,
        () -> FHIR.apply(plan(), new java.io.ByteArrayInputStream(ucs4)))).isNotNull();
  }

  @Test
  void patient_level_content_in_a_bundle_leaves_no_trace_in_the_outcomes() {
    ObjectNode individual = summary().put("type", "individual");
    individual.putObject("subject").put("reference", "Patient/NIR-1850575123456").put("display", "Jean Dupont");
    ImportReport result = FHIR.apply(plan(), bytes(Fixtures.bundle(individual)));
    assertThat(result.getOutcomes().toString()).doesNotContain("NIR").doesNotContain("Dupont");
  }
}
