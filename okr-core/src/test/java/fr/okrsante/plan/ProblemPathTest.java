package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemPathTest {

  private static final ProblemPath TARGET = ProblemPath.of("objectives").element("obj-7")
      .property("keyResults").element("kr-2").property("metric").property("target");

  @Test
  void textFormJoinsPropertiesWithDotsAndPutsKeysInBrackets() {
    assertThat(TARGET).hasToString("objectives[obj-7].keyResults[kr-2].metric.target");
    assertThat(ProblemPath.of("links").element("a→b")).hasToString("links[a→b]");
  }

  @Test
  void rootHasNoSegmentsAndAnEmptyText() {
    assertThat(ProblemPath.root().isRoot()).isTrue();
    assertThat(ProblemPath.root().getSegments()).isEmpty();
    assertThat(ProblemPath.root()).hasToString("");
    assertThat(TARGET.isRoot()).isFalse();
  }

  @Test
  void segmentsTellPropertyNamesFromElementKeys() {
    assertThat(TARGET.getSegments()).extracting(ProblemPath.Segment::isElement)
        .containsExactly(false, true, false, true, false, false);
    assertThat(TARGET.getSegments()).extracting(ProblemPath.Segment::getValue)
        .containsExactly("objectives", "obj-7", "keyResults", "kr-2", "metric", "target");
  }

  @Test
  void keysHoldingDotsOrBracketsStayOneSegment() {
    ProblemPath path = ProblemPath.of("frameworkRefs").element("HAS:1.1-01");
    assertThat(path.getSegments()).hasSize(2);
    assertThat(path.getSegments().get(1).getValue()).isEqualTo("HAS:1.1-01");
  }

  @Test
  void resolveAppendsAnotherPath() {
    ProblemPath prefix = ProblemPath.of("objectives").element("obj-7");
    ProblemPath suffix = ProblemPath.of("keyResults").element("kr-2").property("metric").property("target");
    assertThat(prefix.resolve(suffix)).isEqualTo(TARGET);
    assertThat(prefix.resolve(ProblemPath.root())).isSameAs(prefix);
    assertThat(ProblemPath.root().resolve(suffix)).isSameAs(suffix);
  }

  @Test
  void startsWithComparesSegmentsNotText() {
    assertThat(TARGET.startsWith(ProblemPath.of("objectives").element("obj-7"))).isTrue();
    assertThat(TARGET.startsWith(ProblemPath.root())).isTrue();
    assertThat(TARGET.startsWith(ProblemPath.of("objectives").element("obj"))).isFalse();
    assertThat(ProblemPath.of("objectives").startsWith(TARGET)).isFalse();
  }

  @Test
  void equalPathsHaveEqualSegments() {
    ProblemPath same = ProblemPath.root().property("objectives").element("obj-7").property("keyResults")
        .element("kr-2").property("metric").property("target");
    assertThat(same).isEqualTo(TARGET).hasSameHashCodeAs(TARGET);
    assertThat(ProblemPath.of("a").element("b")).isNotEqualTo(ProblemPath.of("a").property("b"));
  }

  @Test
  void anEmptyPropertyNameIsRefused() {
    assertThatThrownBy(() -> ProblemPath.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("property name");
  }

  @Test
  void anElementKeyIsAnIdItRefersTo() {
    assertThat(TARGET.getIds()).containsExactly("obj-7", "kr-2");
    assertThat(TARGET.getSegments().get(1).getIds()).containsExactly("obj-7");
    assertThat(TARGET.getSegments().get(0).getIds()).isEmpty();
  }

  @Test
  void aKeyThatIsNotAnIdRefersToNoneAndALinkKeyToBothEnds() {
    ProblemPath checkIn = ProblemPath.of("checkIns").element("2026-03-31", java.util.Set.of()).property("value");
    assertThat(checkIn.getIds()).isEmpty();
    assertThat(checkIn).hasToString("checkIns[2026-03-31].value");
    ProblemPath link = ProblemPath.of("links").element("a→b", new java.util.LinkedHashSet<>(java.util.List.of("a", "b")));
    assertThat(link.getIds()).containsExactly("a", "b");
    assertThat(link).hasToString("links[a→b]");
  }

  @Test
  void resolvingKeepsTheIdsOfBothPaths() {
    ProblemPath prefix = ProblemPath.of("objectives").element("obj-7");
    assertThat(prefix.resolve(ProblemPath.of("keyResults").element("kr-2")).getIds()).containsExactly("obj-7", "kr-2");
  }

  @Test
  void segmentsWithTheSameKeyButOtherIdsDiffer() {
    assertThat(ProblemPath.of("a").element("b")).isNotEqualTo(ProblemPath.of("a").element("b", java.util.Set.of()));
  }
}
