package fr.okrsante.examples;

import fr.okrsante.importing.AsanaImport;
import fr.okrsante.importing.ImportOutcome;
import fr.okrsante.importing.ImportReport;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * "Plan de prévention jeunesse": a town's youth-prevention plan kept in Asana, read from the API
 * pages its integration saved at the end of March and at the end of June 2026 (shipped in
 * {@code fr/okrsante/examples/asana/2026-03} and {@code 2026-06}).
 *
 * <pre>
 * asana-goal-2001  Plan de prévention jeunesse   ← project "Campagne de dépistage 2026" (task counts)
 *   ← asana-goal-2002  Sensibiliser les collégiens aux addictions   (0.5; four workshop tasks)
 *   ← asana-goal-2003  Former 40 animateurs jeunesse …              (0.5; a number metric)
 *   ← asana-goal-2004  Lettre d'information aux familles            (0: informs only; members only)
 * </pre>
 *
 * <p>The workshops' milestone key result ({@code asana-goal-2002-tasks}) moves by itself as the
 * workshop tasks are ticked in Asana: 2 of 4 done in March, 3 of 4 in June. The screening
 * campaign's rate is recomputed from the project's task counts at each import (3/12, then 8/12):
 * Asana keeps no history, the plan does.
 */
public final class YouthPreventionAsanaExample {

  /** The unit that owns the imported objectives. */
  public static final String UNIT = "ville.jeunesse";
  /** The files of a saved snapshot. */
  static final List<String> PAGES = List.of("time_periods.json", "goals.json", "goal_relationships.json", "projects.json",
      "task_counts_5001.json", "tasks.json");
  /** The snapshots, in order: the folder name and the day it was saved. */
  static final List<LocalDate> SNAPSHOTS = List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));

  private YouthPreventionAsanaExample() {}

  /**
   * The plan before any import: the town and its youth service.
   *
   * @return the empty plan
   */
  public static Plan emptyPlan() {
    return Plan.builder().title("Plan de prévention jeunesse 2026")
        .addUnits(OrgUnit.of("ville", "Ville de Saint-Aubin", UnitKind.ORGANISATION),
            OrgUnit.of(UNIT, "Service jeunesse et prévention", UnitKind.SERVICE, "ville"))
        .build();
  }

  /**
   * Imports one saved snapshot into a plan, as the integration would on the day it saved it.
   *
   * @param plan the plan
   * @param day the snapshot's day (one of {@link #SNAPSHOTS})
   * @return what the import did
   */
  public static ImportReport importSnapshot(Plan plan, LocalDate day) {
    Path folder = copy(String.format(Locale.ROOT, "asana/%d-%02d", day.getYear(), day.getMonthValue()));
    ZoneId paris = ZoneId.of("Europe/Paris");
    Clock evening = Clock.fixed(day.atTime(18, 0).atZone(paris).toInstant(), paris);
    return AsanaImport.builder().ownerUnit(UNIT).zone(paris).clock(evening).build().apply(plan, folder);
  }

  /** Copies a shipped snapshot to a temporary folder (resources may sit in a jar). */
  private static Path copy(String resource) {
    try {
      Path folder = Files.createTempDirectory("okr-asana-");
      folder.toFile().deleteOnExit();
      for (String page : PAGES) {
        try (InputStream in = YouthPreventionAsanaExample.class.getResourceAsStream(resource + "/" + page)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + resource + "/" + page);
          }
          Path file = folder.resolve(page);
          Files.copy(in, file);
          file.toFile().deleteOnExit();
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports both snapshots and prints how the workshops' milestone and the plan moved.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Plan plan = emptyPlan();
    for (LocalDate day : SNAPSHOTS) {
      ImportReport report = importSnapshot(plan, day);
      plan = report.getPlan();
      System.out.println("Import Asana du " + day + " : " + report);
      report.get(ImportOutcome.Kind.UPDATED).forEach(o -> System.out.println("  " + o));
      Evaluation evaluation = Evaluation.of(plan, day);
      KeyResultProgress workshops = evaluation.keyResult("asana-goal-2002-tasks");
      System.out.printf(Locale.ROOT, "  ateliers (jalon) : %.0f %%%n", 100 * workshops.getProgress().orElse(0));
      KeyResultProgress screening = evaluation.keyResult("asana-goal-2001-project-5001");
      System.out.printf(Locale.ROOT, "  campagne de dépistage : %.0f %%%n", 100 * screening.getProgress().orElse(0));
      System.out.printf(Locale.ROOT, "  plan de prévention jeunesse : %.0f %%%n",
          100 * evaluation.objective("asana-goal-2001").getProgress().orElse(0));
    }
    Tour.of(plan).dashboard(SNAPSHOTS.get(1), SNAPSHOTS.get(0));
  }
}
