package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.IndicatorBinding;
import fr.okrsante.plan.ComputedMetric;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Milestone;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.ProblemPath;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Suppression;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Waypoint;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan document strictly and reports every problem with its JSON pointer and position.
 *
 * <p>The root object is streamed; each element of a top-level collection (one unit, one objective
 * with its key results and check-ins…) is read into a small located tree ({@link Node}), turned
 * into domain values bottom-up — each value's own {@link InvalidPlanException} is caught and its
 * problems mapped to pointers — and then pruned to what the plan-wide rules can point at (the
 * check-ins are dropped). Once every element is well formed, {@link Plan.Builder#build()} checks
 * the plan as a whole and its problems' id-based paths are mapped to pointers too.
 *
 * <p>The reading is laid out as Jackson's java.time module lays out its deserializers: the
 * located tree ({@link Node}, read by {@link TreeReader}), member access ({@link Members}), one
 * stateless reader per value type ({@link UnitReader}, {@link ObjectiveReader},
 * {@link KeyResultReader}, {@link MetricReader}, {@link CheckInReader}…) and the problem locator
 * ({@link ProblemLocator}), which maps the domain's problem paths to pointers. This class reads the
 * document's root and holds the state of one read: its limits and the problems found.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class PlanReader {

  private static final Set<String> TOP_LEVEL = Set.of("requiredFrameworkRefs", "units", "cycles", "objectives",
      "initiatives", "links", "suppressions");

  /** Thrown to stop reading: the problems collected so far are reported. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final ReadLimits limits;
  final List<JsonProblem> problems = new ArrayList<>();
  private @Nullable Node root;

  PlanReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** The limits this read stays within. */
  ReadLimits limits() {
    return limits;
  }

  /** How each value type of a plan is read on its own, for the module's value deserializers. */
  static final Map<Class<?>, BiFunction<PlanReader, Node, @Nullable Object>> VALUE_READERS = Map.ofEntries(
      Map.entry(OrgUnit.class, UnitReader::read),
      Map.entry(Cycle.class, CycleReader::read),
      Map.entry(Objective.class, ObjectiveReader::read),
      Map.entry(KeyResult.class, KeyResultReader::read),
      Map.entry(CheckIn.class, CheckInReader::read),
      Map.entry(Metric.class, MetricReader::read),
      Map.entry(Target.class, TargetReader::read),
      Map.entry(Initiative.class, InitiativeReader::read),
      Map.entry(AlignmentLink.class, LinkReader::read),
      Map.entry(FrameworkRef.class, FrameworkRefReader::read),
      Map.entry(StatusOverride.class, StatusOverrideReader::read),
      Map.entry(Suppression.class, SuppressionReader::read),
      Map.entry(Waypoint.class, WaypointReader::read),
      Map.entry(RollupSettings.class, RollupReader::read));

  /**
   * Reads one value (a check-in, an objective…) from a parser positioned before or on its first
   * token; pointers are relative to the value.
   *
   * @throws OkrJsonException with every problem found
   * @throws UncheckedIOException if the input cannot be read
   */
  static <T> T readValue(JsonParser parser, ReadLimits limits, Class<T> type) {
    BiFunction<PlanReader, Node, @Nullable Object> convert = VALUE_READERS.get(type);
    if (convert == null) {
      throw new IllegalArgumentException("no reader for " + type.getName());
    }
    PlanReader reader = new PlanReader(limits);
    try {
      Object value = null;
      try {
        JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
        if (token == null) {
          reader.problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0, "the document is empty"));
        } else {
          Node node = TreeReader.read(reader, parser, token, null, null, -1);
          reader.root = node;
          value = convert.apply(reader, node);
        }
      } catch (JsonProcessingException e) {
        reader.syntaxProblem(parser, e);
      } catch (CharConversionException e) {
        reader.encodingProblem(e);
      }
      if (!reader.problems.isEmpty() || value == null) {
        throw new OkrJsonException(reader.problems);
      }
      return type.cast(value);
    } catch (Stop stop) {
      throw new OkrJsonException(reader.problems);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON document", e);
    }
  }

  /** Bytes that are not text in the encoding they were detected in (UTF-8, UTF-16 or UTF-32). */
  void encodingProblem(CharConversionException e) {
    problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0,
        "the bytes are not valid UTF-8, UTF-16 or UTF-32 text: " + e.getMessage()));
  }

  void syntaxProblem(JsonParser parser, JsonProcessingException e) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String pointer = parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    JsonProblem.Code code = e instanceof StreamConstraintsException ? JsonProblem.Code.OVER_LIMIT
        : isDuplicateProperty(parser, e) ? JsonProblem.Code.DUPLICATE_PROPERTY : JsonProblem.Code.MALFORMED;
    problems.add(JsonProblem.of(code, pointer, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
        syntax(e)));
  }

  /**
   * Reads a plan from a parser positioned before or on the root object's first token.
   *
   * @param requireEnd whether the document must end after the root object
   * @throws OkrJsonException with every problem found
   * @throws UncheckedIOException if the input cannot be read
   */
  static Plan read(JsonParser parser, ReadLimits limits, boolean requireEnd) {
    return new PlanReader(limits).readDocument(parser, requireEnd);
  }

  private Plan readDocument(JsonParser parser, boolean requireEnd) {
    try {
      Plan plan = null;
      try {
        plan = readRoot(parser, requireEnd);
      } catch (JsonProcessingException e) {
        syntaxProblem(parser, e);
      } catch (CharConversionException e) {
        encodingProblem(e);
      }
      if (!problems.isEmpty() || plan == null) {
        throw new OkrJsonException(problems);
      }
      return plan;
    } catch (Stop stop) {
      throw new OkrJsonException(problems);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON document", e);
    }
  }

  /**
   * Tells whether Jackson refused a repeated property name. Jackson 2 gives that refusal no type of
   * its own, so it is recognised here, and only here, by its exact text for the name the parser was
   * reading ({@code ProblemCodeTest} pins the wording: an upgrade that changes it fails the build).
   */
  private static boolean isDuplicateProperty(JsonParser parser, JsonProcessingException e) {
    JsonStreamContext context = parser.getParsingContext();
    if (context == null || !context.inObject() || !parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      return false;
    }
    String name = context.getCurrentName();
    return name != null && ("Duplicate field '" + name + "'").equals(e.getOriginalMessage());
  }

  static String syntax(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return "malformed or refused JSON: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  private @Nullable Plan readRoot(JsonParser parser, boolean requireEnd) throws IOException {
    JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (token == null) {
      problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0, "the document is empty: a plan document is a JSON object"));
      return null;
    }
    Plan plan = planObject(parser, token, null, null);
    if (requireEnd) {
      JsonToken after = parser.nextToken();
      if (after != null) {
        Node trailing = TreeReader.node(parser, after, null, null, -1);
        problems.add(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", trailing.line, trailing.column,
            "trailing content after the plan document: a document holds exactly one JSON object"));
        return null;
      }
    }
    return plan;
  }

  /**
   * Reads a plan document from its first token to its last, as the root or as the member
   * {@code name} of {@code parent} (a view document's plan): pointers then start with the
   * parent's. Returns null when this plan document has problems.
   */
  @Nullable Plan planObject(JsonParser parser, JsonToken token, @Nullable Node parent, @Nullable String member)
      throws IOException {
    int before = problems.size();
    Node top = TreeReader.node(parser, token, parent, member, -1);
    if (parent == null) {
      root = top;
    }
    if (token != JsonToken.START_OBJECT) {
      problem(top, "is " + top.describe() + ": a plan document is a JSON object with a schemaVersion");
      parser.skipChildren();
      return null;
    }
    String title = null;
    String language = null;
    Node version = null;
    List<FrameworkRef> required = new ArrayList<>();
    List<OrgUnit> units = new ArrayList<>();
    List<Cycle> cycles = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>();
    List<Initiative> initiatives = new ArrayList<>();
    List<AlignmentLink> links = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken valueToken = parser.nextToken();
      if (!seen.add(name)) {
        Node duplicate = TreeReader.node(parser, valueToken, top, name, -1);
        problem(duplicate, "duplicate property '" + name + "'");
        parser.skipChildren();
        continue;
      }
      if (TOP_LEVEL.contains(name)) {
        Node array = TreeReader.node(parser, valueToken, top, name, -1);
        top.children().add(array);
        if (valueToken != JsonToken.START_ARRAY) {
          problem(array, "is " + array.describe() + ": '" + name + "' is an array");
          parser.skipChildren();
          continue;
        }
        switch (name) {
          case "units": collection(parser, array, units, n -> UnitReader.read(this, n)); break;
          case "cycles": collection(parser, array, cycles, n -> CycleReader.read(this, n)); break;
          case "objectives": collection(parser, array, objectives, n -> ObjectiveReader.read(this, n)); break;
          case "initiatives": collection(parser, array, initiatives, n -> InitiativeReader.read(this, n)); break;
          case "requiredFrameworkRefs": collection(parser, array, required, n -> FrameworkRefReader.read(this, n)); break;
          case "suppressions": collection(parser, array, suppressions, n -> SuppressionReader.read(this, n)); break;
          default: collection(parser, array, links, n -> LinkReader.read(this, n)); break;
        }
      } else if (name.equals("schemaVersion") || name.equals("title") || name.equals("language")) {
        Node value = TreeReader.read(this, parser, valueToken, top, name, -1);
        top.children().add(value);
        if (name.equals("title")) {
          title = value.kind == Node.Kind.STRING ? value.text : wrongType(value, "a string");
        } else if (name.equals("language")) {
          language = value.kind == Node.Kind.STRING ? value.text : wrongType(value, "a string (a BCP 47 language tag)");
        } else {
          version = value;
          checkVersion(value);
        }
      } else {
        Node unknown = TreeReader.node(parser, valueToken, top, name, -1);
        problem(unknown, "unknown property '" + name + "': a plan document has schemaVersion, title, language, "
            + "requiredFrameworkRefs, units, cycles, objectives, initiatives, links and suppressions");
        parser.skipChildren();
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      ended(top);
    }
    if (version == null) {
      problem(top, "schemaVersion is missing: a plan document states the version of its format, "
          + PlanWriter.SCHEMA_VERSION + " for this library");
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      Plan.Builder builder = Plan.builder().title(title == null ? "" : title).addAllRequiredFrameworkRefs(required)
          .addAllUnits(units).addAllCycles(cycles).addAllObjectives(objectives).addAllInitiatives(initiatives)
          .addAllLinks(links).addAllSuppressions(suppressions);
      if (language != null) {
        builder.language(language);
      }
      return builder.build();
    } catch (InvalidPlanException e) {
      for (PlanProblem p : e.getProblems()) {
        ProblemLocator.locate(this, top, p, false);
      }
      return null;
    }
  }

  void checkVersion(Node value) {
    checkVersion(value, PlanWriter.SCHEMA_VERSION);
  }

  /** Checks a document's schemaVersion; a newer one stops reading, with this problem alone. */
  void checkVersion(Node value, int supported) {
    if (value.kind != Node.Kind.INTEGER) {
      wrongType(value, "an integer");
      return;
    }
    BigDecimal version = new BigDecimal(value.text);
    if (version.compareTo(BigDecimal.valueOf(supported)) > 0) {
      // The rest of a newer document is not ours to judge: report this alone.
      problems.clear();
      problem(value, "schemaVersion " + value.text + " is newer than this library reads ("
          + supported + "): upgrade okr-jackson");
      throw new Stop();
    }
    if (version.signum() <= 0) {
      problem(value, "schemaVersion " + value.text + " does not exist: versions start at 1");
    }
  }

  <T> void collection(JsonParser parser, Node array, List<T> out, Function<Node, @Nullable T> convert)
      throws IOException {
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        ended(array);
      }
      if (index >= limits.getMaxCollectionSize()) {
        problem(JsonProblem.Kind.LIMIT, array.pointer(), array,
            "has more than " + limits.getMaxCollectionSize() + " elements (ReadLimits.maxCollectionSize)");
        throw new Stop();
      }
      Node element = TreeReader.read(this, parser, token, array, null, index++);
      array.children().add(element);
      T value = convert.apply(element);
      if (value != null) {
        out.add(value);
      }
      prune(element);
    }
  }

  /** Drops what no plan-wide rule can point at, so a national plan's check-ins are not kept twice. */
  private static void prune(Node element) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(element);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if ("checkIns".equals(node.name) && node.kind == Node.Kind.ARRAY) {
        node.children = new ArrayList<>(0);
        continue;
      }
      for (Node child : node.children()) {
        if (child.isContainer()) {
          stack.push(child);
        }
      }
    }
  }

  // ---------------------------------------------------------------- problems

  void problem(Node node, String message) {
    problem(node.pointer(), node, message);
  }

  void problem(String pointer, Node node, String message) {
    problem(JsonProblem.Kind.CONTENT, pointer, node, message);
  }

  void problem(JsonProblem.Kind kind, String pointer, Node node, String message) {
    problems.add(JsonProblem.of(kind, pointer, node.line, node.column, message));
    if (problems.size() >= limits.getMaxProblems()) {
      problems.add(JsonProblem.of(JsonProblem.Code.PROBLEMS_CUT_OFF, "", 0, 0, "reading stopped after " + limits.getMaxProblems()
          + " problems (ReadLimits.maxProblems)"));
      throw new Stop();
    }
  }

  /** Stops at an end of input inside a value (the parser reports it first, when it can). */
  void ended(Node open) {
    problem(JsonProblem.Kind.SYNTAX, open.pointer(), open, "the document ends inside this value: it is truncated");
    throw new Stop();
  }

  <T> @Nullable T wrongType(Node node, String expected) {
    problem(node, "is " + node.describe() + ": expected " + expected);
    return null;
  }

  /**
   * Builds a value, turning the problems of its {@link InvalidPlanException} into located ones: the
   * first segment of each problem's path names the value itself, the rest is resolved from
   * {@code node}.
   */
  <T> @Nullable T build(Node node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidPlanException e) {
      for (PlanProblem p : e.getProblems()) {
        ProblemLocator.locate(this, node, p, true);
      }
      return null;
    } catch (IllegalStateException e) {
      problem(node, "is incomplete: " + e.getMessage());
      return null;
    }
  }

  @Nullable BigDecimal decimal(Node node) {
    if (node.kind != Node.Kind.INTEGER && node.kind != Node.Kind.DECIMAL) {
      return wrongType(node, "a number");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(node.text);
    } catch (NumberFormatException e) {
      problem(node, "is not a finite decimal number");
      return null;
    }
    if (Math.abs((long) value.scale()) > ReadLimits.MAX_DECIMAL_SCALE) {
      problem(node, "has an exponent out of range: decimals are bounded to a scale of ±" + ReadLimits.MAX_DECIMAL_SCALE);
      return null;
    }
    return value;
  }

  @Nullable Members members(Node node, String what) {
    if (node.kind != Node.Kind.OBJECT) {
      wrongType(node, what);
      return null;
    }
    return new Members(this, node, what);
  }

}
