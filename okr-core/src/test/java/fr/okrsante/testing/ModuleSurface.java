package fr.okrsante.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A module's declared surface, for the tests that keep it from growing by accident (each adapter
 * module asserts its exported packages and its run-time dependencies): the descriptor of the module
 * a class belongs to, read from the module when the tests run on the module path, else from the
 * {@code module-info.class} beside the class's compiled classes.
 */
public final class ModuleSurface {

  private final ModuleDescriptor descriptor;

  private ModuleSurface(ModuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /**
   * Reads the surface of the module a class belongs to.
   *
   * @param anchor a class of the module's main code
   * @return its surface
   * @throws IOException if the compiled descriptor cannot be read
   */
  public static ModuleSurface of(Class<?> anchor) throws IOException {
    Module module = anchor.getModule();
    if (module.isNamed()) {
      return new ModuleSurface(module.getDescriptor());
    }
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("no class directory for " + anchor.getName(), e);
    }
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return new ModuleSurface(ModuleDescriptor.read(in));
    }
  }

  /**
   * Returns the module's name.
   *
   * @return the name, e.g. {@code fr.okrsante.fhir}
   */
  public String name() {
    return descriptor.name();
  }

  /**
   * Returns the packages the module exports, in name order.
   *
   * @return the exported packages
   */
  public List<String> exportedPackages() {
    return descriptor.exports().stream().map(Exports::source).sorted().toList();
  }

  /**
   * Returns the packages the module opens to reflection, in name order.
   *
   * @return the open packages; empty for a module that opens nothing
   */
  public List<String> openPackages() {
    return descriptor.opens().stream().map(ModuleDescriptor.Opens::source).sorted().toList();
  }

  /**
   * Returns the modules needed at run time: every {@code requires} but the {@code static} ones
   * (annotations read at compile time).
   *
   * @return the module names, {@code java.base} included
   */
  public Set<String> runtimeRequires() {
    return descriptor.requires().stream().filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).collect(Collectors.toUnmodifiableSet());
  }
}
