package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.Plan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanLanguageAndRequiredCodesJsonTest {

  private final OkrJson json = OkrJson.standard();

  private static Plan withBoth() {
    return HospitalPlan.build().toBuilder().language("fr")
        .addRequiredFrameworkRefs(FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "2.3-11", "Antibiothérapie"),
            FrameworkRef.of(FrameworkScheme.HAS_CERTIFICATION, "1.1-01", "Information du patient"))
        .build();
  }

  @Test
  void language_and_required_codes_read_back_equal() {
    Plan plan = withBoth();
    Plan read = json.readPlan(json.toJson(plan));
    assertThat(read).isEqualTo(plan);
    assertThat(read.getLanguage()).contains(Locale.FRENCH);
    assertThat(read.getRequiredFrameworkRefs()).extracting(FrameworkRef::getCode).containsExactly("1.1-01", "2.3-11");
    assertThat(read.getRequiredFrameworkRefs().get(1).getLabel()).isEqualTo("Antibiothérapie");
  }

  @Test
  void document_with_language_and_required_codes_validates_against_the_schema() {
    String text = json.toJson(withBoth());
    assertThat(text).contains("\"language\":\"fr\"").contains("\"requiredFrameworkRefs\":[");
    PlanSchema.assertValid(text, "the hospital plan with a language and required codes");
  }

  @Test
  void plan_without_them_writes_neither_property() {
    String text = json.toJson(HospitalPlan.build());
    assertThat(text).doesNotContain("\"language\"").doesNotContain("requiredFrameworkRefs");
  }

  @Test
  void ill_formed_language_is_located_at_its_pointer() {
    String text = json.toJson(withBoth()).replace("\"language\":\"fr\"", "\"language\":\"fr_FR!\"");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(text));
    assertThat(e.getProblems()).anySatisfy(p -> {
      assertThat(p.getPointer()).isEqualTo("/language");
      assertThat(p.getMessage()).contains("BCP 47");
    });
    assertThat(PlanSchema.errors(text)).isNotEmpty();
  }

  @Test
  void language_of_the_wrong_type_is_located() {
    String text = json.toJson(withBoth()).replace("\"language\":\"fr\"", "\"language\":42");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(text));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p.getPointer()).isEqualTo("/language"));
  }

  @Test
  void required_code_listed_twice_is_refused() {
    String text = json.toJson(withBoth()).replace("\"code\":\"2.3-11\"", "\"code\":\"1.1-01\"");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(text));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p.getMessage()).contains("more than once"));
  }
}
