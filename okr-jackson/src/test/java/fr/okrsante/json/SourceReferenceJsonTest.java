package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Plan;
import org.junit.jupiter.api.Test;

/** A key result's indicator binding and a check-in's source reference in the plan document. */
class SourceReferenceJsonTest {

  private final OkrJson json = OkrJson.standard();

  @Test
  void indicator_binding_and_source_reference_read_back_equal() {
    Plan plan = HospitalPlan.build();
    Plan read = json.readPlan(json.toJson(plan));
    KeyResult msp = read.keyResult("kr-msp-eig").orElseThrow();
    assertThat(msp.getIndicator()).contains(IndicatorBinding.of("https://example.org/fhir/Measure/eig-30j"));
    assertThat(msp.getCheckIns().get(0).getSourceRef()).contains("fhir:MeasureReport/eig-msp-1/_history/1");
    assertThat(read.keyResult("kr-satisfaction").orElseThrow().getIndicator())
        .contains(IndicatorBinding.of("https://www.has-sante.fr/iqss", "ESATIS48H"));
  }

  @Test
  void document_writes_the_binding_as_an_object_and_the_reference_as_a_string() {
    String text = json.toJson(HospitalPlan.build());
    assertThat(text).contains("\"indicator\":{\"system\":\"https://www.has-sante.fr/iqss\",\"code\":\"ESATIS48H\"}")
        .contains("\"indicator\":{\"code\":\"https://example.org/fhir/Measure/eig-30j\"}")
        .contains("\"sourceRef\":\"fhir:MeasureReport/eig-msp-1/_history/1\"");
    PlanSchema.assertValid(text, "the hospital plan with bindings and source references");
  }

  @Test
  void a_repeated_source_reference_is_refused_where_it_stands() {
    String text = json.toJson(HospitalPlan.build());
    String checkIn = text.substring(text.indexOf("{\"observedOn\":\"2026-01-31\""));
    checkIn = checkIn.substring(0, checkIn.indexOf('}') + 1);
    String doubled = text.replace(checkIn, checkIn + "," + checkIn);
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(doubled));
    assertThat(e).isNotNull();
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p.getMessage()).contains("source reference of an earlier check-in"));
  }

  @Test
  void a_source_reference_with_a_control_character_is_refused_with_its_location() {
    String text = json.toJson(HospitalPlan.build()).replace("eig-msp-1/_history/1", "eig-msp-1\\u0000");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(text));
    assertThat(e).isNotNull();
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).contains("checkIns/0");
      assertThat(p.getLine()).isPositive();
      assertThat(p.getMessage()).contains("control character");
    });
  }

  @Test
  void an_indicator_binding_with_a_version_bar_is_refused() {
    String text = json.toJson(HospitalPlan.build()).replace("Measure/eig-30j\"", "Measure/eig-30j|2024\"");
    OkrJsonException e = catchThrowableOfType(OkrJsonException.class, () -> json.readPlan(text));
    assertThat(e).isNotNull();
    assertThat(e.getProblems()).singleElement().satisfies(p -> assertThat(p.getPointer()).endsWith("/indicator/code"));
  }
}
