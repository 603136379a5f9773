package fr.okrsante;

import static org.assertj.core.api.Assertions.assertThat;

import fr.okrsante.plan.Plan;
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

/** The public surface of okr-core cannot grow by accident. */
class ModuleDescriptorTest {

  /** The packages module fr.okrsante.core exports, to everyone. Change this set on purpose only. */
  static final Set<String> EXPORTED_PACKAGES = Set.of(
      "fr.okrsante.plan",
      "fr.okrsante.visibility",
      "fr.okrsante.review");

  /** The modules okr-core needs at run time; the annotation-only ones are {@code requires static}. */
  static final Set<String> RUNTIME_REQUIRES = Set.of("java.base", "org.slf4j", "jakarta.validation");

  static ModuleDescriptor descriptor() throws IOException {
    Module module = Plan.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    // On the class path: read the compiled descriptor.
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_is_named_fr_okrsante_core() throws IOException {
    assertThat(descriptor().name()).isEqualTo("fr.okrsante.core");
  }

  @Test
  void module_exports_exactly_the_public_packages() throws IOException {
    assertThat(descriptor().exports()).extracting(Exports::source).containsExactlyInAnyOrderElementsOf(EXPORTED_PACKAGES);
  }

  @Test
  void exports_are_not_qualified() throws IOException {
    assertThat(descriptor().exports()).allSatisfy(e -> assertThat(e.isQualified()).as("%s", e).isFalse());
  }

  @Test
  void module_opens_nothing() throws IOException {
    ModuleDescriptor descriptor = descriptor();
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void module_requires_at_run_time_only_slf4j_and_jakarta_validation() throws IOException {
    Set<String> runtime = descriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name)
        .collect(Collectors.toSet());
    assertThat(runtime).isEqualTo(RUNTIME_REQUIRES);
  }
}
