package fr.okrsante.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's public surface cannot grow by accident. */
class ModuleDescriptorTest {

  @Test
  void the_module_exports_only_its_store_package_and_needs_no_driver() throws Exception {
    Path classes = Path.of(JdbcPlanStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("fr.okrsante.jdbc");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("fr.okrsante.jdbc");
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("java.sql", "fr.okrsante.core", "fr.okrsante.jackson")
        .noneMatch(name -> name.contains("postgresql") || name.contains("sqlite") || name.contains("flyway"));
  }
}
