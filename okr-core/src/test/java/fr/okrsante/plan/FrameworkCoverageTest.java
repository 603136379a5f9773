package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Which HAS criteria does no objective cover?" */
class FrameworkCoverageTest {

  private static final FrameworkRef EIG = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.4-04", "EIG");
  private static final FrameworkRef DROITS = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Droits");
  private static final FrameworkRef CPOM = FrameworkRef.of(FrameworkScheme.CPOM, "2.4-04", "Même code, autre cadre");

  private static Objective objective(String id, FrameworkRef... refs) {
    return Objective.builder().id(id).title("Objectif " + id).ownerUnitId("chu").cycleId("2026")
        .addFrameworkRefs(refs).build();
  }

  private static final Plan PLAN = Plan.builder()
      .addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
      .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
      .addObjectives(
          objective("obj-b", EIG),
          objective("obj-a", EIG, DROITS),
          objective("obj-c", CPOM),
          objective("obj-d",
              FrameworkRef.builder().scheme(FrameworkScheme.HAS_CERTIFICATION).schemeVersion("2021").code("1.1-01").build(),
              FrameworkRef.builder().scheme(FrameworkScheme.HAS_CERTIFICATION).schemeVersion("2025").code("1.1-01").build()))
      .build();

  @Test
  void coverage_lists_the_objectives_of_each_referenced_code() {
    FrameworkCoverage coverage = PLAN.frameworkCoverage(FrameworkScheme.HAS_CERTIFICATION, List.of());
    assertThat(coverage.getScheme()).isEqualTo(FrameworkScheme.HAS_CERTIFICATION);
    assertThat(coverage.getObjectivesByCode()).containsExactly(
        Map.entry("1.1-01", List.of("obj-a", "obj-d")),
        Map.entry("2.4-04", List.of("obj-a", "obj-b")));
  }

  @Test
  void codes_no_objective_references_are_uncovered() {
    FrameworkCoverage coverage = PLAN.frameworkCoverage(FrameworkScheme.HAS_CERTIFICATION,
        List.of("3.1-02", "2.4-04", "1.1-01", "1.2-03"));
    assertThat(coverage.getUncovered()).containsExactly("1.2-03", "3.1-02");
  }

  @Test
  void other_schemes_do_not_count() {
    FrameworkCoverage coverage = PLAN.frameworkCoverage(FrameworkScheme.CPOM, List.of("2.4-04", "1.1-01"));
    assertThat(coverage.getObjectivesByCode()).containsOnlyKeys("2.4-04");
    assertThat(coverage.getObjectivesByCode().get("2.4-04")).containsExactly("obj-c");
    assertThat(coverage.getUncovered()).containsExactly("1.1-01");
  }

  @Test
  void an_objective_citing_a_code_in_two_versions_is_listed_once() {
    assertThat(PLAN.frameworkCoverage(FrameworkScheme.HAS_CERTIFICATION, List.of()).getObjectivesByCode().get("1.1-01"))
        .containsExactly("obj-a", "obj-d");
  }

  @Test
  void a_scheme_nobody_uses_leaves_every_code_uncovered() {
    FrameworkCoverage coverage = PLAN.frameworkCoverage(FrameworkScheme.QVCT, List.of("QV-1", "QV-2"));
    assertThat(coverage.getObjectivesByCode()).isEmpty();
    assertThat(coverage.getUncovered()).containsExactly("QV-1", "QV-2");
  }

  @Test
  void coverage_is_read_only() {
    FrameworkCoverage coverage = PLAN.frameworkCoverage(FrameworkScheme.HAS_CERTIFICATION, List.of("9.9"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> coverage.getUncovered().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> coverage.getObjectivesByCode().get("1.1-01").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
