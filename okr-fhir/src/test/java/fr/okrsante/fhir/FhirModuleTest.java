package fr.okrsante.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public surface and the run-time dependencies of okr-fhir cannot grow by accident. */
class FhirModuleTest {

  static ModuleDescriptor descriptor() throws IOException {
    Module module = MeasureReportImport.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_exports_only_its_package() throws IOException {
    assertThat(descriptor().name()).isEqualTo("fr.okrsante.fhir");
    assertThat(descriptor().exports()).extracting(Exports::source).containsExactly("fr.okrsante.fhir");
    assertThat(descriptor().opens()).isEmpty();
  }

  @Test
  void module_needs_no_hapi_nothing_but_okr_jackson_and_jackson_core_at_run_time() throws IOException {
    Set<String> runtime = descriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).collect(Collectors.toSet());
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
