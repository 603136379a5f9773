package fr.okrsante.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.UnknownIdException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Initiatives of named key results from saved Jira or GitLab issue lists (the library makes no
 * HTTP call): a key result whose metric counts its initiatives, or takes the share of them done,
 * then moves as the issues are closed.
 *
 * <pre>{@code
 * IssueImport jira = IssueImport.jira().keyResults(List.of("kr-dpi")).build();
 * ImportReport result = jira.apply(plan, Path.of("search.json"));
 * }</pre>
 *
 * <ul>
 *   <li><b>Jira</b> (Cloud REST v3 search results, {@code {"issues": [...]}}): {@code statusCategory}
 *       {@code new} / {@code indeterminate} / {@code done} → planned / in progress / done;
 *       done on {@code resolutiondate}'s day in the zone; a {@code resolution} named in
 *       {@link Builder#cancelledWhen(Collection)} (by default Won't Do, Won't Fix, Duplicate,
 *       Cannot Reproduce, Declined) → cancelled. Initiative {@code jira-<KEY>}, external
 *       reference {@code jira:<KEY>}.</li>
 *   <li><b>GitLab</b> (the issues API's array): {@code opened} → planned (in progress with a label
 *       of {@link Builder#inProgressWhen(Collection)}: doing, in progress, en cours), {@code closed}
 *       → done on {@code closed_at}'s day, or cancelled with a label of
 *       {@link Builder#cancelledWhen(Collection)} (by default wontfix, won't do, duplicate,
 *       invalid; GitLab has no resolution). Initiative {@code gitlab-<project_id>-<iid>}, external
 *       reference {@code gitlab:<project_id>#<iid>}.</li>
 *   <li>Labels and resolutions are compared without case, accents or punctuation.</li>
 *   <li>Re-importing updates states (and adds the key results named); nothing is deleted: an
 *       issue imported before for these key results and no longer in the source is reported
 *       {@link ImportOutcome.Kind#VANISHED}. All or nothing by default.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IssueImport {

  private static final Logger LOG = LoggerFactory.getLogger(IssueImport.class);

  /** Which tool wrote the pages. */
  private enum Tool { JIRA, GITLAB }

  private final Tool tool;
  private final List<String> keyResults;
  private final ZoneId zone;
  private final Set<String> cancelled;
  private final Set<String> inProgress;
  private final boolean allOrNothing;

  private IssueImport(Builder b) {
    this.tool = b.tool;
    this.keyResults = List.copyOf(b.keyResults);
    this.zone = b.zone;
    this.cancelled = folded(b.cancelled);
    this.inProgress = folded(b.inProgress);
    this.allOrNothing = b.allOrNothing;
  }

  private static Set<String> folded(Collection<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(CheckInColumn.fold(n)));
    return out;
  }

  /**
   * Returns a builder for saved Jira search results.
   *
   * @return a new builder
   */
  public static Builder jira() {
    return new Builder(Tool.JIRA, List.of("Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined"));
  }

  /**
   * Returns a builder for saved GitLab issue lists.
   *
   * @return a new builder
   */
  public static Builder gitlab() {
    return new Builder(Tool.GITLAB, List.of("wontfix", "won't do", "duplicate", "invalid"));
  }

  /**
   * Applies a saved page (or a folder of them) to a plan. The plan is unchanged.
   *
   * @param plan the plan
   * @param pages a JSON file, or a folder of them
   * @return the new plan and what happened to each issue
   * @throws SourceFormatException if a page is not readable JSON within limits, or not a search result
   * @throws UnknownIdException if the plan has no key result of one of the ids given
   */
  public ImportReport apply(Plan plan, Path pages) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(pages, "pages");
    for (String keyResult : keyResults) {
      if (plan.keyResult(keyResult).isEmpty()) {
        throw new UnknownIdException("key result", keyResult);
      }
    }
    Plan current = plan;
    List<ImportOutcome> outcomes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String prefix = tool == Tool.JIRA ? "jira:" : "gitlab:";
    for (Path file : ApiPages.files(pages)) {
      String name = pages.equals(file) ? String.valueOf(file.getFileName()) : String.valueOf(pages.relativize(file));
      JsonNode page = ApiPages.read(file, name);
      JsonNode issues = tool == Tool.JIRA ? page.get("issues") : page;
      if (issues == null || !issues.isArray()) {
        throw new SourceFormatException(name, 0, tool == Tool.JIRA
            ? "has no 'issues' array: expected a saved Jira search result ({\"issues\": [...]})"
            : "is not an array: expected a saved GitLab issues list ([{...}, ...])");
      }
      for (int i = 0; i < issues.size(); i++) {
        JsonNode issue = issues.get(i);
        long row = i + 1L;
        try {
          Initiative read = tool == Tool.JIRA ? jira(issue) : gitlab(issue);
          String ref = read.getExternalRef().orElseThrow();
          if (!seen.add(ref)) {
            outcomes.add(outcome(ImportOutcome.Kind.SKIPPED, name, row, "", ref + " appears twice: read once"));
            continue;
          }
          Optional<Initiative> existing = current.initiative(read.getId());
          Initiative initiative = read;
          if (existing.isPresent()) {
            Set<String> krs = new TreeSet<>(existing.get().getKeyResultIds());
            krs.addAll(read.getKeyResultIds());
            initiative = Initiative.builder().from(read).keyResultIds(krs).weight(existing.get().getWeight()).build();
            if (existing.get().equals(initiative)) {
              outcomes.add(outcome(ImportOutcome.Kind.SKIPPED, name, row, "", "initiative '" + initiative.getId() + "' unchanged"));
              continue;
            }
          }
          current = current.withInitiative(initiative);
          outcomes.add(outcome(existing.isPresent() ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.APPLIED, name, row, "",
              "initiative '" + initiative.getId() + "' " + state(initiative)
                  + existing.map(e -> " (was " + state(e) + ")").orElse("")));
        } catch (Refusal r) {
          outcomes.add(outcome(ImportOutcome.Kind.REFUSED, name, row, r.column, r.getMessage()));
        } catch (InvalidPlanException e) {
          PlanProblem first = e.getProblems().get(0);
          outcomes.add(outcome(ImportOutcome.Kind.REFUSED, name, row, "", "initiative refused: " + first.getPath() + ": "
              + first.getMessage()));
        }
      }
    }
    for (Initiative initiative : plan.getInitiatives()) {
      Optional<String> ref = initiative.getExternalRef();
      if (ref.isPresent() && ref.get().startsWith(prefix) && !seen.contains(ref.get())
          && initiative.getKeyResultIds().stream().anyMatch(keyResults::contains)) {
        outcomes.add(outcome(ImportOutcome.Kind.VANISHED, "", 0, "", "initiative '" + initiative.getId() + "' (" + ref.get()
            + ") is no longer in the source: kept as " + state(initiative) + ", not deleted"));
      }
    }
    List<String> assumptions = List.of(tool.name().toLowerCase(Locale.ROOT) + ": issues support " + keyResults
        + "; cancelled when " + (tool == Tool.JIRA ? "resolution" : "label") + " is one of " + new TreeSet<>(cancelled)
        + "; done dates in " + zone);
    boolean refused = outcomes.stream().anyMatch(o -> o.getKind() == ImportOutcome.Kind.REFUSED);
    if (refused && allOrNothing) {
      List<ImportOutcome> withheld = new ArrayList<>();
      for (ImportOutcome o : outcomes) {
        withheld.add(o.getKind() == ImportOutcome.Kind.APPLIED || o.getKind() == ImportOutcome.Kind.UPDATED
            ? o.as(ImportOutcome.Kind.WITHHELD, "not applied (" + o.getMessage() + "): the import is all or nothing and an issue was refused")
            : o);
      }
      return new ImportReport(plan, withheld, assumptions, 0);
    }
    ImportReport report = new ImportReport(current, outcomes, assumptions, 0);
    LOG.debug("{} import: {}", tool, report);
    return report;
  }

  private static String state(Initiative initiative) {
    return initiative.getState().name().toLowerCase(Locale.ROOT).replace('_', ' ') + initiative.getDoneOn().map(d -> " on " + d).orElse("");
  }

  private static ImportOutcome outcome(ImportOutcome.Kind kind, String file, long row, String column, String message) {
    return new ImportOutcome(kind, file, row, column, message, null, null, null);
  }

  private Initiative jira(JsonNode issue) {
    if (!issue.isObject()) {
      throw new Refusal("", "is not an object: expected a Jira issue");
    }
    String key = ApiPages.text(issue, "key");
    if (key == null || key.isBlank()) {
      throw new Refusal("key", "is missing: every Jira issue has its key (PROJ-12)");
    }
    JsonNode fields = issue.get("fields");
    if (fields == null || !fields.isObject()) {
      throw new Refusal("fields", "is missing: save the search with fields=summary,status,resolution,resolutiondate");
    }
    String summary = Objects.requireNonNullElse(ApiPages.text(fields, "summary"), key);
    JsonNode status = fields.get("status");
    JsonNode category = status == null ? null : status.get("statusCategory");
    String categoryKey = category == null ? null : ApiPages.text(category, "key");
    if (categoryKey == null) {
      throw new Refusal("fields.status.statusCategory.key", "is missing: expected new, indeterminate or done");
    }
    JsonNode resolution = fields.get("resolution");
    String resolutionName = resolution == null || resolution.isNull() ? null : ApiPages.text(resolution, "name");
    InitiativeState state;
    LocalDate doneOn = null;
    switch (categoryKey) {
      case "new" -> state = InitiativeState.PLANNED;
      case "indeterminate" -> state = InitiativeState.IN_PROGRESS;
      case "done" -> {
        if (resolutionName != null && cancelled.contains(CheckInColumn.fold(resolutionName))) {
          state = InitiativeState.CANCELLED;
        } else {
          state = InitiativeState.DONE;
          doneOn = ApiPages.dayIn(ApiPages.text(fields, "resolutiondate"), zone);
        }
      }
      default -> throw new Refusal("fields.status.statusCategory.key", "is '" + CsvRows.shorten(categoryKey)
          + "': expected new, indeterminate or done");
    }
    return initiative(ApiPages.id("jira-", key), summary, state, doneOn, "jira:" + key);
  }

  private Initiative gitlab(JsonNode issue) {
    if (!issue.isObject()) {
      throw new Refusal("", "is not an object: expected a GitLab issue");
    }
    String iid = ApiPages.text(issue, "iid");
    String project = ApiPages.text(issue, "project_id");
    if (iid == null || project == null) {
      throw new Refusal(iid == null ? "iid" : "project_id", "is missing: every GitLab issue has its project_id and iid");
    }
    String title = Objects.requireNonNullElse(ApiPages.text(issue, "title"), "#" + iid);
    Set<String> labels = new HashSet<>();
    JsonNode labelNodes = issue.get("labels");
    if (labelNodes != null && labelNodes.isArray()) {
      for (JsonNode label : labelNodes) {
        String text = label.isTextual() ? label.asText() : ApiPages.text(label, "name");
        if (text != null) {
          labels.add(CheckInColumn.fold(text));
        }
      }
    }
    String stateText = ApiPages.text(issue, "state");
    InitiativeState state;
    LocalDate doneOn = null;
    if ("opened".equals(stateText)) {
      state = labels.stream().anyMatch(inProgress::contains) ? InitiativeState.IN_PROGRESS : InitiativeState.PLANNED;
    } else if ("closed".equals(stateText)) {
      if (labels.stream().anyMatch(cancelled::contains)) {
        state = InitiativeState.CANCELLED;
      } else {
        state = InitiativeState.DONE;
        doneOn = ApiPages.dayIn(ApiPages.text(issue, "closed_at"), zone);
      }
    } else {
      throw new Refusal("state", "is '" + CsvRows.shorten(String.valueOf(stateText)) + "': expected opened or closed");
    }
    return initiative(ApiPages.id("gitlab-", project + "-" + iid), title, state, doneOn, "gitlab:" + project + "#" + iid);
  }

  private Initiative initiative(String id, String title, InitiativeState state, @Nullable LocalDate doneOn, String ref) {
    Initiative.Builder builder = Initiative.builder().id(id).title(title.isBlank() ? id : title.strip()).state(state)
        .keyResultIds(new TreeSet<>(keyResults)).externalRef(ref);
    if (doneOn != null) {
      builder.doneOn(doneOn);
    }
    return builder.build();
  }

  /** An issue that gives no initiative. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    Refusal(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  /** Builds {@link IssueImport}s. Not thread-safe. */
  public static final class Builder {
    private final Tool tool;
    private final Set<String> keyResults = new LinkedHashSet<>();
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private List<String> cancelled;
    private List<String> inProgress = List.of("doing", "in progress", "en cours");
    private boolean allOrNothing = true;

    private Builder(Tool tool, List<String> cancelled) {
      this.tool = tool;
      this.cancelled = cancelled;
    }

    /**
     * Adds the key results the issues support.
     *
     * @param keyResultIds the key result ids
     * @return this builder
     */
    public Builder keyResults(Collection<String> keyResultIds) {
      keyResultIds.forEach(id -> keyResults.add(Objects.requireNonNull(id, "keyResultIds[]")));
      return this;
    }

    /**
     * Sets the zone in which completion instants become dates.
     *
     * @param zone the zone, {@code Europe/Paris} by default
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the Jira resolutions, or GitLab labels, that mean cancelled (replacing the defaults).
     *
     * @param names the resolutions or labels
     * @return this builder
     */
    public Builder cancelledWhen(Collection<String> names) {
      this.cancelled = List.copyOf(names);
      return this;
    }

    /**
     * Sets the GitLab labels that make an open issue in progress (replacing the defaults).
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder inProgressWhen(Collection<String> labels) {
      this.inProgress = List.copyOf(labels);
      return this;
    }

    /**
     * Sets whether one refused issue leaves the plan unchanged.
     *
     * @param allOrNothing true (the default) for all or nothing
     * @return this builder
     */
    public Builder allOrNothing(boolean allOrNothing) {
      this.allOrNothing = allOrNothing;
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     * @throws IllegalStateException if no key result was named
     */
    public IssueImport build() {
      if (keyResults.isEmpty()) {
        throw new IllegalStateException("no key result: name the key results the issues support");
      }
      return new IssueImport(this);
    }
  }
}
