package fr.okrsante;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of okr-core, written as tests. */
class ArchitectureTest {

  /** Everything okr-core may depend on: the JDK, its three small APIs, Immutables' annotations, itself. */
  static final String[] ALLOWED_PACKAGES = {
      "java..", "org.slf4j..", "jakarta.validation..", "org.jspecify..", "org.immutables..", "fr.okrsante.."};

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("fr.okrsante");
  }

  @Test
  void core_classes_were_found() {
    org.assertj.core.api.Assertions.assertThat(core.contain("fr.okrsante.plan.Plan")).isTrue();
  }

  @Test
  void core_depends_only_on_the_jdk_slf4j_jakarta_validation_jspecify_and_immutables_annotations() {
    classes().that().resideInAPackage("fr.okrsante..")
        .should().onlyDependOnClassesThat(resideInAnyPackage(ALLOWED_PACKAGES))
        .check(core);
  }

  @Test
  void core_uses_immutables_only_through_annotations() {
    // Annotations and the enums of their attributes (Value.Style's) are compile-time only; any other
    // Immutables class would be needed at run time.
    noClasses().should().dependOnClassesThat(resideInAPackage("org.immutables..")
            .and(describe("are neither annotations nor enums", c -> !c.isAnnotation() && !c.isEnum())))
        .check(core);
  }

  @Test
  void packages_have_no_cycles() {
    slices().matching("fr.okrsante.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void no_class_writes_to_standard_output_or_error() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(core);
  }

  @Test
  void no_class_throws_generic_exceptions() {
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(core);
  }

  @Test
  void no_class_uses_java_util_logging() {
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(core);
  }

  @Test
  void generated_immutable_classes_stay_package_private() {
    classes().that().haveSimpleNameStartingWith("Immutable")
        .should().notHaveModifier(JavaModifier.PUBLIC)
        .check(core);
  }

  @Test
  void every_package_of_okr_core_is_exported() {
    java.util.Set<String> packages = new java.util.TreeSet<>();
    core.forEach(c -> packages.add(c.getPackageName()));
    org.assertj.core.api.Assertions.assertThat(packages).as("packages with classes in okr-core")
        .containsExactlyInAnyOrderElementsOf(ModuleDescriptorTest.EXPORTED_PACKAGES);
  }

  @Test
  void nothing_is_reached_reflectively() {
    noClasses().should().callMethod(Class.class, "forName", String.class)
        .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
        .orShould().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
        .check(core);
  }
}
