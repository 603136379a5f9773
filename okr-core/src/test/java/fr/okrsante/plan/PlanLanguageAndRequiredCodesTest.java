package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanLanguageAndRequiredCodesTest {

  private static final FrameworkRef INFO = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Information");
  private static final FrameworkRef ANTIBIO = FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.3-11", "Antibiotiques");
  private static final FrameworkRef CPOM = FrameworkRef.of(FrameworkScheme.CPOM, "A-3", "Parcours");

  private static Plan.Builder base() {
    Objective objective = Objective.builder().id("o1").title("Informer").ownerUnitId("chu").cycleId("2026")
        .addFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "")).build();
    return Plan.builder().addUnits(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(objective);
  }

  @Test
  void plan_declares_its_language() {
    assertThat(base().language("fr").build().getLanguage()).contains(Locale.FRENCH);
    assertThat(base().language(Locale.CANADA_FRENCH).build().getLanguage()).contains(Locale.CANADA_FRENCH);
    assertThat(base().build().getLanguage()).isEmpty();
  }

  @Test
  void ill_formed_language_is_refused_at_its_path() {
    for (String tag : List.of("", "fr_FR!", "123", "x".repeat(40))) {
      InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> base().language(tag));
      assertThat(e).as(tag).isNotNull();
      assertThat(e.getProblems()).extracting(PlanProblem::getPath).as(tag).containsExactly("language");
    }
  }

  @Test
  void required_codes_are_kept_in_scheme_then_code_order() {
    Plan plan = base().addRequiredFrameworkRefs(ANTIBIO, CPOM, INFO).build();
    assertThat(plan.getRequiredFrameworkRefs()).containsExactly(INFO, ANTIBIO, CPOM);
  }

  @Test
  void required_code_listed_twice_is_refused() {
    assertThatThrownBy(() -> base().addRequiredFrameworkRefs(INFO, ANTIBIO,
        FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "again")).build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("requiredFrameworkRefs[HAS_CERTIFICATION:1.1-01]")
        .hasMessageContaining("more than once");
  }

  @Test
  void required_coverage_tells_covered_and_uncovered_codes_per_scheme() {
    List<FrameworkCoverage> coverage = base().addRequiredFrameworkRefs(INFO, ANTIBIO, CPOM).build()
        .requiredFrameworkCoverage();
    assertThat(coverage).extracting(FrameworkCoverage::getScheme)
        .containsExactly(FrameworkScheme.HAS_CERTIFICATION, FrameworkScheme.CPOM);
    assertThat(coverage.get(0).getObjectivesByCode()).containsOnlyKeys("1.1-01");
    assertThat(coverage.get(0).getUncovered()).containsExactly("2.3-11");
    assertThat(coverage.get(1).getUncovered()).containsExactly("A-3");
  }

  @Test
  void language_and_required_codes_take_part_in_equality_and_survive_updates() {
    Plan plan = base().language("fr").addRequiredFrameworkRefs(INFO).build();
    assertThat(plan).isNotEqualTo(base().addRequiredFrameworkRefs(INFO).build())
        .isNotEqualTo(base().language("fr").build())
        .isEqualTo(base().language("fr").addRequiredFrameworkRefs(INFO).build());
    Plan changed = plan.withObjective(plan.objective("o1").orElseThrow().toBuilder().title("Mieux informer").build());
    assertThat(changed.getLanguage()).contains(Locale.FRENCH);
    assertThat(changed.getRequiredFrameworkRefs()).containsExactly(INFO);
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
    Plan restricted = plan.restrictedTo(List.of(), List.of());
    assertThat(restricted.getLanguage()).contains(Locale.FRENCH);
    assertThat(restricted.getRequiredFrameworkRefs()).containsExactly(INFO);
  }
}
