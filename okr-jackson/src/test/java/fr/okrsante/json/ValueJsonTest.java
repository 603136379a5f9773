package fr.okrsante.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Waypoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each value of a plan, written and read on its own through the module. */
class ValueJsonTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new OkrModule());
  private final Plan plan = HospitalPlan.build();

  private <T> void roundTrips(T value, Class<T> type) throws Exception {
    String text = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(text, type)).as("%s read back from %s", type.getSimpleName(), text).isEqualTo(value);
    assertThat(mapper.writeValueAsString(mapper.readValue(text, type))).isEqualTo(text);
  }

  @Test
  void every_value_of_the_hospital_plan_round_trips_on_its_own() throws Exception {
    for (OrgUnit unit : plan.getUnits()) {
      roundTrips(unit, OrgUnit.class);
    }
    for (Cycle cycle : plan.getCycles()) {
      roundTrips(cycle, Cycle.class);
    }
    for (Initiative initiative : plan.getInitiatives()) {
      roundTrips(initiative, Initiative.class);
    }
    for (AlignmentLink link : plan.getLinks()) {
      roundTrips(link, AlignmentLink.class);
    }
    for (Objective objective : plan.getObjectives()) {
      roundTrips(objective, Objective.class);
      objective.getStatusOverride().ifPresent(o -> assertThat(o).isNotNull());
      for (FrameworkRef ref : objective.getFrameworkRefs()) {
        roundTrips(ref, FrameworkRef.class);
      }
      for (KeyResult keyResult : objective.getKeyResults()) {
        roundTrips(keyResult, KeyResult.class);
        roundTrips(keyResult.getMetric(), Metric.class);
        for (CheckIn checkIn : keyResult.getCheckIns()) {
          roundTrips(checkIn, CheckIn.class);
        }
        for (Waypoint waypoint : keyResult.getWaypoints()) {
          roundTrips(waypoint, Waypoint.class);
        }
      }
    }
    roundTrips(Target.reduceBy(20), Target.class);
  }

  @Test
  void a_posted_check_in_reads_with_defaults() throws Exception {
    CheckIn checkIn = mapper.readValue("{\"observedOn\": \"2026-03-31\", \"value\": 87.50}", CheckIn.class);
    assertThat(checkIn).isEqualTo(CheckIn.of(LocalDate.of(2026, 3, 31), new BigDecimal("87.50")));
  }

  @Test
  void a_bad_check_in_reports_every_problem_relative_to_itself() {
    Throwable thrown = catchThrowable(() -> mapper.readValue(
        "{\"observedOn\": \"2026-02-30\", \"value\": 75, \"numerator\": 3, \"confidence\": 2, \"mood\": \"ok\"}",
        CheckIn.class));
    OkrJsonException e = thrown instanceof OkrJsonException direct ? direct : (OkrJsonException) thrown.getCause();
    List<String> pointers = new ArrayList<>();
    e.getProblems().forEach(p -> pointers.add(p.getPointer()));
    assertThat(pointers).containsExactly("/observedOn", "/mood");
  }

  @Test
  void a_metric_reports_its_domain_problem_relative_to_itself() {
    Throwable thrown = catchThrowable(() -> mapper.readValue(
        "{\"type\": \"rate\", \"baseline\": 80, \"target\": {\"value\": 80.0}}", Metric.class));
    OkrJsonException e = thrown instanceof OkrJsonException direct ? direct : (OkrJsonException) thrown.getCause();
    assertThat(e.getProblems()).singleElement().satisfies(p -> {
      assertThat(p.getPointer()).isEqualTo("/target");
      assertThat(p.getLine()).isEqualTo(1);
      assertThat(p.getColumn()).isEqualTo(44);
    });
  }
}
