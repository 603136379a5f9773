package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each {@link ReadLimits} setting holds, and where the reader applies it, on small documents. */
class ReadLimitsTest {

  private static final ReadLimits CUSTOM = ReadLimits.defaults()
      .withMaxDocumentLength(123_456L)
      .withMaxNestingDepth(21)
      .withMaxStringLength(1_001)
      .withMaxNumberLength(41)
      .withMaxNameLength(61)
      .withMaxCollectionSize(71)
      .withMaxArraySize(81)
      .withMaxProblems(91);

  private static List<JsonProblem> problems(ReadLimits limits, String document) {
    return catchThrowableOfType(OkrJsonException.class,
        () -> OkrJson.standard().withLimits(limits).readPlan(document)).getProblems();
  }

  private static String withOwners(int count) {
    StringBuilder owners = new StringBuilder();
    for (int i = 0; i < count; i++) {
      owners.append(i == 0 ? "" : ", ").append("\"p").append(i).append('"');
    }
    return StrictReadingTest.VALID.replace("\"cycleId\": \"c\",", "\"cycleId\": \"c\", \"ownerPersonIds\": [" + owners + "],");
  }

  @Test
  void each_setting_reads_back_what_was_set() {
    assertThat(CUSTOM.getMaxDocumentLength()).isEqualTo(123_456L);
    assertThat(CUSTOM.getMaxNestingDepth()).isEqualTo(21);
    assertThat(CUSTOM.getMaxStringLength()).isEqualTo(1_001);
    assertThat(CUSTOM.getMaxNumberLength()).isEqualTo(41);
    assertThat(CUSTOM.getMaxNameLength()).isEqualTo(61);
    assertThat(CUSTOM.getMaxCollectionSize()).isEqualTo(71);
    assertThat(CUSTOM.getMaxArraySize()).isEqualTo(81);
    assertThat(CUSTOM.getMaxProblems()).isEqualTo(91);
  }

  @Test
  void limits_with_the_same_settings_are_equal() {
    ReadLimits same = ReadLimits.defaults().withMaxDocumentLength(123_456L).withMaxNestingDepth(21)
        .withMaxStringLength(1_001).withMaxNumberLength(41).withMaxNameLength(61).withMaxCollectionSize(71)
        .withMaxArraySize(81).withMaxProblems(91);
    assertThat(same).isEqualTo(CUSTOM).hasSameHashCodeAs(CUSTOM);
  }

  @Test
  void limits_differing_in_any_one_setting_are_not_equal() {
    assertThat(List.of(
        CUSTOM.withMaxDocumentLength(123_457L), CUSTOM.withMaxNestingDepth(22), CUSTOM.withMaxStringLength(1_002),
        CUSTOM.withMaxNumberLength(42), CUSTOM.withMaxNameLength(62), CUSTOM.withMaxCollectionSize(72),
        CUSTOM.withMaxArraySize(82), CUSTOM.withMaxProblems(92)))
        .allSatisfy(other -> assertThat(other).isNotEqualTo(CUSTOM));
    assertThat(CUSTOM).isNotEqualTo("ReadLimits");
  }

  @Test
  void limits_of_different_settings_hash_differently() {
    assertThat(CUSTOM.hashCode()).isNotEqualTo(ReadLimits.defaults().hashCode());
  }

  @Test
  void to_string_names_every_setting() {
    assertThat(CUSTOM.toString()).isEqualTo("ReadLimits[maxDocumentLength=123456, maxNestingDepth=21, "
        + "maxStringLength=1001, maxNumberLength=41, maxNameLength=61, maxCollectionSize=71, "
        + "maxArraySize=81, maxProblems=91]");
  }

  @Test
  void array_of_exactly_max_array_size_elements_reads() {
    // the objective has six members too: the limit bounds objects as well as arrays
    ReadLimits limits = ReadLimits.defaults().withMaxArraySize(6);
    assertThat(OkrJson.standard().withLimits(limits).readPlan(withOwners(6)).objective("o").orElseThrow()
        .getOwnerPersonIds()).hasSize(6);
  }

  @Test
  void array_one_beyond_max_array_size_is_refused_at_the_array() {
    List<JsonProblem> problems = problems(ReadLimits.defaults().withMaxArraySize(6), withOwners(7));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.getPointer()).isEqualTo("/objectives/0/ownerPersonIds");
      assertThat(p.getMessage()).contains("more than 6 elements (ReadLimits.maxArraySize)");
    });
  }

  @Test
  void reading_stops_after_max_problems_problems() {
    String text = StrictReadingTest.VALID.replace("\"schemaVersion\": 1,",
        "\"schemaVersion\": 1, \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4,");
    List<JsonProblem> problems = problems(ReadLimits.defaults().withMaxProblems(3), text);
    assertThat(problems).extracting(JsonProblem::getPointer).containsExactly("/a", "/b", "/c", "");
    assertThat(problems.get(3).getKind()).isEqualTo(JsonProblem.Kind.LIMIT);
    assertThat(problems.get(3).getMessage()).isEqualTo("reading stopped after 3 problems (ReadLimits.maxProblems)");
  }

  @Test
  void as_many_problems_as_the_limit_allows_less_one_are_all_reported_without_stopping() {
    String text = StrictReadingTest.VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"a\": 1, \"b\": 2,");
    assertThat(problems(ReadLimits.defaults().withMaxProblems(3), text)).extracting(JsonProblem::getPointer)
        .containsExactly("/a", "/b");
  }
}
