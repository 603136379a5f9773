package fr.okrsante.examples;

import fr.okrsante.fhir.GoalExport;
import fr.okrsante.fhir.ImportOutcome;
import fr.okrsante.fhir.ImportReport;
import fr.okrsante.fhir.MeasureReportImport;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.Viewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The hospital's quality indicators arrive as FHIR: the regional platform sends a Bundle of summary
 * MeasureReports for December 2026 (e-Satis MCO 48 h, an IQSS indicator, and the share of serious
 * adverse events analysed within 30 days); the plan's key results take them as check-ins, and the
 * direction's objectives go back out as FHIR Goals.
 *
 * <p>What the bundle ({@code fhir/hospital-reports-2026-12.json}) shows, computed by hand:
 * <ul>
 *   <li>e-Satis: a score of 89.2 % (UCUM {@code %}) → a check-in of 89.2 for {@code kr-satisfaction},
 *       observed on 31 December (period end), recorded on 12 January 2027 (a late report);</li>
 *   <li>adverse events: numerator 37, denominator 41 of which 2 excluded → 37/39 = 94.87… %, from
 *       the counts (the score 0.9487 agrees); the report covers the year, longer than the monthly
 *       cadence, which is reported as a warning;</li>
 *   <li>the e-Satis report sent twice: skipped the second time (same source reference);</li>
 *   <li>an individual report about one patient: refused, never read further.</li>
 * </ul>
 *
 * <p>Run it: {@code java -cp okr-examples/target/okr.jar fr.okrsante.examples.HospitalFhirExample}.
 */
public final class HospitalFhirExample {

  /** The measures of the regional platform, mapped to the hospital plan's key results. */
  static final String MEASURES = "https://indicateurs.example.fr/fhir/Measure/";

  private HospitalFhirExample() {}

  /**
   * Imports the December reports into the hospital plan.
   *
   * @return the import's result
   */
  public static ImportReport importDecember() {
    MeasureReportImport fhir = MeasureReportImport.builder()
        .map(MEASURES + "iqss-esatis-mco-48h", "kr-satisfaction")
        .map(MEASURES + "eig-analyses-30j", "kr-eig")
        .build();
    try (InputStream reports = HospitalFhirExample.class.getResourceAsStream("fhir/hospital-reports-2026-12.json")) {
      if (reports == null) {
        throw new IllegalStateException("fhir/hospital-reports-2026-12.json is missing from the class path");
      }
      return fhir.apply(HospitalExample.plan(), reports);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the reports, prints what happened and the key results' figures, and the Goals a
   * cardiology nurse may see.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ImportReport result = importDecember();
    for (ImportOutcome outcome : result.getOutcomes()) {
      System.out.println(outcome);
    }
    System.out.println(result);
    Plan plan = result.getPlan();
    Evaluation december = Evaluation.of(plan, LocalDate.of(2026, 12, 31));
    for (String id : List.of("kr-satisfaction", "kr-eig")) {
      List<CheckIn> checkIns = plan.keyResult(id).orElseThrow().getCheckIns();
      CheckIn latest = checkIns.get(checkIns.size() - 1);
      KeyResultProgress progress = december.keyResult(id);
      System.out.println(id + ": " + latest.getValue().toPlainString() + " observed on " + latest.getObservedOn()
          + ", recorded " + latest.getRecordedAt() + " (" + latest.getSourceRef().orElse("manual") + "), status "
          + progress.getStatus());
    }
    Viewer nurse = Viewer.of("p-ide-cardio", Membership.member("chvs.cardiologie"));
    String goals = GoalExport.builder().namespace("https://chvs.example.fr/okr/").indent(true).build()
        .toJson(Access.of(plan, nurse).view(), LocalDate.of(2026, 12, 31));
    int count = goals.split("\"resourceType\" : \"Goal\"", -1).length - 1;
    System.out.println("FHIR Bundle for a cardiology nurse: " + count + " Goals; the first lines:");
    goals.lines().limit(12).forEach(System.out::println);
  }
}
