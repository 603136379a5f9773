package fr.okrsante.dashboard;

import fr.okrsante.plan.AlignmentGraph;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.FrameworkScheme;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.plan.Evaluator;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.plan.ProgressFigures;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import fr.okrsante.visibility.UnitFocus;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard shows of an evaluated plan, ready to render: the alignment tree with each
 * objective's progress, status, data coverage, key results and contributions; a summary per unit;
 * the framework codes the objectives serve; what is at risk; and, when asked, what moved since an
 * earlier date.
 *
 * <p>A dashboard holds no text of its own: {@link TextDashboard}, {@link HtmlDashboard} and
 * {@link CsvDashboard} render it in a language given by {@link Labels}. (For other tools, write the
 * figures themselves as okr-jackson's evaluation or view document.)
 *
 * <p><b>Figures and plan.</b> Every number comes from a {@link ProgressFigures}, whatever
 * implements it: a live {@link Evaluation}, a viewer's {@link EvaluationView}, or an evaluation or
 * view document read back from JSON. The dashboard copies no figure: its {@link ObjectiveLine}s
 * hold an objective's id and place in the tree, and the renderers read the figures
 * ({@link #getFigures()}). The figures name things by id only, so the dashboard also takes the
 * plan they are of, for what is not a figure: titles, owner units and the unit summary, the
 * alignment tree (roots, children, "informs" links), metrics (how a goal reads: "240 → 192 min",
 * "≥ 85 %"), framework references and the check-ins behind the trend charts. For a viewer, that
 * plan is the view's ({@link PlanView#toPlan()}, or the plan a view document embeds), so a view
 * document read back renders with nothing else. Without any plan, {@link #ofFigures} renders what
 * the figures alone hold.
 *
 * <pre>{@code
 * Dashboard dashboard = Dashboard.of(plan, Evaluation.of(plan, LocalDate.of(2026, 6, 30)));
 * System.out.print(TextDashboard.render(dashboard, Labels.of(Locale.getDefault())));
 *
 * // the same dashboard from figures stored as JSON, beside their plan
 * EvaluationDocument stored = OkrJson.standard().readEvaluation(json);
 * Dashboard again = Dashboard.of(plan, stored);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dashboard {

  /**
   * One place in the alignment tree: which objective, how deep, and how it is linked to the
   * objective above it. A line copies no figure: the objective's progress, key results and
   * contributions are read from the dashboard's {@linkplain #getFigures() figures}, its title and
   * owner from the plan ({@link #objectiveTitle(String)}, {@link #ownerName(String)}).
   *
   * @param objectiveId the objective
   * @param depth 0 for a root, 1 for its children…
   * @param repeated true when the objective serves several parents and was shown in full higher up
   * @param informs true when its link to the parent above it is for traceability only
   */
  public record ObjectiveLine(String objectiveId, int depth, boolean repeated, boolean informs) {}

  /**
   * A summary of the objectives one unit owns.
   *
   * @param unit the unit
   * @param objectiveCount how many objectives it owns
   * @param statuses how many of them have each status
   * @param meanProgress the plain mean of their progress, over those with data
   */
  public record UnitLine(OrgUnit unit, int objectiveCount, Map<Status, Integer> statuses, OptionalDouble meanProgress) {}

  /**
   * One framework code and the objectives that serve it.
   *
   * @param scheme the framework
   * @param code the code, e.g. a HAS criterion
   * @param label the code's label
   * @param objectiveIds the objectives that reference it
   */
  public record FrameworkLine(FrameworkScheme scheme, String code, String label, List<String> objectiveIds) {}

  /** The plan of a dashboard of figures alone: it names nothing, so every lookup falls back on ids. */
  private static final Plan NO_PLAN = Plan.builder().build();

  private final String title;
  private final LocalDate asOf;
  private final Optional<LocalDate> since;
  private final Optional<String> viewer;
  private final List<ObjectiveLine> objectives;
  private final List<KeyResultProgress> keyResults;
  private final List<UnitLine> units;
  private final List<FrameworkLine> frameworks;
  /**
   * The plan as the viewer sees it: titles, owners, metrics, check-ins, required framework codes,
   * language. Empty (no objective) for a dashboard of figures alone.
   */
  private final Plan plan;
  private final ProgressFigures figures;
  private final @Nullable ProgressFigures earlier;
  private final Trends.Source trendSource;
  private volatile @Nullable Trends trends;

  private Dashboard(String title, LocalDate asOf, Optional<LocalDate> since, Optional<String> viewer,
      List<ObjectiveLine> objectives, List<KeyResultProgress> keyResults, List<UnitLine> units,
      List<FrameworkLine> frameworks, Plan plan, ProgressFigures figures, @Nullable ProgressFigures earlier,
      Trends.Source trendSource) {
    this.plan = plan;
    this.figures = figures;
    this.earlier = earlier;
    this.trendSource = trendSource;
    this.title = title;
    this.asOf = asOf;
    this.since = since;
    this.viewer = viewer;
    this.objectives = List.copyOf(objectives);
    this.keyResults = List.copyOf(keyResults);
    this.units = List.copyOf(units);
    this.frameworks = List.copyOf(frameworks);
  }

  /**
   * Builds the dashboard of a plan from its figures.
   *
   * @param plan the plan the figures are of (for a viewer's figures, the view's plan): it gives
   *     titles, owners, the alignment tree, metrics and framework references
   * @param figures the figures: an evaluation of the plan, a viewer's evaluation, or a document
   *     read back
   * @return the dashboard
   * @throws IllegalArgumentException if an evaluation is not of this plan
   * @throws fr.okrsante.plan.UnknownIdException if the figures lack an objective or key result of
   *     the plan
   */
  public static Dashboard of(Plan plan, ProgressFigures figures) {
    return of(plan, figures, null);
  }

  /**
   * Builds the dashboard of a plan from its figures, with what moved since earlier figures ("since
   * the last steering committee").
   *
   * @param plan the plan the figures are of: it gives titles, owners, the alignment tree, metrics
   *     and framework references
   * @param figures the figures
   * @param earlier the figures of the same plan at an earlier date, or null
   * @return the dashboard
   * @throws IllegalArgumentException if an evaluation is not of this plan
   * @throws fr.okrsante.plan.UnknownIdException if the figures lack an objective or key result of
   *     the plan
   */
  public static Dashboard of(Plan plan, ProgressFigures figures, @Nullable ProgressFigures earlier) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(figures, "figures");
    requireSamePlan(plan, figures);
    if (earlier != null) {
      requireSamePlan(plan, earlier);
    }
    return build(plan, figures.asOf(), figures, earlier, earlier == null ? null : earlier.asOf(), null,
        trendSource(plan, figures));
  }

  /**
   * Builds the dashboard of figures alone, without the plan they are of: an evaluation or view
   * document read back from JSON, say, when the plan is not at hand.
   *
   * <p>What the figures hold is shown as with the plan: every objective's progress, status,
   * expected progress and coverage, its key results' values, baselines and targets, its
   * contributions and their shares, restricted contributions, what is at risk or stale. What only
   * the plan holds is not: objectives and key results are named by id, owners and the unit summary
   * are absent, goals read "baseline → target" without a unit, the tree follows the contributions
   * (a link that only informs is not a figure), and there are no framework codes and no trend
   * charts (the check-ins are the plan's). With the plan, {@link #of(Plan, ProgressFigures)} shows
   * all of it from the same figures.
   *
   * <pre>{@code
   * EvaluationDocument stored = OkrJson.standard().readEvaluation(json);
   * System.out.print(TextDashboard.render(Dashboard.ofFigures(stored), Labels.forLanguage("fr")));
   * }</pre>
   *
   * @param figures the figures
   * @return the dashboard
   */
  public static Dashboard ofFigures(ProgressFigures figures) {
    Objects.requireNonNull(figures, "figures");
    List<ObjectiveLine> tree = tree(figures);
    return new Dashboard("", figures.asOf(), Optional.empty(), Optional.empty(), tree,
        keyResults(figures, tree, null), List.of(), List.of(), NO_PLAN, figures, null, (ids, since) -> Trends.none());
  }

  /**
   * Builds the dashboard of what one viewer may see of an evaluated plan.
   *
   * <p>It holds nothing of the objectives hidden from the viewer: no line, title, id, key result,
   * unit or framework reference. Under {@link fr.okrsante.visibility.HiddenContributions#COUNTED_REDACTED}
   * (the default of {@link fr.okrsante.visibility.Access#view()}) each objective says how many
   * restricted contributions it has ({@link ProgressFigures#restrictedContributionCount(String)}) and shows
   * the same progress as for everyone.
   *
   * <pre>{@code
   * PlanView view = Access.of(plan, Viewer.of("p-42", Membership.member("chvs.cardiologie"))).view();
   * Dashboard dashboard = Dashboard.of(view.evaluate(LocalDate.of(2026, 6, 30)));
   * }</pre>
   *
   * @param evaluation the viewer's view of an evaluation
   * @return the dashboard, described as "view for member:chvs.cardiologie" (never a person id)
   */
  public static Dashboard of(EvaluationView evaluation) {
    return of(evaluation, null);
  }

  /**
   * Builds the dashboard of what one viewer may see of an evaluated plan, with what moved since an
   * earlier evaluation seen through the same view.
   *
   * @param evaluation the viewer's view of an evaluation
   * @param earlier the same view evaluated at an earlier date, or null
   * @return the dashboard
   * @throws IllegalArgumentException if the earlier evaluation is seen through another view
   */
  public static Dashboard of(EvaluationView evaluation, @Nullable EvaluationView earlier) {
    Objects.requireNonNull(evaluation, "evaluation");
    PlanView view = evaluation.getPlanView();
    if (earlier != null && earlier.getPlanView() != view) {
      throw new IllegalArgumentException("the earlier evaluation is seen through another view: "
          + "evaluate the same PlanView at both dates");
    }
    return build(view.toPlan(), evaluation.asOf(), evaluation, earlier, earlier == null ? null : earlier.asOf(),
        describe(view), Trends.Source.of(evaluation));
  }

  /** The viewer's memberships as the command line writes them; never the viewer's id. */
  private static String describe(PlanView view) {
    if (view.getViewer().getMemberships().isEmpty()) {
      return "public";
    }
    return view.getViewer().getMemberships().stream()
        .map(m -> m.getRole().name().toLowerCase(Locale.ROOT) + ":" + m.getUnitId())
        .collect(Collectors.joining(","));
  }

  private static void requireSamePlan(Plan plan, ProgressFigures figures) {
    if (figures instanceof Evaluation evaluation && evaluation.getPlan() != plan && !evaluation.getPlan().equals(plan)) {
      throw new IllegalArgumentException("the evaluation is of another plan: evaluate this plan");
    }
  }

  /**
   * The trends behind the charts: from the evaluation itself when the figures are one (its own
   * evaluator), through the view when they are a viewer's, else from the plan's check-ins evaluated
   * with the standard evaluator (figures read back from a document).
   */
  private static Trends.Source trendSource(Plan plan, ProgressFigures figures) {
    if (figures instanceof Evaluation evaluation) {
      return Trends.Source.of(plan, evaluation);
    }
    if (figures instanceof EvaluationView view) {
      return Trends.Source.of(view);
    }
    return Trends.Source.of(plan, Evaluator.standard().evaluate(plan, figures.asOf()));
  }

  static Dashboard build(Plan plan, LocalDate asOf, ProgressFigures figures, @Nullable ProgressFigures earlier,
      @Nullable LocalDate since, @Nullable String viewer, Trends.Source trendSource) {
    List<ObjectiveLine> tree = tree(plan);
    return new Dashboard(plan.getTitle(), asOf, Optional.ofNullable(since), Optional.ofNullable(viewer), tree,
        keyResults(figures, tree, null), unitLines(plan, figures, tree), frameworkLines(plan), plan, figures, earlier,
        trendSource);
  }

  /** Every key result once, in tree order, as the figures give them. */
  private static List<KeyResultProgress> keyResults(ProgressFigures figures, List<ObjectiveLine> tree,
      @Nullable Set<String> of) {
    List<KeyResultProgress> keyResults = new ArrayList<>();
    for (ObjectiveLine line : tree) {
      if (!line.repeated() && (of == null || of.contains(line.objectiveId()))) {
        keyResults.addAll(figures.objective(line.objectiveId()).getKeyResults());
      }
    }
    return keyResults;
  }

  /** The alignment tree of a plan: roots by unit depth, unit and id; children that count first. */
  private static List<ObjectiveLine> tree(Plan plan) {
    AlignmentGraph graph = plan.alignment();
    Map<String, Integer> unitDepth = new HashMap<>();
    for (OrgUnit unit : plan.getUnits()) {
      unitDepth.put(unit.getId(), plan.unitAncestors(unit.getId()).size());
    }
    List<Objective> roots = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      if (graph.parents(objective.getId()).isEmpty()) {
        roots.add(objective);
      }
    }
    roots.sort(Comparator.comparing((Objective o) -> unitDepth.getOrDefault(o.getOwnerUnitId(), 0))
        .thenComparing(Objective::getOwnerUnitId).thenComparing(Objective::getId));
    List<String> rootIds = new ArrayList<>();
    for (Objective root : roots) {
      rootIds.add(root.getId());
    }
    return walk(rootIds, id -> {
      List<AlignmentLink> children = new ArrayList<>(graph.childLinks(id));
      children.sort(Comparator.comparing((AlignmentLink l) -> !l.contributes()).thenComparing(AlignmentLink::getChildId));
      List<Visit> visits = new ArrayList<>();
      for (AlignmentLink link : children) {
        visits.add(new Visit(link.getChildId(), 0, !link.contributes()));
      }
      return visits;
    });
  }

  /**
   * The alignment tree as figures alone tell it: an objective's children are those that contribute
   * to it (a link that only informs is not a figure), roots and children by id.
   */
  private static List<ObjectiveLine> tree(ProgressFigures figures) {
    Set<String> known = new HashSet<>();
    Set<String> children = new HashSet<>();
    for (ObjectiveProgress objective : figures.objectives()) {
      known.add(objective.getObjectiveId());
    }
    for (ObjectiveProgress objective : figures.objectives()) {
      for (Contribution contribution : figures.contributions(objective.getObjectiveId())) {
        if (contribution.getKind() == Contribution.Kind.OBJECTIVE && known.contains(contribution.getSourceId())) {
          children.add(contribution.getSourceId());
        }
      }
    }
    List<String> roots = new ArrayList<>();
    for (ObjectiveProgress objective : figures.objectives()) {
      if (!children.contains(objective.getObjectiveId())) {
        roots.add(objective.getObjectiveId());
      }
    }
    Collections.sort(roots);
    return walk(roots, id -> {
      List<Visit> visits = new ArrayList<>();
      for (Contribution contribution : figures.contributions(id)) {
        if (contribution.getKind() == Contribution.Kind.OBJECTIVE && known.contains(contribution.getSourceId())) {
          visits.add(new Visit(contribution.getSourceId(), 0, false));
        }
      }
      visits.sort(Comparator.comparing(Visit::objectiveId));
      return visits;
    });
  }

  /**
   * Walks a tree depth first, iteratively (alignment chains may be deep): each root, then what
   * serves it; an objective met again is a repeated line and its children are not walked again.
   */
  private static List<ObjectiveLine> walk(List<String> roots,
      java.util.function.Function<String, List<Visit>> children) {
    List<ObjectiveLine> lines = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    Deque<Visit> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Visit(roots.get(i), 0, false));
    }
    while (!stack.isEmpty()) {
      Visit visit = stack.pop();
      String id = visit.objectiveId();
      boolean repeated = !shown.add(id);
      lines.add(new ObjectiveLine(id, visit.depth(), repeated, visit.informs()));
      if (repeated) {
        continue;
      }
      List<Visit> below = children.apply(id);
      for (int i = below.size() - 1; i >= 0; i--) {
        Visit child = below.get(i);
        stack.push(new Visit(child.objectiveId(), visit.depth() + 1, child.informs()));
      }
    }
    return lines;
  }

  private record Visit(String objectiveId, int depth, boolean informs) {}

  private static List<UnitLine> unitLines(Plan plan, ProgressFigures figures, List<ObjectiveLine> tree) {
    Map<String, List<ObjectiveProgress>> byUnit = new HashMap<>();
    for (ObjectiveLine line : tree) {
      Optional<Objective> objective = plan.objective(line.objectiveId());
      if (!line.repeated() && objective.isPresent()) {
        byUnit.computeIfAbsent(objective.get().getOwnerUnitId(), u -> new ArrayList<>())
            .add(figures.objective(line.objectiveId()));
      }
    }
    List<UnitLine> result = new ArrayList<>();
    for (OrgUnit unit : unitsInTreeOrder(plan)) {
      List<ObjectiveProgress> owned = byUnit.get(unit.getId());
      if (owned == null) {
        continue;
      }
      Map<Status, Integer> statuses = new EnumMap<>(Status.class);
      double sum = 0;
      int withData = 0;
      for (ObjectiveProgress progress : owned) {
        statuses.merge(progress.getStatus(), 1, Integer::sum);
        if (progress.hasData()) {
          sum += progress.getProgress().getAsDouble();
          withData++;
        }
      }
      result.add(new UnitLine(unit, owned.size(), Collections.unmodifiableMap(statuses),
          withData == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / withData)));
    }
    return result;
  }

  private static List<OrgUnit> unitsInTreeOrder(Plan plan) {
    Map<String, List<OrgUnit>> children = new LinkedHashMap<>();
    List<OrgUnit> roots = new ArrayList<>();
    for (OrgUnit unit : plan.getUnits()) {
      if (unit.getParentId().isPresent() && plan.unit(unit.getParentId().get()).isPresent()) {
        children.computeIfAbsent(unit.getParentId().get(), p -> new ArrayList<>()).add(unit);
      } else {
        roots.add(unit);
      }
    }
    List<OrgUnit> ordered = new ArrayList<>();
    Deque<OrgUnit> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      OrgUnit unit = stack.pop();
      ordered.add(unit);
      List<OrgUnit> below = children.getOrDefault(unit.getId(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
    }
    return ordered;
  }

  private static List<FrameworkLine> frameworkLines(Plan plan) {
    Map<String, FrameworkRef> refs = new TreeMap<>();
    Map<String, List<String>> objectives = new TreeMap<>();
    for (Objective objective : plan.getObjectives()) {
      for (FrameworkRef ref : objective.getFrameworkRefs()) {
        String key = ref.getScheme().ordinal() + "\u0000" + ref.getCode();
        refs.putIfAbsent(key, ref);
        List<String> ids = objectives.computeIfAbsent(key, k -> new ArrayList<>());
        if (!ids.contains(objective.getId())) {
          ids.add(objective.getId());
        }
      }
    }
    List<FrameworkLine> result = new ArrayList<>();
    refs.forEach((key, ref) ->
        result.add(new FrameworkLine(ref.getScheme(), ref.getCode(), ref.getLabel(), List.copyOf(objectives.get(key)))));
    return result;
  }

  /**
   * Returns the dashboard of one unit's work in context: the objectives the unit owns and those
   * they serve, directly or not, and nothing else. This dashboard is unchanged.
   *
   * @param plan the plan this dashboard was built from (for a viewer's dashboard, the view's
   *     {@link PlanView#toPlan()})
   * @param unitId the unit
   * @return the focused dashboard
   * @throws IllegalArgumentException if the plan has no such unit
   */
  public Dashboard focusedOn(Plan plan, String unitId) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unitId, "unitId");
    if (plan.unit(unitId).isEmpty()) {
      throw new IllegalArgumentException("unit '" + unitId + "' is not in the plan");
    }
    return focusedOn(UnitFocus.of(plan, unitId));
  }

  /**
   * Returns the dashboard of one unit's work in context: the objectives of the focus (the unit's
   * own and those they serve) and nothing else. This dashboard is unchanged.
   *
   * @param focus the focus, of the plan this dashboard was built from
   * @return the focused dashboard
   */
  public Dashboard focusedOn(UnitFocus focus) {
    Objects.requireNonNull(focus, "focus");
    String unitId = focus.getUnitId();
    Set<String> own = new HashSet<>();
    Set<String> kept = new HashSet<>();
    for (Objective objective : focus.getOwnObjectives()) {
      own.add(objective.getId());
      kept.add(objective.getId());
    }
    for (Objective objective : focus.getServedObjectives()) {
      kept.add(objective.getId());
    }
    List<ObjectiveLine> lines = new ArrayList<>();
    for (ObjectiveLine line : objectives) {
      if (kept.contains(line.objectiveId())) {
        lines.add(line);
      }
    }
    List<KeyResultProgress> krs = keyResults(figures, lines, own);
    List<UnitLine> unitLines = new ArrayList<>();
    for (UnitLine unit : units) {
      if (unit.unit().getId().equals(unitId)) {
        unitLines.add(unit);
      }
    }
    List<FrameworkLine> frameworkLines = new ArrayList<>();
    for (FrameworkLine framework : frameworks) {
      if (framework.objectiveIds().stream().anyMatch(kept::contains)) {
        frameworkLines.add(framework);
      }
    }
    return new Dashboard(title, asOf, since, viewer, lines, krs, unitLines, frameworkLines, plan, figures, earlier,
        trendSource);
  }

  /**
   * Returns the plan's title.
   *
   * @return the title; empty text when the plan has none
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the date the figures are as of.
   *
   * @return the date
   */
  public LocalDate getAsOf() {
    return asOf;
  }

  /**
   * Returns the earlier date changes are measured from, for a "since" dashboard.
   *
   * @return the earlier date
   */
  public Optional<LocalDate> getSince() {
    return since;
  }

  /**
   * Returns a description of the viewer the dashboard is restricted to, if it is.
   *
   * @return e.g. "lead:chu.urgences"; never a person id
   */
  public Optional<String> getViewer() {
    return viewer;
  }

  /**
   * Returns the alignment tree, depth first: each root objective followed by the objectives that
   * serve it. An objective with several parents appears under each, in full the first time.
   *
   * @return the lines of the tree
   */
  public List<ObjectiveLine> getObjectives() {
    return objectives;
  }

  /**
   * Returns every key result once, in tree order.
   *
   * @return the key results
   */
  public List<KeyResultProgress> getKeyResults() {
    return keyResults;
  }

  /**
   * Returns a summary per unit that owns objectives, in unit-tree order.
   *
   * @return the units
   */
  public List<UnitLine> getUnits() {
    return units;
  }

  /**
   * Returns the framework codes the objectives serve, by framework and code.
   *
   * @return the codes
   */
  public List<FrameworkLine> getFrameworks() {
    return frameworks;
  }

  /**
   * Returns the objectives at risk, once each, in tree order.
   *
   * @return the objectives whose status is {@link Status#AT_RISK}
   */
  public List<ObjectiveLine> getAtRiskObjectives() {
    List<ObjectiveLine> result = new ArrayList<>();
    for (ObjectiveLine line : objectives) {
      if (!line.repeated() && figures.objective(line.objectiveId()).getStatus() == Status.AT_RISK) {
        result.add(line);
      }
    }
    return result;
  }

  /**
   * Returns the key results at risk or stale, in tree order.
   *
   * @return the key results whose status is {@link Status#AT_RISK} or whose data is stale
   */
  public List<KeyResultProgress> getAtRiskKeyResults() {
    List<KeyResultProgress> result = new ArrayList<>();
    for (KeyResultProgress line : keyResults) {
      if (line.getStatus() == Status.AT_RISK || line.isStale()) {
        result.add(line);
      }
    }
    return result;
  }

  /**
   * Returns the figures every number of this dashboard comes from.
   *
   * @return the figures as of {@link #getAsOf()}
   */
  public ProgressFigures getFigures() {
    return figures;
  }

  /**
   * Returns the figures at the earlier date of a "since" dashboard.
   *
   * @return the earlier figures
   */
  public Optional<ProgressFigures> getEarlierFigures() {
    return Optional.ofNullable(earlier);
  }

  /**
   * Returns an objective's progress (a shortcut for {@code getFigures().objective(id)}).
   *
   * @param objectiveId the objective
   * @return its progress
   * @throws fr.okrsante.plan.UnknownIdException if the figures have no such objective
   */
  public ObjectiveProgress progress(String objectiveId) {
    return figures.objective(objectiveId);
  }

  /**
   * Returns an objective's title, from the plan.
   *
   * @param objectiveId the objective
   * @return its title; its id when the dashboard has figures alone
   */
  public String objectiveTitle(String objectiveId) {
    return plan.objective(objectiveId).map(Objective::getTitle).orElse(objectiveId);
  }

  /**
   * Returns a key result's title, from the plan.
   *
   * @param keyResultId the key result
   * @return its title; its id when the dashboard has figures alone
   */
  public String keyResultTitle(String keyResultId) {
    return plan.keyResult(keyResultId).map(KeyResult::getTitle).orElse(keyResultId);
  }

  /**
   * Returns the title of what makes a contribution: a key result's or a child objective's.
   *
   * @param contribution a contribution from the figures
   * @return the title; the id when the dashboard has figures alone
   */
  public String contributorTitle(Contribution contribution) {
    return contribution.getKind() == Contribution.Kind.KEY_RESULT
        ? keyResultTitle(contribution.getSourceId()) : objectiveTitle(contribution.getSourceId());
  }

  /**
   * Returns the name of the unit that owns an objective, from the plan.
   *
   * @param objectiveId the objective
   * @return the unit's name; empty text when the dashboard has figures alone
   */
  public String ownerName(String objectiveId) {
    return plan.objective(objectiveId).flatMap(o -> plan.unit(o.getOwnerUnitId())).map(OrgUnit::getName).orElse("");
  }

  /**
   * Returns the name of the unit that owns a key result's objective, from the plan.
   *
   * @param keyResult a key result's figures
   * @return the unit's name; empty text when the dashboard has figures alone
   */
  public String ownerName(KeyResultProgress keyResult) {
    return ownerName(keyResult.getObjectiveId());
  }

  /** The id of the unit that owns an objective; empty text for figures alone. */
  String ownerId(String objectiveId) {
    return plan.objective(objectiveId).map(Objective::getOwnerUnitId).orElse("");
  }

  /** The key result as the plan defines it (metric, unit, check-ins); empty for figures alone. */
  Optional<KeyResult> keyResult(String keyResultId) {
    return plan.keyResult(keyResultId);
  }

  /**
   * Returns an objective's progress at the earlier date of a "since" dashboard.
   *
   * @param objectiveId the objective
   * @return its earlier progress; empty without an earlier date
   */
  public Optional<ObjectiveProgress> earlier(String objectiveId) {
    return earlier == null ? Optional.empty() : Optional.of(earlier.objective(objectiveId));
  }

  /**
   * Returns the change of an objective's progress since the earlier date.
   *
   * @param objectiveId the objective
   * @return the difference, when both dates have data
   */
  public OptionalDouble change(String objectiveId) {
    ObjectiveProgress now = figures.objective(objectiveId);
    Optional<ObjectiveProgress> then = earlier(objectiveId);
    if (then.isEmpty() || !now.hasData() || !then.get().hasData()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(now.getProgress().getAsDouble() - then.get().getProgress().getAsDouble());
  }

  /**
   * Tells whether an objective has no progress because every contribution weighs zero: it then
   * says "no weight", not "no data".
   *
   * @param objectiveId the objective
   * @return true if it has contributions and all of them weigh zero
   */
  public boolean weightless(String objectiveId) {
    List<Contribution> contributions = figures.contributions(objectiveId);
    if (figures.objective(objectiveId).getProgress().isPresent() || contributions.isEmpty()) {
      return false;
    }
    for (Contribution contribution : contributions) {
      if (contribution.getWeight() != 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the plan as the viewer sees it. */
  Plan plan() {
    return plan;
  }

  /** Returns the trends of the objectives shown, computed the first time they are asked for. */
  Trends trends() {
    Trends result = trends;
    if (result == null) {
      Set<String> ids = new java.util.LinkedHashSet<>();
      for (ObjectiveLine line : objectives) {
        ids.add(line.objectiveId());
      }
      result = trendSource.of(ids, since.orElse(null));
      trends = result;
    }
    return result;
  }

  @Override
  public String toString() {
    return "Dashboard[" + objectives.size() + " objective lines as of " + asOf + "]";
  }
}
