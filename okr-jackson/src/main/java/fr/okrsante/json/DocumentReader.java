package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Status;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Contribution;
import fr.okrsante.plan.KeyResultProgress;
import fr.okrsante.plan.ObjectiveProgress;
import fr.okrsante.visibility.HiddenContributions;
import fr.okrsante.visibility.RestrictedLink;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads evaluation and view documents as strictly as {@link PlanReader} reads plans, with its
 * machinery: the root is streamed, each objective's figures are read as one located tree, every
 * problem is collected with its pointer, and the {@link ReadLimits} apply. A view's plan is read
 * by {@link PlanReader#planObject}, so its problems point into {@code /plan}.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class DocumentReader {

  /** Reads one kind of document from its first token. */
  @FunctionalInterface
  private interface Body<T> {
    @Nullable T read(JsonParser parser, JsonToken token) throws IOException;
  }

  private final PlanReader reader;
  private final List<JsonProblem> problems;
  /** The located objectives of the last evaluation read, for the view's cross-checks. */
  private List<Node> evaluationObjectives = List.of();

  private DocumentReader(ReadLimits limits) {
    this.reader = new PlanReader(limits);
    this.problems = reader.problems;
  }

  /**
   * Reads an evaluation document from a parser positioned before or on its first token.
   *
   * @throws OkrJsonException with every problem found
   * @throws UncheckedIOException if the input cannot be read
   */
  static EvaluationDocument readEvaluation(JsonParser parser, ReadLimits limits, boolean requireEnd) {
    DocumentReader r = new DocumentReader(limits);
    return r.document(parser, requireEnd, "an evaluation", (p, t) -> r.evaluationObject(p, t, null, null));
  }

  /**
   * Reads a view document from a parser positioned before or on its first token.
   *
   * @throws OkrJsonException with every problem found
   * @throws UncheckedIOException if the input cannot be read
   */
  static ViewDocument readView(JsonParser parser, ReadLimits limits, boolean requireEnd) {
    DocumentReader r = new DocumentReader(limits);
    return r.document(parser, requireEnd, "a view", r::viewObject);
  }

  private <T> T document(JsonParser parser, boolean requireEnd, String what, Body<T> body) {
    try {
      T value = null;
      try {
        JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
        if (token == null) {
          problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0, "the document is empty: " + what + " document is a JSON object"));
        } else {
          value = body.read(parser, token);
          if (requireEnd) {
            JsonToken after = parser.nextToken();
            if (after != null) {
              Node trailing = TreeReader.node(parser, after, null, null, -1);
              problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", trailing.line, trailing.column, "trailing content after " + what
                  + " document: a document holds exactly one JSON object"));
            }
          }
        }
      } catch (JsonProcessingException e) {
        reader.syntaxProblem(parser, e);
      } catch (CharConversionException e) {
        reader.encodingProblem(e);
      }
      if (!problems.isEmpty() || value == null) {
        if (problems.isEmpty()) {
          problems.add(JsonProblem.of("", 0, 0, "the document could not be read as " + what + " document"));
        }
        throw new OkrJsonException(problems);
      }
      return value;
    } catch (PlanReader.Stop stop) {
      throw new OkrJsonException(problems);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON document", e);
    }
  }

  // ---------------------------------------------------------------- roots

  /** The members of a document's root object, read one by one as they stream by. */
  private abstract class Root {
    final Node top;
    final String what;
    final Set<String> seen = new HashSet<>();
    @Nullable Node version;
    @Nullable Node kind;

    Root(Node top, String what) {
      this.top = top;
      this.what = what;
    }

    /** Reads one member; returns false if the name is not one of this document's. */
    abstract boolean member(JsonParser parser, String name, JsonToken token) throws IOException;

    void read(JsonParser parser, int supported, String kindName, String names) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        if (!seen.add(name)) {
          reader.problem(TreeReader.node(parser, token, top, name, -1), "duplicate property '" + name + "'");
          parser.skipChildren();
        } else if (name.equals("schemaVersion")) {
          version = scalar(parser, token, name);
          reader.checkVersion(version, supported);
        } else if (name.equals("kind")) {
          kind = scalar(parser, token, name);
          if (kind.kind != Node.Kind.STRING) {
            reader.wrongType(kind, "the string \"" + kindName + "\"");
          } else if (!kindName.equals(kind.text)) {
            reader.problem(kind, "is '" + kind.text + "': this is read as " + what + " document, of kind '"
                + kindName + "'");
          }
        } else if (!member(parser, name, token)) {
          reader.problem(TreeReader.node(parser, token, top, name, -1), "unknown property '" + name + "': "
              + what + " document has " + names);
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        reader.ended(top);
      }
      if (version == null) {
        reader.problem(top, "schemaVersion is missing: " + what + " document states the version of its format, "
            + supported + " for this library");
      }
      if (kind == null) {
        reader.problem(top, "kind is missing: " + what + " document says \"kind\": \"" + kindName + "\"");
      }
    }

    Node scalar(JsonParser parser, JsonToken token, String name) throws IOException {
      Node value = TreeReader.read(reader, parser, token, top, name, -1);
      top.children().add(value);
      return value;
    }
  }

  private @Nullable Node start(JsonParser parser, JsonToken token, @Nullable Node parent, @Nullable String name,
      String what) throws IOException {
    Node top = TreeReader.node(parser, token, parent, name, -1);
    if (token != JsonToken.START_OBJECT) {
      reader.problem(top, "is " + top.describe() + ": " + what + " document is a JSON object with a schemaVersion");
      parser.skipChildren();
      return null;
    }
    return top;
  }

  @Nullable EvaluationDocument evaluationObject(JsonParser parser, JsonToken token, @Nullable Node parent,
      @Nullable String name) throws IOException {
    int before = problems.size();
    Node top = start(parser, token, parent, name, "an evaluation");
    if (top == null) {
      return null;
    }
    List<ReadObjective> objectives = new ArrayList<>();
    Node[] asOf = new Node[1];
    Node[] array = new Node[1];
    Root root = new Root(top, "an evaluation") {
      @Override
      boolean member(JsonParser p, String member, JsonToken t) throws IOException {
        if (member.equals("asOf")) {
          asOf[0] = scalar(p, t, member);
        } else if (member.equals("objectives")) {
          array[0] = TreeReader.node(p, t, top, member, -1);
          top.children().add(array[0]);
          if (t != JsonToken.START_ARRAY) {
            reader.wrongType(array[0], "an array");
            p.skipChildren();
          } else {
            reader.collection(p, array[0], objectives, DocumentReader.this::objectiveFigures);
          }
        } else {
          return false;
        }
        return true;
      }
    };
    root.read(parser, DocumentWriter.EVALUATION_VERSION, "evaluation", "schemaVersion, kind, asOf and objectives");
    LocalDate date = null;
    if (asOf[0] == null) {
      reader.problem(top, "asOf is missing: an evaluation document gives the date of its figures");
    } else {
      date = date(asOf[0]);
    }
    evaluationObjectives = array[0] == null ? List.of() : array[0].children();
    if (problems.size() > before || date == null) {
      return null;
    }
    Set<String> objectiveIds = new HashSet<>();
    Set<String> keyResultIds = new HashSet<>();
    List<ObjectiveProgress> progress = new ArrayList<>(objectives.size());
    Map<String, List<Contribution>> contributions = new HashMap<>();
    Map<String, Integer> restricted = new HashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      ReadObjective objective = objectives.get(i);
      String id = objective.progress().getObjectiveId();
      Node at = evaluationObjectives.get(i);
      if (!objectiveIds.add(id)) {
        reader.problem(at, "duplicate objective '" + id + "': each objective has one entry");
      }
      for (KeyResultProgress keyResult : objective.progress().getKeyResults()) {
        if (!keyResultIds.add(keyResult.getKeyResultId())) {
          reader.problem(at, "duplicate key result '" + keyResult.getKeyResultId()
              + "': each key result has one entry");
        }
      }
      progress.add(objective.progress());
      contributions.put(id, objective.contributions());
      restricted.put(id, objective.restricted());
    }
    return problems.size() > before ? null : EvaluationDocument.of(date, progress, contributions, restricted);
  }

  /** One objective's figures as read: its progress, its contributions and the restricted ones' count. */
  private record ReadObjective(ObjectiveProgress progress, List<Contribution> contributions, int restricted) {}

  @Nullable ViewDocument viewObject(JsonParser parser, JsonToken token) throws IOException {
    Node top = start(parser, token, null, null, "a view");
    if (top == null) {
      return null;
    }
    Node[] policy = new Node[1];
    boolean[] planSeen = new boolean[1];
    Node[] links = new Node[1];
    Node[] sources = new Node[1];
    Plan[] plan = new Plan[1];
    List<EvaluationDocument> evaluation = new ArrayList<>(1);
    boolean[] evaluationSeen = new boolean[1];
    Root root = new Root(top, "a view") {
      @Override
      boolean member(JsonParser p, String member, JsonToken t) throws IOException {
        switch (member) {
          case "policy": policy[0] = scalar(p, t, member); break;
          case "plan":
            planSeen[0] = true;
            plan[0] = reader.planObject(p, t, top, member);
            break;
          case "restrictedLinks": links[0] = scalar(p, t, member); break;
          case "restrictedSources": sources[0] = scalar(p, t, member); break;
          case "evaluation":
            evaluationSeen[0] = true;
            EvaluationDocument read = evaluationObject(p, t, top, member);
            if (read != null) {
              evaluation.add(read);
            }
            break;
          default:
            return false;
        }
        return true;
      }
    };
    root.read(parser, DocumentWriter.VIEW_VERSION, "view",
        "schemaVersion, kind, policy, plan, restrictedLinks, restrictedSources and evaluation");
    HiddenContributions hidden = null;
    if (policy[0] == null) {
      reader.problem(top, "policy is missing: a view document says how hidden objectives count, "
          + Names.POLICY.choices());
    } else {
      hidden = constant(policy[0], Names.POLICY);
    }
    if (!planSeen[0]) {
      reader.problem(top, "plan is missing: a view document holds the visible plan as a plan document");
    }
    List<RestrictedLink> restricted = links[0] == null ? List.of() : restrictedLinks(links[0]);
    Map<String, Integer> counts = sources[0] == null ? Map.of() : sourceCounts(sources[0]);
    if (!problems.isEmpty() || hidden == null || plan[0] == null || restricted == null || counts == null
        || (evaluationSeen[0] && evaluation.isEmpty())) {
      return null;
    }
    crossCheck(hidden, plan[0], restricted, links[0], counts, sources[0], evaluation);
    if (!problems.isEmpty()) {
      return null;
    }
    return new ViewDocument(hidden, plan[0], restricted, counts, evaluation.stream().findFirst()
        .map(figures -> withMarkedCounts(figures, restricted)));
  }

  /**
   * The figures of a view document count the contributing hidden children its markers show: a
   * document that leaves the counts out (they are optional) still gives them.
   */
  private static EvaluationDocument withMarkedCounts(EvaluationDocument figures, List<RestrictedLink> links) {
    Map<String, Integer> marked = new HashMap<>();
    for (RestrictedLink link : links) {
      if (link.getHiddenSide() == RestrictedLink.HiddenSide.CHILD && link.contributes()
          && figures.hasObjective(link.getVisibleObjectiveId())) {
        marked.merge(link.getVisibleObjectiveId(), 1, Integer::sum);
      }
    }
    Map<String, List<fr.okrsante.plan.Contribution>> contributions = new HashMap<>();
    for (ObjectiveProgress objective : figures.objectives()) {
      contributions.put(objective.getObjectiveId(), figures.contributions(objective.getObjectiveId()));
    }
    return EvaluationDocument.of(figures.asOf(), figures.objectives(), contributions, marked);
  }

  /** What the view says must be about its plan: markers and counts of visible items, figures of visible objectives. */
  private void crossCheck(HiddenContributions policy, Plan plan, List<RestrictedLink> links, @Nullable Node linksNode,
      Map<String, Integer> counts, @Nullable Node countsNode, List<EvaluationDocument> evaluation) {
    int before = problems.size();
    if (policy == HiddenContributions.LEFT_OUT && !links.isEmpty() && linksNode != null) {
      reader.problem(linksNode, "a view under the left_out policy has no restricted links: hidden objectives leave "
          + "no marker");
    }
    for (int i = 0; i < links.size(); i++) {
      String id = links.get(i).getVisibleObjectiveId();
      if (plan.objective(id).isEmpty() && linksNode != null) {
        reader.problem(linksNode.children().get(i), "marks objective '" + id + "', which is not in the view's plan");
      }
    }
    if (countsNode != null) {
      for (Node entry : countsNode.children()) {
        if (plan.keyResult(entry.memberName()).isEmpty()) {
          reader.problem(entry, "counts the hidden sources of key result '" + entry.memberName()
              + "', which is not in the view's plan");
        }
      }
    }
    if (evaluation.isEmpty()) {
      return;
    }
    List<ObjectiveProgress> objectives = evaluation.get(0).objectives();
    Map<String, Integer> hiddenChildren = new HashMap<>();
    for (RestrictedLink link : links) {
      if (link.getHiddenSide() == RestrictedLink.HiddenSide.CHILD && link.contributes()) {
        hiddenChildren.merge(link.getVisibleObjectiveId(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < objectives.size(); i++) {
      ObjectiveProgress figures = objectives.get(i);
      Node at = evaluationObjectives.get(i);
      Optional<Objective> objective = plan.objective(figures.getObjectiveId());
      if (objective.isEmpty()) {
        reader.problem(at, "gives the figures of objective '" + figures.getObjectiveId()
            + "', which is not in the view's plan");
        continue;
      }
      int marked = hiddenChildren.getOrDefault(figures.getObjectiveId(), 0);
      int counted = evaluation.get(0).restrictedContributionCount(figures.getObjectiveId());
      Node member = at.member("restrictedContributionCount");
      // a broken marker already says what is wrong: the counts then follow from it
      if (member != null && counted != marked && problems.size() == before) {
        reader.problem(member, "counts " + counted + " restricted contributions, but the view "
            + "marks " + marked + " contributing hidden children of objective '" + figures.getObjectiveId() + "'");
      }
      Set<String> own = new HashSet<>();
      objective.get().getKeyResults().forEach(k -> own.add(k.getId()));
      for (KeyResultProgress keyResult : figures.getKeyResults()) {
        if (!own.contains(keyResult.getKeyResultId())) {
          reader.problem(at, "gives the figures of key result '" + keyResult.getKeyResultId() + "', which objective '"
              + figures.getObjectiveId() + "' of the view's plan does not have");
        }
      }
    }
  }

  private @Nullable List<RestrictedLink> restrictedLinks(Node array) {
    if (array.kind != Node.Kind.ARRAY) {
      return reader.wrongType(array, "an array of restricted links");
    }
    int before = problems.size();
    List<RestrictedLink> out = new ArrayList<>();
    for (Node item : array.children()) {
      Members m = reader.members(item, "a restricted link");
      if (m == null) {
        continue;
      }
      String id = m.string("objectiveId", true);
      RestrictedLink.HiddenSide side = m.constant("hiddenSide", Names.HIDDEN_SIDE, true);
      Boolean contributes = requiredBool(m, item, "contributes", "a restricted link");
      m.finish();
      if (id != null && side != null && contributes != null) {
        out.add(RestrictedLink.of(id, side, contributes));
      }
    }
    return problems.size() > before ? null : out;
  }

  private @Nullable Map<String, Integer> sourceCounts(Node object) {
    if (object.kind != Node.Kind.OBJECT) {
      return reader.wrongType(object, "an object of counts by key result id, e.g. {\"kr-3\": 2}");
    }
    int before = problems.size();
    Map<String, Integer> out = new TreeMap<>();
    for (Node entry : object.children()) {
      Integer count = count(entry);
      if (count == null) {
        continue;
      }
      if (count < 1) {
        reader.problem(entry, "is " + count + ": only key results with hidden sources are listed, with at least 1");
      } else if (out.put(entry.name, count) != null) {
        reader.problem(entry, "duplicate property '" + entry.name + "'");
      }
    }
    return problems.size() > before ? null : out;
  }

  // ---------------------------------------------------------------- figures

  private @Nullable ReadObjective objectiveFigures(Node node) {
    String what = "an objective's figures";
    Members m = reader.members(node, what);
    if (m == null) {
      return null;
    }
    String id = m.string("objectiveId", true);
    Double progress = m.number("progress");
    Double expected = requiredNumber(m, node, "expectedProgress", what);
    Double coverage = requiredNumber(m, node, "coverage", what);
    Status computed = m.constant("computedStatus", Names.STATUS, true);
    StatusOverride override = m.object("statusOverride", false, n -> StatusOverrideReader.read(reader, n));
    Integer contributions = requiredCount(m, "contributionCount");
    Integer counted = requiredCount(m, "countedContributionCount");
    Integer restricted = m.get("restrictedContributionCount") == null ? Integer.valueOf(0)
        : requiredCount(m, "restrictedContributionCount");
    String owner = id == null ? "" : id;
    List<KeyResultProgress> keyResults = m.objects("keyResults", item -> keyResultFigures(item, owner));
    List<Contribution> shown = m.objects("contributions", this::contributionFigures);
    m.finish();
    if (!m.buildable() || id == null || expected == null || coverage == null || computed == null
        || contributions == null || counted == null || restricted == null || keyResults == null || shown == null) {
      return null;
    }
    int before = problems.size();
    fraction(node, "coverage", coverage);
    if (counted > contributions) {
      reader.problem(m.found("countedContributionCount"), "is " + counted + ": more than the contributionCount "
          + contributions);
    }
    if (problems.size() > before) {
      return null;
    }
    ObjectiveProgress figures = figures(node, () -> ObjectiveProgress.of(id, optional(progress), expected, coverage,
        computed, Optional.ofNullable(override), contributions, counted, keyResults));
    return figures == null ? null : m.keep(new ReadObjective(figures, shown, restricted));
  }

  private @Nullable KeyResultProgress keyResultFigures(Node node, String objectiveId) {
    String what = "a key result's figures";
    Members m = reader.members(node, what);
    if (m == null) {
      return null;
    }
    String id = m.string("keyResultId", true);
    Double progress = m.number("progress");
    Double counted = requiredNumber(m, node, "countedProgress", what);
    Double expected = requiredNumber(m, node, "expectedProgress", what);
    Status computed = m.constant("computedStatus", Names.STATUS, true);
    StatusOverride override = m.object("statusOverride", false, n -> StatusOverrideReader.read(reader, n));
    BigDecimal current = m.decimal("currentValue", false);
    BigDecimal numerator = m.decimal("numerator", false);
    BigDecimal denominator = m.decimal("denominator", false);
    BigDecimal baseline = m.decimal("baseline", false);
    BigDecimal target = m.decimal("target", false);
    LocalDate latest = m.date("latestObservedOn", false);
    Boolean stale = requiredBool(m, node, "stale", what);
    Integer late = requiredCount(m, "lateCheckIns");
    Boolean restricted = m.bool("valueRestricted");
    m.finish();
    if (!m.buildable() || id == null || counted == null || expected == null || computed == null || stale == null
        || late == null) {
      return null;
    }
    if (Boolean.TRUE.equals(restricted) && (current != null || numerator != null || denominator != null || latest != null)) {
      reader.problem(m.found("valueRestricted"), "is true: a restricted value has no currentValue, numerator, "
          + "denominator or latestObservedOn");
      return null;
    }
    return m.keep(figures(node, () -> KeyResultProgress.of(id, objectiveId, optional(progress), counted, expected,
        computed, Optional.ofNullable(override), Optional.ofNullable(current), Optional.ofNullable(numerator),
        Optional.ofNullable(denominator), Optional.ofNullable(baseline), Optional.ofNullable(target),
        Optional.ofNullable(latest), stale, late, Boolean.TRUE.equals(restricted))));
  }

  private @Nullable Contribution contributionFigures(Node node) {
    String what = "a contribution";
    Members m = reader.members(node, what);
    if (m == null) {
      return null;
    }
    Contribution.Kind kind = m.constant("kind", Names.CONTRIBUTION_KIND, true);
    String source = m.string("sourceId", true);
    Double weight = requiredNumber(m, node, "weight", what);
    Double progress = m.number("progress");
    Boolean hasData = requiredBool(m, node, "hasData", what);
    Boolean counted = requiredBool(m, node, "counted", what);
    Double share = requiredNumber(m, node, "share", what);
    m.finish();
    if (!m.buildable() || kind == null || source == null || weight == null || hasData == null || counted == null
        || share == null) {
      return null;
    }
    int before = problems.size();
    if (weight < 0) {
      reader.problem(m.found("weight"), "is " + weight + ": a weight is 0 or more");
    }
    fraction(node, "share", share);
    if (!counted && share != 0) {
      reader.problem(m.found("share"), "is " + share + ": a contribution that does not count has no share");
    }
    if (problems.size() > before) {
      return null;
    }
    return m.keep(figures(node, () -> Contribution.of(kind, source, weight, optional(progress), hasData, counted,
        share)));
  }

  /** Builds figures whose own rules were checked above; a rule okr-core adds later is still reported, not thrown. */
  private <T> @Nullable T figures(Node node, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      reader.problem(node, "is not valid: " + e.getMessage());
      return null;
    }
  }

  // ---------------------------------------------------------------- scalars

  private static OptionalDouble optional(@Nullable Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private void fraction(Node object, String name, double value) {
    if (value < 0 || value > 1) {
      Node member = object.member(name);
      reader.problem(member == null ? object : member, "is " + value + ": " + name + " is from 0 to 1");
    }
  }

  private @Nullable Double requiredNumber(Members m, Node node, String name, String what) {
    Double value = m.number(name);
    if (value == null && node.member(name) == null) {
      reader.problem(node, name + " is missing: " + what + " needs it");
    }
    return value;
  }

  private @Nullable Boolean requiredBool(Members m, Node node, String name, String what) {
    Boolean value = m.bool(name);
    if (value == null && node.member(name) == null) {
      reader.problem(node, name + " is missing: " + what + " needs it");
    }
    return value;
  }

  private @Nullable Integer requiredCount(Members m, String name) {
    Node member = m.require(name);
    return member == null ? null : count(member);
  }

  private @Nullable Integer count(Node node) {
    if (node.kind != Node.Kind.INTEGER) {
      return reader.wrongType(node, "a whole number, 0 or more");
    }
    BigDecimal value = new BigDecimal(node.scalarText());
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      reader.problem(node, "is " + node.scalarText() + ": expected a whole number from 0 to " + Integer.MAX_VALUE);
      return null;
    }
    return value.intValueExact();
  }

  private @Nullable LocalDate date(Node node) {
    if (node.kind != Node.Kind.STRING) {
      return reader.wrongType(node, "an ISO-8601 date string such as \"2026-03-31\"");
    }
    try {
      return LocalDate.parse(node.scalarText());
    } catch (DateTimeParseException e) {
      reader.problem(node, "is not an ISO-8601 date: write it as \"2026-03-31\"");
      return null;
    }
  }

  private <E extends Enum<E>> @Nullable E constant(Node node, Names<E> names) {
    if (node.kind != Node.Kind.STRING) {
      return reader.wrongType(node, "one of " + names.choices());
    }
    Optional<E> constant = names.constant(node.scalarText());
    if (constant.isEmpty()) {
      reader.problem(node, "is not one of " + names.choices());
      return null;
    }
    return constant.get();
  }
}
