package fr.okrsante.importing;

import com.fasterxml.jackson.databind.JsonNode;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InitiativeState;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Lifecycle;
import fr.okrsante.plan.LinkMode;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.Visibility;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cycles, objectives, key results, alignment links, initiatives and check-ins from a folder of
 * Asana API pages the host saved ({@code {"data": [...]}}, any file names; the library makes no
 * HTTP call). Each record is dispatched by its {@code resource_type}.
 *
 * <pre>{@code
 * AsanaImport asana = AsanaImport.builder().ownerUnit("ville").zone(ZoneId.of("Europe/Paris")).build();
 * ImportReport result = asana.apply(plan, Path.of("asana-pages"));
 * }</pre>
 *
 * <p>The mapping, each rule tested by name in {@code AsanaImportTest}:
 * <ul>
 *   <li>{@code time_period} → a cycle {@code asana-tp-<gid>} (its {@code parent} kept).</li>
 *   <li>{@code goal} → an objective {@code asana-goal-<gid>} of the {@linkplain Builder#ownerUnit(String)
 *       owner unit}, in its time period's cycle. {@code privacy_setting} {@code public_to_workspace} →
 *       {@link Visibility#ORGANISATION}; {@code members_only} (or none) → {@link Visibility#PRIVATE}, the
 *       owner and followers granted by pseudonymous ids {@code asana-user-<gid>}. Open status
 *       {@code green}/{@code yellow}/{@code red} → a status override {@code ON_TRACK}/{@code BEHIND}/{@code AT_RISK}
 *       with Asana's label kept in the reason; closed {@code achieved}/{@code partial}/{@code missed} →
 *       {@link Lifecycle#CLOSED}, {@code dropped} → {@link Lifecycle#CANCELLED}.</li>
 *   <li>A goal's {@code metric} → a key result {@code asana-goal-<gid>-metric}: move from
 *       {@code initial_number_value} to {@code target_number_value}; {@code percentage} values are
 *       fractions (0.25 is 25 %) and become percents; {@code currency} EUR → euros; {@code none} →
 *       a count. Its {@code current_number_value} is a check-in of the import day.</li>
 *   <li>{@code goal_relationship} {@code subgoal} → an alignment link child → parent with
 *       {@code contribution_weight} as its weight; a weight of 0 means "informs only"
 *       ({@link LinkMode#INFORMS}). A goal may have several parents.</li>
 *   <li>Supporting tasks → a milestone key result {@code asana-goal-<gid>-tasks} that takes its
 *       progress from the weighted share of its initiatives done; each {@code task} → an initiative
 *       {@code asana-task-<gid>} ({@code completed} → done on {@code completed_at}'s day in the
 *       {@linkplain Builder#zone(ZoneId) zone}, weight = {@code contribution_weight} when above 0).</li>
 *   <li>Supporting projects → a rate key result {@code asana-goal-<gid>-project-<gid>} with a
 *       check-in per import day recomputed from the project's {@code task_counts}
 *       ({@code num_completed_tasks / num_tasks}), never from Asana's displayed value. Task counts come
 *       inline ({@code "task_counts": {...}} on the project) or as a saved
 *       {@code /projects/<gid>/task_counts} page named {@code task_counts_<gid>.json}.</li>
 *   <li>Asana keeps no history: each import appends the day's check-ins (source reference
 *       {@code asana:goal:<gid>@<day>}, {@code asana:project:<gid>@<day>}), so re-importing the same
 *       day adds nothing. Re-importing updates statuses and initiative states; an objective or initiative
 *       imported before and no longer in the pages is reported {@link ImportOutcome.Kind#VANISHED},
 *       never deleted.</li>
 * </ul>
 * All or nothing by default: a refused record leaves the plan unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AsanaImport {

  private static final Logger LOG = LoggerFactory.getLogger(AsanaImport.class);
  private static final Pattern TASK_COUNTS_FILE = Pattern.compile(".*task_counts[_-]?([0-9]{1,30})\\.json");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final String AUTHOR = "asana";

  private final String ownerUnit;
  private final ZoneId zone;
  private final Clock clock;
  private final boolean allOrNothing;

  private AsanaImport(Builder b) {
    this.ownerUnit = Objects.requireNonNull(b.ownerUnit, "ownerUnit");
    this.zone = b.zone;
    this.clock = b.clock;
    this.allOrNothing = b.allOrNothing;
  }

  /**
   * Returns a builder; {@link Builder#ownerUnit(String)} must be set. Defaults: zone
   * {@code Europe/Paris}, the system clock, all or nothing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies a folder of saved Asana pages (or one page) to a plan. The plan is unchanged.
   *
   * @param plan the plan; it must have the owner unit
   * @param pages the folder (its {@code .json} files, sub-folders included) or one file
   * @return the new plan, what happened to each record, what was assumed
   * @throws SourceFormatException if a page is not readable JSON within limits, or not an API response
   * @throws UnknownIdException if the plan has no unit with the owner unit's id
   */
  public ImportReport apply(Plan plan, Path pages) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(pages, "pages");
    if (plan.unit(ownerUnit).isEmpty()) {
      throw new UnknownIdException("unit", ownerUnit);
    }
    return new Run(plan).run(pages);
  }

  private final class Run {
    private final Plan original;
    private final Map<String, Cycle> cycleMap = new LinkedHashMap<>();
    private final Map<String, Objective> objectiveMap = new LinkedHashMap<>();
    private final Map<String, Initiative> initiativeMap = new LinkedHashMap<>();
    private final Map<String, AlignmentLink> linkMap = new LinkedHashMap<>();
    private final Map<String, ApiPages.Item> sources = new HashMap<>();
    private final LocalDate today;
    private final Instant now;
    private final List<ImportOutcome> outcomes = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final Map<String, ApiPages.Item> periods = new LinkedHashMap<>();
    private final Map<String, ApiPages.Item> goals = new LinkedHashMap<>();
    private final List<ApiPages.Item> relationships = new ArrayList<>();
    private final Map<String, ApiPages.Item> projects = new LinkedHashMap<>();
    private final Map<String, ApiPages.Item> tasks = new LinkedHashMap<>();
    private final Map<String, ApiPages.Item> taskCounts = new HashMap<>();
    private final Map<String, Integer> ignored = new java.util.TreeMap<>();

    Run(Plan plan) {
      this.original = plan;
      plan.getCycles().forEach(c -> cycleMap.put(c.getId(), c));
      plan.getObjectives().forEach(o -> objectiveMap.put(o.getId(), o));
      plan.getInitiatives().forEach(i -> initiativeMap.put(i.getId(), i));
      plan.getLinks().forEach(l -> linkMap.put(l.getChildId() + " → " + l.getParentId(), l));
      this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      this.today = LocalDate.ofInstant(now, zone);
    }

    ImportReport run(Path source) {
      for (Path file : ApiPages.files(source)) {
        String name = source.equals(file) ? String.valueOf(file.getFileName()) : String.valueOf(source.relativize(file));
        JsonNode page = ApiPages.read(file, name);
        for (ApiPages.Item item : ApiPages.data(page, name)) {
          dispatch(item, file);
        }
      }
      assumptions.add("import day: " + today + " (" + zone + ")");
      ignored.forEach((type, count) -> assumptions.add(count + " records of type '" + type + "' ignored"));
      cycles();
      Map<String, List<ApiPages.Item>> supporting = new HashMap<>();
      for (ApiPages.Item relationship : relationships) {
        String goal = ApiPages.gid(relationship.node(), "supported_goal");
        String subtype = ApiPages.text(relationship.node(), "resource_subtype");
        if (goal == null) {
          refuse(relationship, "supported_goal", "has no supported_goal.gid: expected the goal this relationship supports");
          continue;
        }
        if (!"subgoal".equals(subtype)) {
          supporting.computeIfAbsent(goal, k -> new ArrayList<>()).add(relationship);
        }
      }
      Map<String, Double> taskWeights = new HashMap<>();
      Map<String, Set<String>> taskKeyResults = new HashMap<>();
      for (Map.Entry<String, ApiPages.Item> goal : goals.entrySet()) {
        objective(goal.getKey(), goal.getValue(), supporting.getOrDefault(goal.getKey(), List.of()), taskWeights, taskKeyResults);
      }
      links();
      initiatives(taskWeights, taskKeyResults);
      vanished();
      return finish();
    }

    private void dispatch(ApiPages.Item item, Path file) {
      JsonNode node = item.node();
      if (!node.isObject()) {
        refuse(item, "", "is not an object: expected an Asana resource");
        return;
      }
      String type = ApiPages.text(node, "resource_type");
      if (type == null) {
        Matcher m = TASK_COUNTS_FILE.matcher(file.getFileName().toString());
        if (node.has("num_tasks") && m.matches()) {
          taskCounts.put(m.group(1), item);
          return;
        }
        refuse(item, "resource_type", "is missing: expected time_period, goal, goal_relationship, project or task "
            + "(task counts go in a file named task_counts_<project gid>.json)");
        return;
      }
      String gid = ApiPages.text(node, "gid");
      if (gid == null && !"goal_relationship".equals(type)) {
        refuse(item, "gid", "is missing: every Asana resource has its gid");
        return;
      }
      switch (type) {
        case "time_period" -> periods.put(gid, item);
        case "goal" -> goals.put(gid, item);
        case "goal_relationship" -> relationships.add(item);
        case "project" -> projects.put(gid, item);
        case "task" -> tasks.put(gid, item);
        default -> ignored.merge(type, 1, Integer::sum);
      }
    }

    // ------------------------------------------------------------ cycles

    private void cycles() {
      List<String> pending = new ArrayList<>(periods.keySet());
      Set<String> done = new HashSet<>();
      boolean progress = true;
      while (!pending.isEmpty() && progress) {
        progress = false;
        for (var it = pending.iterator(); it.hasNext();) {
          String gid = it.next();
          ApiPages.Item item = periods.get(gid);
          String parent = ApiPages.gid(item.node(), "parent");
          if (parent != null && periods.containsKey(parent) && !done.contains(parent)) {
            continue;
          }
          it.remove();
          done.add(gid);
          progress = true;
          cycle(gid, item, parent);
        }
      }
    }

    private void cycle(String gid, ApiPages.Item item, @Nullable String parent) {
      JsonNode node = item.node();
      LocalDate start = ApiPages.date(ApiPages.text(node, "start_on"));
      LocalDate end = ApiPages.date(ApiPages.text(node, "end_on"));
      if (start == null || end == null) {
        refuse(item, start == null ? "start_on" : "end_on", "is missing or not a date (2026-01-01): a time period has both");
        return;
      }
      String label = Optional.ofNullable(ApiPages.text(node, "display_name"))
          .orElse(Objects.requireNonNullElse(ApiPages.text(node, "period"), "") + " " + start.getYear()).strip();
      Cycle.Builder builder = Cycle.builder().id(ApiPages.id("asana-tp-", gid)).label(label).startDate(start).endDate(end);
      if (parent != null) {
        String parentId = ApiPages.id("asana-tp-", parent);
        if (cycleMap.containsKey(parentId)) {
          builder.parentId(parentId);
        }
      }
      try {
        Cycle cycle = builder.build();
        Optional<Cycle> existing = Optional.ofNullable(cycleMap.get(cycle.getId()));
        if (existing.isPresent() && existing.get().equals(cycle)) {
          outcome(ImportOutcome.Kind.SKIPPED, item, "cycle '" + cycle.getId() + "' unchanged");
          return;
        }
        cycleMap.put(cycle.getId(), cycle);
        sources.put("cycles[" + cycle.getId() + "]", item);
        outcome(existing.isPresent() ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.APPLIED, item,
            "cycle '" + cycle.getId() + "' (" + label + ", " + start + " – " + end + ")");
      } catch (InvalidPlanException e) {
        refuse(item, "", "cycle refused: " + first(e));
      }
    }

    // ------------------------------------------------------------ objectives

    private void objective(String gid, ApiPages.Item item, List<ApiPages.Item> supporting, Map<String, Double> taskWeights,
        Map<String, Set<String>> taskKeyResults) {
      JsonNode node = item.node();
      String id = ApiPages.id("asana-goal-", gid);
      String name = ApiPages.text(node, "name");
      if (name == null || name.isBlank()) {
        refuse(item, "name", "is missing: a goal has a name");
        return;
      }
      String period = ApiPages.gid(node, "time_period");
      if (period == null) {
        refuse(item, "time_period", "is missing: the goal's cycle comes from its time period (save /time_periods too)");
        return;
      }
      String cycleId = ApiPages.id("asana-tp-", period);
      if (!cycleMap.containsKey(cycleId)) {
        refuse(item, "time_period", "is " + period + ", not among the saved time periods: save /time_periods/" + period);
        return;
      }
      Optional<Objective> existing = Optional.ofNullable(objectiveMap.get(id));
      Map<String, KeyResult> before = new HashMap<>();
      existing.ifPresent(o -> o.getKeyResults().forEach(kr -> before.put(kr.getId(), kr)));
      Objective.Builder builder = existing.map(Objective::toBuilder).orElseGet(Objective::builder);
      builder.id(id).title(name).ownerUnitId(existing.map(Objective::getOwnerUnitId).orElse(ownerUnit)).cycleId(cycleId);
      String notes = ApiPages.text(node, "notes");
      if (notes != null && !notes.isBlank()) {
        builder.description(notes.strip());
      }
      visibility(node, builder);
      List<KeyResult> keyResults = new ArrayList<>();
      List<CheckIn> ignoredCheckIns = new ArrayList<>();
      try {
        KeyResult metric = metric(gid, node, name, before, item);
        if (metric != null) {
          keyResults.add(metric);
        }
        Set<String> seenProjects = new TreeSet<>();
        boolean anyTask = false;
        for (ApiPages.Item relationship : supporting) {
          JsonNode resource = relationship.node().get("supporting_resource");
          String type = resource == null ? null : ApiPages.text(resource, "resource_type");
          String resourceGid = resource == null ? null : ApiPages.text(resource, "gid");
          if (type == null || resourceGid == null) {
            refuse(relationship, "supporting_resource", "has no resource_type and gid: expected the supporting task or project");
            continue;
          }
          double weight = weight(relationship);
          if ("task".equals(type)) {
            anyTask = true;
            String taskId = ApiPages.id("asana-task-", resourceGid);
            taskKeyResults.computeIfAbsent(taskId, k -> new TreeSet<>()).add(id + "-tasks");
            if (weight > 0) {
              taskWeights.putIfAbsent(taskId, weight);
            }
          } else if ("project".equals(type) && seenProjects.add(resourceGid)) {
            keyResults.add(project(gid, resourceGid, before, relationship));
          } else if (!"project".equals(type)) {
            ignored.merge("supporting " + type, 1, Integer::sum);
          }
        }
        if (anyTask) {
          String krId = id + "-tasks";
          KeyResult old = before.get(krId);
          keyResults.add(KeyResult.builder().id(krId).title(name + " — tâches Asana").metric(Milestone.fromInitiatives())
              .addAllCheckIns(old == null ? List.of() : old.getCheckIns()).build());
        }
      } catch (Refusal r) {
        refuse(r.item, r.column, r.getMessage());
        return;
      } catch (InvalidPlanException e) {
        refuse(item, "metric", "key result refused: " + first(e));
        return;
      }
      for (KeyResult old : before.values()) {
        if (keyResults.stream().noneMatch(k -> k.getId().equals(old.getId()))) {
          keyResults.add(old);
        }
      }
      builder.keyResults(keyResults);
      status(node, builder, existing, item);
      try {
        Objective objective = builder.build();
        if (existing.isPresent() && existing.get().equals(objective)) {
          outcome(ImportOutcome.Kind.SKIPPED, item, "objective '" + id + "' unchanged");
          return;
        }
        objectiveMap.put(id, objective);
        sources.put("objectives[" + id + "]", item);
        outcome(existing.isPresent() ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.APPLIED, item,
            "objective '" + id + "' with " + keyResults.size() + " key results" + (existing.isPresent() ? " updated" : ""));
      } catch (InvalidPlanException e) {
        refuse(item, "", "objective refused: " + first(e));
      }
      ignoredCheckIns.clear();
    }

    private void visibility(JsonNode node, Objective.Builder builder) {
      String privacy = ApiPages.text(node, "privacy_setting");
      if ("public_to_workspace".equals(privacy)) {
        builder.visibility(Visibility.ORGANISATION);
        return;
      }
      builder.visibility(Visibility.PRIVATE);
      Set<String> persons = new TreeSet<>();
      String owner = ApiPages.gid(node, "owner");
      if (owner != null) {
        persons.add(ApiPages.id("asana-user-", owner));
      }
      JsonNode followers = node.get("followers");
      if (followers != null && followers.isArray()) {
        for (JsonNode follower : followers) {
          String gid = ApiPages.text(follower, "gid");
          if (gid != null) {
            persons.add(ApiPages.id("asana-user-", gid));
          }
        }
      }
      builder.grantedPersonIds(persons);
      if (privacy == null) {
        assumptions.add("goal " + ApiPages.text(node, "gid") + ": no privacy_setting, made PRIVATE (the most restrictive)");
      }
    }

    private void status(JsonNode node, Objective.Builder builder, Optional<Objective> existing, ApiPages.Item item) {
      String status = ApiPages.text(node, "status");
      Status mapped = null;
      String label = null;
      if (status != null) {
        switch (status) {
          case "green" -> {
            mapped = Status.ON_TRACK;
            label = "On track";
          }
          case "yellow" -> {
            mapped = Status.BEHIND;
            label = "At risk";
          }
          case "red" -> {
            mapped = Status.AT_RISK;
            label = "Off track";
          }
          case "achieved", "partial", "missed" -> builder.lifecycle(Lifecycle.CLOSED);
          case "dropped" -> builder.lifecycle(Lifecycle.CANCELLED);
          default -> assumptions.add("goal " + ApiPages.text(node, "gid") + ": status '" + CsvRows.shorten(status) + "' not known, ignored");
        }
      }
      if (mapped == null) {
        return;
      }
      builder.lifecycle(Lifecycle.ACTIVE);
      String reason = "Asana: " + status + " (" + label + ")";
      Optional<StatusOverride> kept = existing.flatMap(Objective::getStatusOverride)
          .filter(o -> o.getReason().equals(reason));
      builder.statusOverride(kept.orElse(StatusOverride.of(mapped, AUTHOR, now, reason)));
    }

    private @Nullable KeyResult metric(String gid, JsonNode goal, String name, Map<String, KeyResult> before, ApiPages.Item item) {
      JsonNode metric = goal.get("metric");
      if (metric == null || metric.isNull()) {
        return null;
      }
      String unit = Objects.requireNonNullElse(ApiPages.text(metric, "unit"), "none");
      BigDecimal initial = number(metric, "initial_number_value", item);
      BigDecimal target = number(metric, "target_number_value", item);
      if (initial == null || target == null) {
        throw new Refusal(item, "metric", "has no initial_number_value and target_number_value: a metric moves from one to the other");
      }
      BigDecimal current = number(metric, "current_number_value", item);
      MeasureUnit measure;
      String unitLabel = null;
      switch (unit) {
        case "percentage" -> {
          measure = MeasureUnit.PERCENT;
          initial = initial.multiply(HUNDRED);
          target = target.multiply(HUNDRED);
          current = current == null ? null : current.multiply(HUNDRED);
        }
        case "currency" -> {
          String code = ApiPages.text(metric, "currency_code");
          if ("EUR".equals(code)) {
            measure = MeasureUnit.EUROS;
          } else {
            measure = MeasureUnit.COUNT;
            unitLabel = code;
          }
        }
        case "none" -> measure = MeasureUnit.COUNT;
        default -> throw new Refusal(item, "metric.unit", "is '" + CsvRows.shorten(unit) + "': expected none, currency or percentage");
      }
      if (initial.compareTo(target) == 0) {
        throw new Refusal(item, "metric", "initial and target are both " + initial.stripTrailingZeros().toPlainString()
            + ": a key result must move");
      }
      String krId = ApiPages.id("asana-goal-", gid) + "-metric";
      KeyResult old = before.get(krId);
      List<CheckIn> checkIns = new ArrayList<>(old == null ? List.of() : old.getCheckIns());
      if (current != null) {
        String ref = "asana:goal:" + gid + "@" + today;
        if (checkIns.stream().noneMatch(c -> c.getSourceRef().filter(ref::equals).isPresent())) {
          checkIns.add(CheckIn.builder().value(clean(current)).observedOn(today).recordedAt(now).source(CheckInSource.IMPORT)
              .sourceRef(ref).build());
        }
      }
      KeyResult.Builder builder = KeyResult.builder().id(krId).title(name).unit(measure)
          .metric(MoveToTarget.of(clean(initial), Target.absolute(clean(target).toPlainString()))).addAllCheckIns(checkIns);
      if (unitLabel != null) {
        builder.unitLabel(unitLabel);
      }
      return builder.build();
    }

    private KeyResult project(String goalGid, String projectGid, Map<String, KeyResult> before, ApiPages.Item relationship) {
      String krId = ApiPages.id("asana-goal-", goalGid) + "-project-" + ApiPages.id("", projectGid);
      ApiPages.Item project = projects.get(projectGid);
      String title = project == null ? null : ApiPages.text(project.node(), "name");
      if (title == null) {
        JsonNode resource = relationship.node().get("supporting_resource");
        title = Objects.requireNonNullElse(ApiPages.text(resource, "name"), "Projet Asana " + projectGid);
      }
      KeyResult old = before.get(krId);
      List<CheckIn> checkIns = new ArrayList<>(old == null ? List.of() : old.getCheckIns());
      JsonNode counts = null;
      ApiPages.Item countsItem = taskCounts.get(projectGid);
      if (countsItem != null) {
        counts = countsItem.node();
      } else if (project != null && project.node().get("task_counts") != null) {
        counts = project.node().get("task_counts");
      }
      if (counts == null) {
        assumptions.add("project " + projectGid + ": no task counts saved, no check-in today");
      } else {
        ApiPages.Item at = countsItem != null ? countsItem : Objects.requireNonNull(project);
        BigDecimal total = number(counts, "num_tasks", at);
        BigDecimal done = number(counts, "num_completed_tasks", at);
        if (total == null || done == null || total.signum() < 0 || done.signum() < 0 || done.compareTo(total) > 0) {
          throw new Refusal(at, "task_counts", "expected num_tasks and num_completed_tasks, 0 ≤ completed ≤ tasks");
        }
        String ref = "asana:project:" + projectGid + "@" + today;
        if (total.signum() == 0) {
          assumptions.add("project " + projectGid + ": no task yet, no check-in today");
        } else if (checkIns.stream().noneMatch(c -> c.getSourceRef().filter(ref::equals).isPresent())) {
          checkIns.add(CheckIn.rateBuilder(done, total).observedOn(today).recordedAt(now).source(CheckInSource.IMPORT)
              .sourceRef(ref).build());
        }
      }
      return KeyResult.builder().id(krId).title(title).unit(MeasureUnit.PERCENT).metric(Rate.ofPercent("0", "100"))
          .addAllCheckIns(checkIns).build();
    }

    private @Nullable BigDecimal number(JsonNode node, String field, ApiPages.Item item) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isNumber()) {
        throw new Refusal(item, field, "is " + CsvRows.shorten(value.toString()) + ": expected a number");
      }
      return value.decimalValue();
    }

    private double weight(ApiPages.Item relationship) {
      JsonNode weight = relationship.node().get("contribution_weight");
      if (weight == null || weight.isNull()) {
        return 0;
      }
      if (!weight.isNumber() || weight.doubleValue() < 0 || weight.doubleValue() > 1) {
        throw new Refusal(relationship, "contribution_weight", "is " + CsvRows.shorten(weight.toString())
            + ": expected a number from 0 to 1");
      }
      return weight.doubleValue();
    }

    // ------------------------------------------------------------ links

    private void links() {
      for (ApiPages.Item relationship : relationships) {
        JsonNode node = relationship.node();
        if (!"subgoal".equals(ApiPages.text(node, "resource_subtype"))) {
          continue;
        }
        String parent = ApiPages.gid(node, "supported_goal");
        String child = ApiPages.gid(node, "supporting_resource");
        if (parent == null || child == null) {
          continue;
        }
        String parentId = ApiPages.id("asana-goal-", parent);
        String childId = ApiPages.id("asana-goal-", child);
        if (!objectiveMap.containsKey(parentId) || !objectiveMap.containsKey(childId)) {
          refuse(relationship, !objectiveMap.containsKey(childId) ? "supporting_resource" : "supported_goal",
              "links goal " + child + " to goal " + parent + ", but " + (!objectiveMap.containsKey(childId) ? child : parent)
                  + " was not imported: save its page too");
          continue;
        }
        double weight;
        try {
          weight = weight(relationship);
        } catch (Refusal r) {
          refuse(r.item, r.column, r.getMessage());
          continue;
        }
        AlignmentLink link = weight > 0 ? AlignmentLink.of(childId, parentId, weight, LinkMode.CONTRIBUTES)
            : AlignmentLink.of(childId, parentId, 0, LinkMode.INFORMS);
        String key = childId + " → " + parentId;
        Optional<AlignmentLink> existing = Optional.ofNullable(linkMap.get(key));
        if (existing.isPresent() && existing.get().equals(link)) {
          outcome(ImportOutcome.Kind.SKIPPED, relationship, "link " + childId + " → " + parentId + " unchanged");
          continue;
        }
        linkMap.put(key, link);
        sources.put("links[" + childId + "→" + parentId + "]", relationship); // the key of its problem paths
        outcome(existing.isPresent() ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.APPLIED, relationship, "link "
            + key + (weight > 0 ? " contributes, weight " + weight : " informs only (weight 0)"));
      }
    }

    // ------------------------------------------------------------ initiatives

    private void initiatives(Map<String, Double> taskWeights, Map<String, Set<String>> taskKeyResults) {
      for (Map.Entry<String, ApiPages.Item> task : tasks.entrySet()) {
        ApiPages.Item item = task.getValue();
        JsonNode node = item.node();
        String id = ApiPages.id("asana-task-", task.getKey());
        String name = ApiPages.text(node, "name");
        if (name == null || name.isBlank()) {
          refuse(item, "name", "is missing: a task has a name");
          continue;
        }
        JsonNode completed = node.get("completed");
        boolean done = completed != null && completed.asBoolean(false);
        Initiative.Builder builder = Initiative.builder().id(id).title(name.strip())
            .state(done ? InitiativeState.DONE : InitiativeState.PLANNED)
            .weight(taskWeights.getOrDefault(id, 1.0))
            .keyResultIds(taskKeyResults.getOrDefault(id, Set.of()))
            .externalRef("asana:task:" + task.getKey());
        if (done) {
          LocalDate on = ApiPages.dayIn(ApiPages.text(node, "completed_at"), zone);
          if (on != null) {
            builder.doneOn(on);
          }
        }
        Optional<Initiative> existing = Optional.ofNullable(initiativeMap.get(id));
        try {
          Initiative initiative = builder.build();
          if (existing.isPresent() && existing.get().equals(initiative)) {
            outcome(ImportOutcome.Kind.SKIPPED, item, "initiative '" + id + "' unchanged");
            continue;
          }
          initiativeMap.put(id, initiative);
          sources.put("initiatives[" + id + "]", item);
          outcome(existing.isPresent() ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.APPLIED, item, "initiative '" + id
              + "' " + initiative.getState().name().toLowerCase(java.util.Locale.ROOT)
              + initiative.getDoneOn().map(d -> " on " + d).orElse("")
              + (existing.isPresent() ? " (was " + existing.get().getState().name().toLowerCase(java.util.Locale.ROOT) + ")" : ""));
        } catch (InvalidPlanException e) {
          refuse(item, "", "initiative refused: " + first(e));
        }
      }
    }

    private void vanished() {
      Set<String> goalIds = new HashSet<>();
      goals.keySet().forEach(g -> goalIds.add(ApiPages.id("asana-goal-", g)));
      for (Objective objective : original.getObjectives()) {
        if (objective.getId().startsWith("asana-goal-") && !goalIds.contains(objective.getId())) {
          outcomes.add(new ImportOutcome(ImportOutcome.Kind.VANISHED, "", 0, "", "objective '" + objective.getId()
              + "' is no longer in the pages: kept, not deleted", null, null, null));
        }
      }
      for (Initiative initiative : original.getInitiatives()) {
        Optional<String> ref = initiative.getExternalRef();
        if (ref.isPresent() && ref.get().startsWith("asana:task:") && !tasks.containsKey(ref.get().substring(11))) {
          outcomes.add(new ImportOutcome(ImportOutcome.Kind.VANISHED, "", 0, "", "initiative '" + initiative.getId()
              + "' (" + ref.get() + ") is no longer in the pages: kept, not deleted", null, null, null));
        }
      }
    }

    private ImportReport finish() {
      boolean changed = outcomes.stream().anyMatch(o -> o.getKind() == ImportOutcome.Kind.APPLIED
          || o.getKind() == ImportOutcome.Kind.UPDATED);
      Plan plan = original;
      if (changed && outcomes.stream().noneMatch(o -> o.getKind() == ImportOutcome.Kind.REFUSED)) {
        try {
          // the plan's own heading (language, codes to cover, reviewed exceptions) is kept as it is
          Plan.Builder builder = Plan.builder().title(original.getTitle());
          original.getLanguage().ifPresent(builder::language);
          plan = builder.addAllRequiredFrameworkRefs(original.getRequiredFrameworkRefs())
              .addAllSuppressions(original.getSuppressions()).addAllUnits(original.getUnits())
              .addAllCycles(List.copyOf(cycleMap.values())).addAllObjectives(List.copyOf(objectiveMap.values()))
              .addAllInitiatives(List.copyOf(initiativeMap.values())).addAllLinks(List.copyOf(linkMap.values())).build();
        } catch (InvalidPlanException e) {
          for (PlanProblem problem : e.getProblems()) {
            List<ProblemPath.Segment> segments = problem.getProblemPath().getSegments();
            ApiPages.Item item = segments.size() >= 2 && !segments.get(0).isElement() && segments.get(1).isElement()
                ? sources.get(segments.get(0).getValue() + "[" + segments.get(1).getValue() + "]")
                : null;
            String message = "the plan refuses it: " + problem.getPath() + ": " + problem.getMessage();
            if (item == null) {
              outcomes.add(new ImportOutcome(ImportOutcome.Kind.REFUSED, "", 0, "", message, null, null, null));
            } else {
              refuse(item, "", message);
            }
          }
        }
      }
      boolean refused = outcomes.stream().anyMatch(o -> o.getKind() == ImportOutcome.Kind.REFUSED);
      if (refused && allOrNothing) {
        List<ImportOutcome> withheld = new ArrayList<>();
        for (ImportOutcome o : outcomes) {
          withheld.add(o.getKind() == ImportOutcome.Kind.APPLIED || o.getKind() == ImportOutcome.Kind.UPDATED
              ? o.as(ImportOutcome.Kind.WITHHELD, "not applied (" + o.getMessage() + "): the import is all or nothing and a record was refused")
              : o);
        }
        return new ImportReport(original, withheld, assumptions, 0);
      }
      ImportReport report = new ImportReport(plan, outcomes, assumptions, 0);
      LOG.debug("Asana import: {}", report);
      return report;
    }

    private void outcome(ImportOutcome.Kind kind, ApiPages.Item item, String message) {
      outcomes.add(new ImportOutcome(kind, item.file(), item.position(), "", message, null, null, null));
    }

    private void refuse(ApiPages.Item item, String column, String message) {
      outcomes.add(new ImportOutcome(ImportOutcome.Kind.REFUSED, item.file(), item.position(), column, message, null, null, null));
    }
  }

  private static BigDecimal clean(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String first(InvalidPlanException e) {
    PlanProblem problem = e.getProblems().get(0);
    return problem.getPath() + ": " + problem.getMessage();
  }

  /** A record refused while building an objective. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ApiPages.Item item;
    final String column;

    Refusal(ApiPages.Item item, String column, String message) {
      super(message, null, false, false);
      this.item = item;
      this.column = column;
    }
  }

  /** Builds {@link AsanaImport}s. Not thread-safe. */
  public static final class Builder {
    private @Nullable String ownerUnit;
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private Clock clock = Clock.systemUTC();
    private boolean allOrNothing = true;

    private Builder() {}

    /**
     * Sets the unit that owns the imported objectives (Asana teams are not org units).
     *
     * @param unitId the unit id
     * @return this builder
     */
    public Builder ownerUnit(String unitId) {
      this.ownerUnit = Objects.requireNonNull(unitId, "unitId");
      return this;
    }

    /**
     * Sets the organisation's zone: completion instants become dates there, and the import day.
     *
     * @param zone the zone, {@code Europe/Paris} by default
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the clock giving the import day and the check-ins' recording time.
     *
     * @param clock the clock, the system's UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets whether one refused record leaves the plan unchanged.
     *
     * @param allOrNothing true (the default) for all or nothing; false applies every valid record
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
     * @throws IllegalStateException if no owner unit was set
     */
    public AsanaImport build() {
      if (ownerUnit == null) {
        throw new IllegalStateException("ownerUnit is not set: name the unit owning the imported objectives");
      }
      return new AsanaImport(this);
    }
  }
}
