package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnitKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hostile documents: each is refused with {@link OkrJsonException}, quickly, without holding the input. */
@Tag("stress")
class HostileInputTest {

  private static final Duration QUICKLY = Duration.ofSeconds(2);

  private final OkrJson json = OkrJson.standard();

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

      @Override
      public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          buffer[offset + n++] = (byte) c;
        }
        return n;
      }
    };
  }

  private List<JsonProblem> refused(OkrJson reader, InputStream in) {
    return assertTimeoutPreemptively(QUICKLY,
        () -> catchThrowableOfType(OkrJsonException.class, () -> reader.readPlan(in)).getProblems());
  }

  @Test
  void nesting_100_000_deep_is_refused() {
    List<JsonProblem> problems = refused(json, generated("{\"schemaVersion\":1,\"title\":", "[", 100_000, ""));
    assertThat(problems).singleElement().extracting(JsonProblem::getMessage).asString().contains("nesting depth");
  }

  @Test
  void string_of_100_mb_is_refused() {
    List<JsonProblem> problems = refused(json,
        generated("{\"schemaVersion\":1,\"title\":\"", "a", 100_000_000L, "\"}"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getMessage()).contains("String value length").contains("1000000");
      assertThat(p.getPointer()).isEqualTo("/title");
    });
  }

  @Test
  void number_of_a_million_digits_is_refused() {
    List<JsonProblem> problems = refused(json, generated("{\"schemaVersion\":1,\"title\":", "7", 1_000_000, "}"));
    assertThat(problems).singleElement().extracting(JsonProblem::getMessage).asString().contains("Number value length");
  }

  @Test
  void huge_exponent_is_refused() {
    String text = StrictReadingTest.VALID.replace("\"baseline\": 240", "\"baseline\": 1E+999999999");
    assertThat(StrictReadingTest.problems(text)).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/objectives/0/keyResults/0/metric/baseline");
      assertThat(p.getMessage()).contains("exponent out of range");
    });
  }

  @Test
  void huge_array_of_junk_stops_after_the_problem_limit() {
    List<JsonProblem> problems = refused(json, generated("{\"schemaVersion\":1,\"units\":[", "1,", 50_000_000L, "1]}"));
    assertThat(problems).hasSize(ReadLimits.defaults().getMaxProblems() + 1);
    assertThat(problems.get(problems.size() - 1).getMessage()).contains("reading stopped after 1000 problems");
    assertThat(problems.get(0).getPointer()).isEqualTo("/units/0");
  }

  @Test
  void top_level_collection_beyond_its_limit_is_refused() {
    OkrJson small = json.withLimits(ReadLimits.defaults().withMaxCollectionSize(1_000));
    List<JsonProblem> problems = refused(small, generated("{\"schemaVersion\":1,\"cycles\":[",
        "{\"id\":\"c\",\"label\":\"x\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"},", 10_000_000L, "]}"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/cycles");
      assertThat(p.getMessage()).contains("more than 1000 elements");
    });
  }

  @Test
  void nested_array_beyond_its_limit_is_refused() {
    List<JsonProblem> problems = refused(json, generated(
        "{\"schemaVersion\":1,\"objectives\":[{\"id\":\"o\",\"ownerPersonIds\":[", "\"p\",", 10_000_000L, "\"p\"]}]}"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/objectives/0/ownerPersonIds");
      assertThat(p.getMessage()).contains("more than 100000 elements");
    });
  }

  @Test
  void document_beyond_its_length_limit_is_refused() {
    OkrJson small = json.withLimits(ReadLimits.defaults().withMaxDocumentLength(10_000));
    List<JsonProblem> problems = refused(small, generated("{\"schemaVersion\":1,\"title\":\"t\"", " ", 1_000_000, "}"));
    assertThat(problems).singleElement().extracting(JsonProblem::getMessage).asString().contains("Document length");
  }

  @Test
  void limits_below_what_a_plan_needs_are_refused() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void alignment_chain_100_000_deep_reads_back() {
    int depth = 100_000;
    List<Objective> objectives = new ArrayList<>(depth);
    List<AlignmentLink> links = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      objectives.add(Objective.builder().id("o" + i).title("Objectif " + i).ownerUnitId("u").cycleId("c").build());
      if (i > 0) {
        links.add(AlignmentLink.of("o" + i, "o" + (i - 1)));
      }
    }
    Plan plan = Plan.builder().addUnits(OrgUnit.of("u", "Unité", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("c", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addAllObjectives(objectives).addAllLinks(links).build();
    byte[] document = json.toJsonBytes(plan);
    Plan read = json.readPlan(document);
    assertThat(read).isEqualTo(plan);
    assertThat(read.alignment().ancestors("o" + (depth - 1))).hasSize(depth - 1);
  }

  @Test
  void alignment_cycle_of_100_000_links_is_refused_with_its_pointer() {
    int depth = 100_000;
    StringBuilder text = new StringBuilder("{\"schemaVersion\":1,\"units\":[{\"id\":\"u\",\"name\":\"U\",\"kind\":\"team\"}],"
        + "\"cycles\":[{\"id\":\"c\",\"label\":\"C\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}],\"objectives\":[");
    for (int i = 0; i < depth; i++) {
      text.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append("\",\"title\":\"T\",\"ownerUnitId\":\"u\",\"cycleId\":\"c\"}");
    }
    text.append("],\"links\":[");
    for (int i = 0; i < depth; i++) {
      text.append(i == 0 ? "" : ",").append("{\"childId\":\"o").append(i).append("\",\"parentId\":\"o")
          .append((i + 1) % depth).append("\"}");
    }
    text.append("]}");
    List<JsonProblem> problems = StrictReadingTest.problems(text.toString());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).startsWith("/links/");
      assertThat(p.getMessage()).contains("alignment cycle");
    });
  }
}
