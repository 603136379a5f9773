package fr.okrsante.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves Hibernate Validator sees every Jakarta constraint of the model: it ignores, silently,
 * constraints on accessors not named {@code get*}/{@code is*}.
 */
class JakartaConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    // Hibernate Validator with expressly for messages; referenced only through the Jakarta API, so the
    // test runs as well on the module path as on the class path.
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    if (factory != null) {
      factory.close();
    }
  }

  /** A constraint declared on an accessor of a model class. */
  private record Declared(Class<?> type, Method method, Annotation constraint) {
    String property() {
      String name = method.getName();
      String rest = name.startsWith("is") ? name.substring(2) : name.substring(3);
      return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    @Override
    public String toString() {
      return type.getSimpleName() + "." + method.getName() + " @" + constraint.annotationType().getSimpleName();
    }
  }

  /** Every Jakarta constraint on a method of a production class of okr-core, found by reflection. */
  private static List<Declared> declaredConstraints() {
    List<Declared> result = new ArrayList<>();
    for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("fr.okrsante")) {
      Class<?> type = javaClass.reflect();
      for (Method method : type.getDeclaredMethods()) {
        for (Annotation annotation : method.getAnnotations()) {
          if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
            result.add(new Declared(type, method, annotation));
          }
        }
      }
    }
    return result;
  }

  @Test
  void the_model_has_the_constraints_this_test_expects() {
    Set<String> found = declaredConstraints().stream().map(Declared::toString).collect(Collectors.toSet());
    assertThat(found).contains(
        "OrgUnit.getId @NotBlank", "OrgUnit.getId @Pattern", "OrgUnit.getName @NotBlank",
        "Cycle.getId @Pattern", "Cycle.getLabel @NotBlank",
        "Objective.getId @Pattern", "Objective.getTitle @NotBlank", "Objective.getOwnerUnitId @NotBlank",
        "Objective.getCycleId @NotBlank",
        "KeyResult.getId @Pattern", "KeyResult.getTitle @NotBlank", "KeyResult.getWeight @DecimalMin",
        "CheckIn.getConfidence @DecimalMin", "CheckIn.getConfidence @DecimalMax",
        "Initiative.getId @Pattern", "Initiative.getTitle @NotBlank", "Initiative.getWeight @DecimalMin",
        "AlignmentLink.getChildId @NotBlank", "AlignmentLink.getParentId @NotBlank", "AlignmentLink.getWeight @DecimalMin",
        "FrameworkRef.getCode @NotBlank", "Waypoint.getExpected @DecimalMin", "Waypoint.getExpected @DecimalMax",
        "RollupSettings.getStrategy @NotBlank", "StatusOverride.getAuthorId @NotBlank", "StatusOverride.getReason @NotBlank");
  }

  @TestFactory
  Stream<DynamicTest> every_constraint_sits_on_a_get_or_is_accessor() {
    return declaredConstraints().stream().map(d -> DynamicTest.dynamicTest(d.toString(), () ->
        assertThat(d.method().getName()).as("%s: Hibernate Validator ignores constraints on other names", d)
            .matches("(get|is)[A-Z].*")));
  }

  @TestFactory
  Stream<DynamicTest> hibernate_validator_sees_every_constraint() {
    return declaredConstraints().stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> {
      BeanDescriptor bean = validator.getConstraintsForClass(d.type());
      PropertyDescriptor property = bean.getConstraintsForProperty(d.property());
      assertThat(property).as("%s: no constraint seen on property '%s'", d, d.property()).isNotNull();
      assertThat(property.getConstraintDescriptors())
          .extracting(ConstraintDescriptor::getAnnotation)
          .extracting(Annotation::annotationType)
          .as("%s", d)
          .contains(d.constraint().annotationType());
    }));
  }

  // ---------------------------------------------------------------- each constraint enforced

  private static <T> List<String> violations(Class<T> type, String property, Object value) {
    Set<ConstraintViolation<T>> found = validator.validateValue(type, property, value);
    return found.stream()
        .map(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void not_blank_is_enforced_on_titles_names_and_labels() {
    assertThat(violations(Objective.class, "title", "  ")).containsExactly("NotBlank");
    assertThat(violations(KeyResult.class, "title", "")).containsExactly("NotBlank");
    assertThat(violations(Initiative.class, "title", "\t")).containsExactly("NotBlank");
    assertThat(violations(OrgUnit.class, "name", " ")).containsExactly("NotBlank");
    assertThat(violations(Cycle.class, "label", " ")).containsExactly("NotBlank");
    assertThat(violations(FrameworkRef.class, "code", " ")).containsExactly("NotBlank");
    assertThat(violations(RollupSettings.class, "strategy", " ")).contains("NotBlank");
    assertThat(violations(StatusOverride.class, "reason", " ")).containsExactly("NotBlank");
    assertThat(violations(StatusOverride.class, "authorId", "")).containsExactly("NotBlank");
    assertThat(violations(Objective.class, "title", "Renforcer la culture de la sécurité des soins")).isEmpty();
  }

  @Test
  void not_blank_is_enforced_on_references() {
    assertThat(violations(Objective.class, "ownerUnitId", " ")).containsExactly("NotBlank");
    assertThat(violations(Objective.class, "cycleId", "")).containsExactly("NotBlank");
    assertThat(violations(AlignmentLink.class, "childId", " ")).containsExactly("NotBlank");
    assertThat(violations(AlignmentLink.class, "parentId", " ")).containsExactly("NotBlank");
  }

  @Test
  void the_id_pattern_is_enforced_on_every_id() {
    for (Class<?> type : List.of(OrgUnit.class, Cycle.class, Objective.class, KeyResult.class, Initiative.class)) {
      assertThat(violations(type, "id", "obj a")).as("%s", type.getSimpleName()).containsExactly("Pattern");
      assertThat(violations(type, "id", "-x")).as("%s", type.getSimpleName()).containsExactly("Pattern");
      assertThat(violations(type, "id", "")).as("%s", type.getSimpleName()).containsExactly("NotBlank", "Pattern");
      assertThat(violations(type, "id", "chu-nord.urgences")).as("%s", type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void decimal_min_is_enforced_on_weights() {
    for (Class<?> type : List.of(KeyResult.class, Initiative.class, AlignmentLink.class)) {
      assertThat(violations(type, "weight", -0.5)).as("%s", type.getSimpleName()).containsExactly("DecimalMin");
      assertThat(violations(type, "weight", 0.0)).as("%s", type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void decimal_min_and_max_are_enforced_on_confidence_through_optional_double() {
    assertThat(violations(CheckIn.class, "confidence", OptionalDouble.of(1.5))).containsExactly("DecimalMax");
    assertThat(violations(CheckIn.class, "confidence", OptionalDouble.of(-0.1))).containsExactly("DecimalMin");
    assertThat(violations(CheckIn.class, "confidence", OptionalDouble.of(0.7))).isEmpty();
    assertThat(violations(CheckIn.class, "confidence", OptionalDouble.empty())).isEmpty();
  }

  @Test
  void decimal_min_and_max_are_enforced_on_waypoints() {
    assertThat(violations(Waypoint.class, "expected", 1.01)).containsExactly("DecimalMax");
    assertThat(violations(Waypoint.class, "expected", -1.0)).containsExactly("DecimalMin");
    assertThat(violations(Waypoint.class, "expected", 0.5)).isEmpty();
  }

  @Test
  void a_valid_built_value_has_no_violation() {
    KeyResult kr = KeyResult.builder().id("kr-1").title("T").metric(Milestone.doneOrNot()).weight(2).build();
    assertThat(validator.validate(kr)).isEmpty();
    assertThat(validator.validate(OrgUnit.of("chu", "CHU", UnitKind.ORGANISATION))).isEmpty();
  }

  @Test
  void constraint_annotations_are_the_jakarta_ones() {
    assertThat(List.of(NotBlank.class, Pattern.class, DecimalMin.class, DecimalMax.class))
        .allSatisfy(a -> assertThat(a.getPackageName()).isEqualTo("jakarta.validation.constraints"));
  }
}
