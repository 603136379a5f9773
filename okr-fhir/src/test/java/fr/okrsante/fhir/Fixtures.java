package fr.okrsante.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnitKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;

/**
 * A small hospital plan whose key results are bound to measures, and MeasureReports shaped like
 * DEQM's summary example ({@code MeasureReport-summ-measurereport01.json}: proportion, populations
 * 100/80/100, measureScore 0.8), written by us.
 */
final class Fixtures {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String BASE = "https://example.org/fhir/Measure/";
  static final String DPA = BASE + "iqss-dpa";
  static final String ATTENTE = BASE + "attente-urgences";
  static final String SATISFACTION = BASE + "esatis";
  static final String INFECTIONS = BASE + "infections";
  static final String JALON = BASE + "jalon";
  static final String POP = "http://terminology.hl7.org/CodeSystem/measure-population";

  private Fixtures() {}

  static Plan plan() {
    KeyResult dpa = KeyResult.builder().id("kr-dpa").title("Tenue du dossier patient").metric(Rate.ofPercent("40", "90"))
        .indicator(IndicatorBinding.of(DPA)).cadence(Period.ofMonths(3)).build();
    KeyResult attente = KeyResult.builder().id("kr-attente").title("Attente médiane aux urgences")
        .metric(MoveToTarget.of("240", Target.reduceBy(20))).unit(MeasureUnit.MINUTES).indicator(IndicatorBinding.of(ATTENTE))
        .build();
    KeyResult satisfaction = KeyResult.builder().id("kr-satisfaction").title("Satisfaction e-Satis")
        .metric(MoveToTarget.of("70", Target.absolute("85"))).unit(MeasureUnit.PERCENT)
        .indicator(IndicatorBinding.of(SATISFACTION)).build();
    KeyResult infections = KeyResult.builder().id("kr-infections").title("Infections du site opératoire")
        .metric(Rate.ofPercent("5", "2")).indicator(IndicatorBinding.of(INFECTIONS)).build();
    KeyResult jalon = KeyResult.builder().id("kr-jalon").title("Protocole validé").metric(Milestone.doneOrNot())
        .indicator(IndicatorBinding.of(JALON)).addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 15), "0")).build();
    return Plan.builder().title("CH test")
        .addUnits(OrgUnit.of("ch", "Centre hospitalier", UnitKind.ORGANISATION))
        .addCycles(Cycle.of("2026", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .addObjectives(Objective.builder().id("obj-qualite").title("Qualité des soins").ownerUnitId("ch").cycleId("2026")
            .addKeyResults(dpa, attente, satisfaction, infections, jalon).build())
        .build();
  }

  /** A summary report of {@link #DPA}: complete, Q1 2026, populations 100/80/100, score 0.8. */
  static ObjectNode summary() {
    ObjectNode report = MAPPER.createObjectNode();
    report.put("resourceType", "MeasureReport");
    report.put("id", "summ-01");
    report.putObject("meta").put("versionId", "1");
    ArrayNode extensions = report.putArray("extension");
    ObjectNode scoring = extensions.addObject();
    scoring.put("url", MeasureReportImport.SCORING_EXTENSION);
    scoring.putObject("valueCodeableConcept").putArray("coding").addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/measure-scoring").put("code", "proportion");
    report.put("status", "complete");
    report.put("type", "summary");
    report.put("measure", DPA + "|2026");
    report.put("date", "2026-04-15T10:00:00+02:00");
    report.putObject("reporter").put("reference", "Organization/ch");
    ObjectNode period = report.putObject("period");
    period.put("start", "2026-01-01");
    period.put("end", "2026-03-31");
    report.putObject("improvementNotation").putArray("coding").addObject()
        .put("system", MeasureReportImport.NOTATION_SYSTEM).put("code", "increase");
    ObjectNode group = report.putArray("group").addObject();
    group.put("id", "group-1");
    ArrayNode populations = group.putArray("population");
    population(populations, "initial-population", 100);
    population(populations, "numerator", 80);
    population(populations, "denominator", 100);
    group.putObject("measureScore").put("value", new BigDecimal("0.8"));
    return report;
  }

  static ObjectNode group(ObjectNode report) {
    return (ObjectNode) report.get("group").get(0);
  }

  static void population(ArrayNode populations, String code, long count) {
    ObjectNode population = populations.addObject();
    population.putObject("code").putArray("coding").addObject().put("system", POP).put("code", code);
    population.put("count", count);
  }

  static ArrayNode populations(ObjectNode report) {
    return (ArrayNode) group(report).get("population");
  }

  /** A report of a continuous measure (median waiting time) in minutes. */
  static ObjectNode continuous(String value, String code) {
    ObjectNode report = summary();
    report.put("id", "attente-01");
    report.put("measure", ATTENTE);
    report.remove("extension");
    report.remove("improvementNotation");
    ObjectNode group = group(report);
    group.remove("population");
    ObjectNode score = group.putObject("measureScore");
    score.put("value", new BigDecimal(value));
    if (code != null) {
      score.put("unit", code).put("system", MeasureReportImport.UCUM).put("code", code);
    }
    return report;
  }

  static ObjectNode bundle(ObjectNode... reports) {
    ObjectNode bundle = MAPPER.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    ArrayNode entries = bundle.putArray("entry");
    for (ObjectNode report : reports) {
      entries.addObject().set("resource", report);
    }
    return bundle;
  }

  static byte[] bytes(ObjectNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
