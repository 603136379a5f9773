package fr.okrsante.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.testing.ModuleSurface;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public surface and the run-time dependencies of okr-fhir cannot grow by accident. */
class FhirModuleTest {

  @Test
  void module_exports_only_its_package() throws IOException {
    ModuleSurface module = ModuleSurface.of(MeasureReportImport.class);
    assertThat(module.name()).isEqualTo("fr.okrsante.fhir");
    assertThat(module.exportedPackages()).containsExactly("fr.okrsante.fhir");
    assertThat(module.openPackages()).isEmpty();
  }

  @Test
  void module_needs_no_hapi_nothing_but_okr_jackson_and_jackson_core_at_run_time() throws IOException {
    Set<String> runtime = ModuleSurface.of(MeasureReportImport.class).runtimeRequires();
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "fr.okrsante.core", "fr.okrsante.jackson",
        "com.fasterxml.jackson.core", "org.slf4j");
  }

  @Test
  void public_types_are_the_documented_few() {
    assertThat(new Class<?>[] {MeasureReportImport.class, ImportReport.class, ImportOutcome.class, ScoreConvention.class,
        GoalExport.class}).allSatisfy(type -> assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())).isTrue());
    assertThat(java.lang.reflect.Modifier.isPublic(FhirNode.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(FhirTreeReader.class.getModifiers())).isFalse();
  }
}
