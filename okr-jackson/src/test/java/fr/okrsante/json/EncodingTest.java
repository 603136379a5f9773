package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bytes that are not text in the detected encoding are unreadable input, never an I/O error. */
class EncodingTest {

  /** Detected as UTF-32 big-endian, holding a code point above U+10FFFF (found by fuzzing). */
  private static final byte[] BAD_UTF_32 = {0, 0, 0, '{', 0x5b, 0x5a, 0x5b, 0x5b, 0, 0, 0, '}'};

  @Test
  void invalid_utf_32_is_a_syntax_problem() {
    assertThatThrownBy(() -> OkrJson.standard().readPlan(BAD_UTF_32))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("not valid UTF-8, UTF-16 or UTF-32 text")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((OkrJsonException) e).getProblems())
            .allMatch(p -> p.getKind() == JsonProblem.Kind.SYNTAX));
  }

  @Test
  void invalid_utf_32_in_an_evaluation_document_is_a_syntax_problem() {
    assertThatThrownBy(() -> OkrJson.standard().readEvaluation(BAD_UTF_32)).isInstanceOf(OkrJsonException.class);
  }

  @Test
  void bytes_that_look_like_an_unsupported_ucs_4_order_are_a_syntax_problem() {
    // The first four bytes 00 00 3C 00 read as UCS-4 in the unusual 3412 order (found by fuzzing).
    byte[] odd = {0, 0, '{', 0, 0, 0, '}', 0};
    assertThatThrownBy(() -> OkrJson.standard().readPlan(odd))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("not valid UTF-8, UTF-16 or UTF-32 text");
  }
}
