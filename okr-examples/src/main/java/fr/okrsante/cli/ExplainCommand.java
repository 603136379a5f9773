package fr.okrsante.cli;

import fr.okrsante.dashboard.Labels;
import fr.okrsante.dashboard.TextDashboard;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.Access;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.Membership;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.Viewer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code okr explain FILE ID}: where a number comes from. For an objective, its contributions
 * (what, weight, progress, share); for a key result or an objective, its effective share in each
 * objective it serves. With {@code --viewer}, only what that viewer may see: hidden contributions
 * are counted, never named.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain an objective's progress (its contributions) and the effective share of an "
        + "objective or key result in each objective it serves.")
final class ExplainCommand implements Runnable {

  @ParentCommand
  @Nullable OkrCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan document (JSON).")
  @Nullable Path file;

  @Parameters(index = "1", paramLabel = "ID", description = "An objective id or a key result id.")
  @Nullable String id;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the figures, e.g. 2026-06-30 (default: today).")
  @Nullable LocalDate asOf;

  @Option(names = "--viewer", paramLabel = "SPEC",
      description = "Explain only what this viewer may see, e.g. lead:chvs.urgences (see okr report --help).")
  @Nullable String viewer;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language (default: the machine's).")
  @Nullable String language;

  /** A viewer who oversees every root unit, and so sees every objective of the plan. */
  private static Viewer everything(Plan plan) {
    List<Membership> memberships = new ArrayList<>();
    for (OrgUnit unit : plan.getUnits()) {
      if (unit.getParentId().isEmpty()) {
        memberships.add(Membership.overseer(unit.getId()));
      }
    }
    return Viewer.of(ViewerSpec.NO_PERSON, memberships);
  }

  @Override
  public void run() {
    OkrCommand okr = Objects.requireNonNull(parent, "parent");
    Labels labels = OkrCommand.labels(language);
    Plan plan = okr.documents().read(Objects.requireNonNull(file, "file"));
    String target = Objects.requireNonNull(id, "id");
    // one code path: without --viewer, the overseer of every root unit sees the whole plan
    Viewer who = viewer != null ? ViewerSpec.parse(viewer, plan).toViewer() : everything(plan);
    PlanView view = Access.of(plan, who).view();
    Plan shown = view.toPlan();
    LocalDate date = asOf != null ? asOf : LocalDate.now(okr.clock());
    EvaluationView evaluation = view.evaluate(date);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    Optional<Objective> objective = shown.objective(target);
    Optional<KeyResult> keyResult = shown.keyResult(target);
    if (objective.isEmpty() && keyResult.isEmpty()) {
      // a hidden id gets the same answer as an unknown one
      throw new CliException(CliException.USAGE, "'" + target + "' is neither an objective nor a key result of the plan"
          + (viewer != null ? " that this viewer may see" : ""));
    }
    out.println(labels.format("dashboard.asOf", labels.date(date)));
    if (objective.isPresent()) {
      ObjectiveProgress progress = evaluation.objective(target);
      out.println(objective.get().getTitle() + " [" + target + "]" + labels.get("punct.colon") + labels.percent(progress.getProgress()) + " · "
          + labels.status(progress.getStatus()) + " · " + labels.format("label.expected", labels.percent(progress.getExpectedProgress()))
          + " · " + labels.format("label.coverage", labels.percent(progress.getCoverage())));
      out.println(labels.get("section.contributions") + labels.get("punct.colon").stripTrailing());
      for (Contribution contribution : evaluation.contributions(target)) {
        String title = contribution.getKind() == Contribution.Kind.KEY_RESULT
            ? shown.keyResult(contribution.getSourceId()).map(KeyResult::getTitle).orElse("")
            : shown.objective(contribution.getSourceId()).map(Objective::getTitle).orElse("");
        out.println("  " + labels.get("kind." + contribution.getKind().name()) + " " + contribution.getSourceId() + " — " + title
            + labels.get("punct.colon") + labels.get("column.weight").toLowerCase(labels.getLocale()) + " " + labels.weight(contribution.getWeight()) + ", "
            + labels.get("column.progress").toLowerCase(labels.getLocale()) + " " + labels.percent(contribution.getProgress())
            + ", " + labels.get("column.share").toLowerCase(labels.getLocale()) + " " + labels.percent(contribution.getShare()));
      }
      int restricted = view.restrictedContributionCount(target);
      if (restricted > 0) {
        out.println("  " + labels.format("label.restricted", restricted));
      }
    } else {
      KeyResultProgress progress = evaluation.keyResult(target);
      out.println(keyResult.get().getTitle() + " [" + target + "]" + labels.get("punct.colon") + labels.percent(progress.getProgress()) + " · "
          + labels.status(progress.getStatus()) + " · " + labels.format("label.expected", labels.percent(progress.getExpectedProgress())));
    }
    Map<String, Double> shares = evaluation.effectiveShares(target);
    if (!shares.isEmpty()) {
      out.println(labels.get("column.share") + labels.get("punct.colon").stripTrailing());
      shares.forEach((ancestor, share) -> out.println("  → " + ancestor + " — "
          + shown.objective(ancestor).map(Objective::getTitle).orElse("") + labels.get("punct.colon") + labels.percent(share)));
    }
    out.flush();
    okr.print(TextDashboard.neutralise(text.toString()));
  }
}
