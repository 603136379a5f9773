package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * <p>One instance reads one document; not thread-safe.
 */
final class PlanReader {

  private static final Set<String> TOP_LEVEL = Set.of("units", "cycles", "objectives", "initiatives", "links",
      "suppressions");

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

  /** How each value type of a plan is read on its own, for the module's value deserializers. */
  static final Map<Class<?>, BiFunction<PlanReader, Node, @Nullable Object>> VALUE_READERS = Map.ofEntries(
      Map.entry(OrgUnit.class, PlanReader::unit),
      Map.entry(Cycle.class, PlanReader::cycle),
      Map.entry(Objective.class, PlanReader::objective),
      Map.entry(KeyResult.class, PlanReader::keyResult),
      Map.entry(CheckIn.class, PlanReader::checkIn),
      Map.entry(Metric.class, PlanReader::metric),
      Map.entry(Target.class, PlanReader::target),
      Map.entry(Initiative.class, PlanReader::initiative),
      Map.entry(AlignmentLink.class, PlanReader::link),
      Map.entry(FrameworkRef.class, PlanReader::frameworkRef),
      Map.entry(StatusOverride.class, PlanReader::statusOverride),
      Map.entry(Suppression.class, PlanReader::suppression),
      Map.entry(Waypoint.class, PlanReader::waypoint),
      Map.entry(RollupSettings.class, PlanReader::rollup));

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
          Node node = reader.readTree(parser, token, null, null, -1);
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
    JsonProblem.Kind kind = e instanceof StreamConstraintsException ? JsonProblem.Kind.LIMIT : JsonProblem.Kind.SYNTAX;
    problems.add(JsonProblem.of(kind, pointer, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
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
        Node trailing = newNode(parser, after, null, null, -1);
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
    Node top = newNode(parser, token, parent, member, -1);
    if (parent == null) {
      root = top;
    }
    if (token != JsonToken.START_OBJECT) {
      problem(top, "is " + top.describe() + ": a plan document is a JSON object with a schemaVersion");
      parser.skipChildren();
      return null;
    }
    String title = null;
    Node version = null;
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
        Node duplicate = newNode(parser, valueToken, top, name, -1);
        problem(duplicate, "duplicate property '" + name + "'");
        parser.skipChildren();
        continue;
      }
      if (TOP_LEVEL.contains(name)) {
        Node array = newNode(parser, valueToken, top, name, -1);
        top.children().add(array);
        if (valueToken != JsonToken.START_ARRAY) {
          problem(array, "is " + array.describe() + ": '" + name + "' is an array");
          parser.skipChildren();
          continue;
        }
        switch (name) {
          case "units": collection(parser, array, units, this::unit); break;
          case "cycles": collection(parser, array, cycles, this::cycle); break;
          case "objectives": collection(parser, array, objectives, this::objective); break;
          case "initiatives": collection(parser, array, initiatives, this::initiative); break;
          case "suppressions": collection(parser, array, suppressions, this::suppression); break;
          default: collection(parser, array, links, this::link); break;
        }
      } else if (name.equals("schemaVersion") || name.equals("title")) {
        Node value = readTree(parser, valueToken, top, name, -1);
        top.children().add(value);
        if (name.equals("title")) {
          title = value.kind == Node.Kind.STRING ? value.text : wrongType(value, "a string");
        } else {
          version = value;
          checkVersion(value);
        }
      } else {
        Node unknown = newNode(parser, valueToken, top, name, -1);
        problem(unknown, "unknown property '" + name + "': a plan document has schemaVersion, title, units, "
            + "cycles, objectives, initiatives, links and suppressions");
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
      return Plan.builder().title(title == null ? "" : title).addAllUnits(units).addAllCycles(cycles)
          .addAllObjectives(objectives).addAllInitiatives(initiatives).addAllLinks(links)
          .addAllSuppressions(suppressions).build();
    } catch (InvalidPlanException e) {
      for (PlanProblem p : e.getProblems()) {
        locate(top, p, false);
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
      Node element = readTree(parser, token, array, null, index++);
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

  // ---------------------------------------------------------------- tree

  Node newNode(JsonParser parser, JsonToken token, @Nullable Node parent, @Nullable String name, int index)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    Node node = new Node(kind(token), parent, name, index, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node.text = parser.getText();
        break;
      case VALUE_TRUE:
        node.text = "true";
        break;
      case VALUE_FALSE:
        node.text = "false";
        break;
      default:
        break;
    }
    return node;
  }

  private static Node.Kind kind(JsonToken token) {
    switch (token) {
      case START_OBJECT: return Node.Kind.OBJECT;
      case START_ARRAY: return Node.Kind.ARRAY;
      case VALUE_STRING: return Node.Kind.STRING;
      case VALUE_NUMBER_INT: return Node.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT: return Node.Kind.DECIMAL;
      case VALUE_TRUE:
      case VALUE_FALSE: return Node.Kind.BOOLEAN;
      case VALUE_NULL: return Node.Kind.NULL;
      default: throw new IllegalStateException("unexpected token " + token);
    }
  }

  /** Reads one value and everything in it; iterative, so depth costs no stack. */
  Node readTree(JsonParser parser, JsonToken first, @Nullable Node parent, @Nullable String name, int index)
      throws IOException {
    Node top = newNode(parser, first, parent, name, index);
    if (!top.isContainer()) {
      return top;
    }
    Deque<Node> open = new ArrayDeque<>();
    open.push(top);
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      Node current = open.peek();
      if (token == null) {
        ended(current);
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        continue;
      }
      String memberName = null;
      if (token == JsonToken.FIELD_NAME) {
        memberName = parser.currentName();
        token = parser.nextToken();
      }
      List<Node> children = current.children();
      if (children.size() >= limits.getMaxArraySize()) {
        problem(JsonProblem.Kind.LIMIT, current.pointer(), current,
            "has more than " + limits.getMaxArraySize() + " elements (ReadLimits.maxArraySize)");
        throw new Stop();
      }
      Node child = newNode(parser, token, current, memberName, memberName == null ? children.size() : -1);
      children.add(child);
      if (child.isContainer()) {
        open.push(child);
      }
    }
    return top;
  }

  // ---------------------------------------------------------------- problems

  void problem(Node node, String message) {
    problem(node.pointer(), node, message);
  }

  private void problem(String pointer, Node node, String message) {
    problem(JsonProblem.Kind.CONTENT, pointer, node, message);
  }

  private void problem(JsonProblem.Kind kind, String pointer, Node node, String message) {
    problems.add(JsonProblem.of(kind, pointer, node.line, node.column, message));
    if (problems.size() >= limits.getMaxProblems()) {
      problems.add(JsonProblem.of(JsonProblem.Kind.LIMIT, "", 0, 0, "reading stopped after " + limits.getMaxProblems()
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
  private <T> @Nullable T build(Node node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidPlanException e) {
      for (PlanProblem p : e.getProblems()) {
        locate(node, p, true);
      }
      return null;
    } catch (IllegalStateException e) {
      problem(node, "is incomplete: " + e.getMessage());
      return null;
    }
  }

  /** Maps a problem's id-based path ({@code objectives[obj-7].keyResults[kr-2].metric.target}) to a pointer. */
  private void locate(Node base, PlanProblem planProblem, boolean dropFirst) {
    List<String[]> segments = segments(planProblem.getPath());
    boolean duplicate = planProblem.getMessage().startsWith("duplicate");
    Node current = base;
    StringBuilder rest = new StringBuilder();
    boolean lost = false;
    for (int i = dropFirst ? 1 : 0; i < segments.size(); i++) {
      String name = segments.get(i)[0];
      String key = segments.get(i)[1];
      if (lost) {
        if (key != null) {
          break;
        }
        rest.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        continue;
      }
      Node member = current.member(name);
      if (member == null) {
        lost = true;
        rest.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        if (key != null) {
          break;
        }
        continue;
      }
      current = member;
      if (key != null) {
        Node item = item(member, key, duplicate);
        if (item == null) {
          break;
        }
        current = item;
      }
    }
    problem(current.pointer() + rest, current, planProblem.getMessage());
  }

  private static @Nullable Node item(Node array, String key, boolean preferSecond) {
    Node first = null;
    for (Node item : array.children()) {
      if (key.equals(identity(item))) {
        if (!preferSecond || first != null) {
          return item;
        }
        first = item;
      }
    }
    return first;
  }

  /** The key by which the domain's problem paths name an array element. */
  private static @Nullable String identity(Node item) {
    if (item.kind == Node.Kind.STRING) {
      return item.text;
    }
    String id = item.memberText("id");
    if (id != null) {
      return id;
    }
    String child = item.memberText("childId");
    String parent = item.memberText("parentId");
    if (child != null && parent != null) {
      return child + "→" + parent;
    }
    String observed = item.memberText("observedOn");
    if (observed != null) {
      return observed;
    }
    String date = item.memberText("date");
    if (date != null) {
      return date;
    }
    String scheme = item.memberText("scheme");
    String code = item.memberText("code");
    if (scheme != null && code != null) {
      return Names.FRAMEWORK_SCHEME.constant(scheme).map(Enum::name).orElse(scheme) + ":" + code;
    }
    return null;
  }

  /** Splits {@code a[k].b.c[k2]} into (name, key) pairs; keys may hold dots. */
  static List<String[]> segments(String path) {
    List<String[]> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      int j = i;
      while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
        j++;
      }
      String name = path.substring(i, j);
      String key = null;
      if (j < n && path.charAt(j) == '[') {
        int close = j + 1;
        while (close < n && !(path.charAt(close) == ']' && (close + 1 == n || path.charAt(close + 1) == '.'))) {
          close++;
        }
        key = path.substring(j + 1, Math.min(close, n));
        j = Math.min(close + 1, n);
      }
      out.add(new String[] {name, key});
      i = j < n && path.charAt(j) == '.' ? j + 1 : j;
      if (j >= n) {
        break;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- members

  /** The members of one object being read: typed access, then a check that nothing unknown is left. */
  final class Members {
    private final Node node;
    private final String what;
    /** The names asked for, in order; a list, as objects have a handful of members. */
    private final List<String> known = new ArrayList<>(16);

    /** Problems when reading began, and those that leave this object's own fields intact. */
    private final int start = problems.size();
    private int notOwn;

    Members(Node node, String what) {
      this.node = node;
      this.what = what;
    }

    /**
     * Tells whether the value can still be built to find its own broken rules: its own fields are
     * well formed, though some of its elements (key results, check-ins…) or unknown members were
     * not. A value so built is only used for its problems ({@link #keep}).
     */
    boolean buildable() {
      return problems.size() - start == notOwn;
    }

    /** Returns the value if no problem was found in this object or in anything in it. */
    <T> @Nullable T keep(@Nullable T value) {
      return problems.size() == start ? value : null;
    }

    @Nullable Node get(String name) {
      if (!known.contains(name)) {
        known.add(name);
      }
      Node member = node.member(name);
      if (member != null && member.kind == Node.Kind.NULL) {
        problem(member, "is null: leave the property out instead");
        return null;
      }
      return member;
    }

    @Nullable Node require(String name) {
      Node member = get(name);
      if (member == null && node.member(name) == null) {
        problem(node, name + " is missing: " + what + " needs it");
      }
      return member;
    }

    /** Reports unknown and repeated members; call after every get. */
    void finish() {
      int before = problems.size();
      List<Node> children = node.children();
      for (int i = 0; i < children.size(); i++) {
        Node child = children.get(i);
        if (!known.contains(child.name)) {
          problem(child, "unknown property '" + child.name + "': " + what + " has " + String.join(", ", known));
        } else {
          for (int j = 0; j < i; j++) {
            if (child.name.equals(children.get(j).name)) {
              problem(child, "duplicate property '" + child.name + "'");
              break;
            }
          }
        }
      }
      notOwn += problems.size() - before;
    }

    @Nullable String string(String name, boolean required) {
      Node member = required ? require(name) : get(name);
      if (member == null) {
        return null;
      }
      return member.kind == Node.Kind.STRING ? member.text : wrongType(member, "a string");
    }

    @Nullable LocalDate date(String name, boolean required) {
      Node member = required ? require(name) : get(name);
      if (member == null) {
        return null;
      }
      if (member.kind != Node.Kind.STRING) {
        return wrongType(member, "an ISO-8601 date string such as \"2026-03-31\"");
      }
      LocalDate fast = IsoDates.date(member.text);
      if (fast != null) {
        return fast;
      }
      try {
        return LocalDate.parse(member.text);
      } catch (DateTimeParseException e) {
        problem(member, "is not an ISO-8601 date: write it as \"2026-03-31\"");
        return null;
      }
    }

    @Nullable Instant instant(String name, boolean required) {
      Node member = required ? require(name) : get(name);
      if (member == null) {
        return null;
      }
      if (member.kind != Node.Kind.STRING) {
        return wrongType(member, "an ISO-8601 instant string such as \"2026-03-31T08:30:00Z\"");
      }
      Instant fast = IsoDates.instant(member.text);
      if (fast != null) {
        return fast;
      }
      try {
        return Instant.parse(member.text);
      } catch (DateTimeParseException e) {
        problem(member, "is not an ISO-8601 instant in UTC: write it as \"2026-03-31T08:30:00Z\"");
        return null;
      }
    }

    @Nullable Period period(String name) {
      Node member = get(name);
      if (member == null) {
        return null;
      }
      if (member.kind != Node.Kind.STRING) {
        return wrongType(member, "an ISO-8601 period string such as \"P1M\"");
      }
      try {
        return Period.parse(member.text);
      } catch (DateTimeParseException e) {
        problem(member, "is not an ISO-8601 period: write it as \"P1M\", \"P7D\" or \"P1Y\"");
        return null;
      }
    }

    @Nullable BigDecimal decimal(String name, boolean required) {
      Node member = required ? require(name) : get(name);
      return member == null ? null : PlanReader.this.decimal(member);
    }

    @Nullable Double number(String name) {
      Node member = get(name);
      if (member == null) {
        return null;
      }
      if (member.kind != Node.Kind.INTEGER && member.kind != Node.Kind.DECIMAL) {
        return wrongType(member, "a number");
      }
      double value;
      try {
        value = Double.parseDouble(member.text);
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!Double.isFinite(value)) {
        problem(member, "is not a finite number");
        return null;
      }
      return value;
    }

    @Nullable Boolean bool(String name) {
      Node member = get(name);
      if (member == null) {
        return null;
      }
      return member.kind == Node.Kind.BOOLEAN ? Boolean.valueOf(member.text) : wrongType(member, "true or false");
    }

    <E extends Enum<E>> @Nullable E constant(String name, Names<E> names, boolean required) {
      Node member = required ? require(name) : get(name);
      if (member == null) {
        return null;
      }
      if (member.kind != Node.Kind.STRING) {
        return wrongType(member, "one of " + names.choices());
      }
      Optional<E> constant = names.constant(member.text);
      if (constant.isEmpty()) {
        problem(member, "is not one of " + names.choices());
        return null;
      }
      return constant.get();
    }

    /** Reads an array of strings; {@code distinct} reports repeated ones (the property is a set). */
    @Nullable List<String> strings(String name, boolean distinct) {
      Node member = get(name);
      if (member == null) {
        return List.of();
      }
      if (member.kind != Node.Kind.ARRAY) {
        return wrongType(member, "an array of strings");
      }
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      boolean ok = true;
      for (Node item : member.children()) {
        if (item.kind != Node.Kind.STRING) {
          wrongType(item, "a string");
          ok = false;
        } else if (distinct && !seen.add(item.text)) {
          problem(item, "'" + item.text + "' is listed twice");
          ok = false;
        } else {
          out.add(item.text);
        }
      }
      return ok ? out : null;
    }

    <T> @Nullable List<T> objects(String name, Function<Node, @Nullable T> convert) {
      Node member = get(name);
      if (member == null) {
        return List.of();
      }
      if (member.kind != Node.Kind.ARRAY) {
        return wrongType(member, "an array");
      }
      List<T> out = new ArrayList<>(member.children().size());
      int before = problems.size();
      for (Node item : member.children()) {
        T value = convert.apply(item);
        if (value != null) {
          out.add(value);
        }
      }
      notOwn += problems.size() - before;
      return out;
    }

    <T> @Nullable T object(String name, boolean required, Function<Node, @Nullable T> convert) {
      Node member = required ? require(name) : get(name);
      if (member == null) {
        return null;
      }
      int before = problems.size();
      T value = convert.apply(member);
      notOwn += problems.size() - before;
      return value;
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

  private static boolean present(@Nullable Object... values) {
    for (Object value : values) {
      if (value == null) {
        return false;
      }
    }
    return true;
  }

  @Nullable Members members(Node node, String what) {
    if (node.kind != Node.Kind.OBJECT) {
      wrongType(node, what);
      return null;
    }
    return new Members(node, what);
  }

  // ---------------------------------------------------------------- domain values

  private @Nullable OrgUnit unit(Node node) {
    Members m = members(node, "a unit");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String name = m.string("name", true);
    var kind = m.constant("kind", Names.UNIT_KIND, true);
    String parentId = m.string("parentId", false);
    TreeMap<String, String> identifiers = new TreeMap<>();
    Node ids = m.get("identifiers");
    if (ids != null) {
      if (ids.kind != Node.Kind.OBJECT) {
        wrongType(ids, "an object of identifiers by scheme, e.g. {\"FINESS\": \"590780193\"}");
      } else {
        for (Node entry : ids.children()) {
          if (entry.kind != Node.Kind.STRING) {
            wrongType(entry, "a string");
          } else if (identifiers.put(entry.name, entry.text) != null) {
            problem(entry, "duplicate identifier scheme '" + entry.name + "'");
          }
        }
      }
    }
    m.finish();
    if (!m.buildable() || !present(id, name, kind)) {
      return null;
    }
    return m.keep(build(node, () -> OrgUnit.builder().id(id).name(name).kind(kind)
        .parentId(Optional.ofNullable(parentId)).identifiers(identifiers).build()));
  }

  private @Nullable Cycle cycle(Node node) {
    Members m = members(node, "a cycle");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String label = m.string("label", true);
    LocalDate start = m.date("startDate", true);
    LocalDate end = m.date("endDate", true);
    String parentId = m.string("parentId", false);
    m.finish();
    if (!m.buildable() || !present(id, label, start, end)) {
      return null;
    }
    return m.keep(build(node, () -> Cycle.builder().id(id).label(label).startDate(start).endDate(end)
        .parentId(Optional.ofNullable(parentId)).build()));
  }

  private @Nullable Objective objective(Node node) {
    Members m = members(node, "an objective");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    String description = m.string("description", false);
    String owner = m.string("ownerUnitId", true);
    List<String> ownerPersons = m.strings("ownerPersonIds", true);
    String cycleId = m.string("cycleId", true);
    var kind = m.constant("kind", Names.OBJECTIVE_KIND, false);
    var lifecycle = m.constant("lifecycle", Names.LIFECYCLE, false);
    var visibility = m.constant("visibility", Names.VISIBILITY, false);
    List<String> grantedUnits = m.strings("grantedUnitIds", true);
    List<String> grantedPersons = m.strings("grantedPersonIds", true);
    List<FrameworkRef> refs = m.objects("frameworkRefs", this::frameworkRef);
    RollupSettings rollup = m.object("rollup", false, this::rollup);
    StatusOverride override = m.object("statusOverride", false, this::statusOverride);
    List<KeyResult> keyResults = m.objects("keyResults", this::keyResult);
    m.finish();
    if (!m.buildable() || !present(id, title, owner, cycleId, ownerPersons, grantedUnits, grantedPersons, refs, keyResults)) {
      return null;
    }
    return m.keep(build(node, () -> {
      Objective.Builder b = Objective.builder().id(id).title(title).ownerUnitId(owner).cycleId(cycleId)
          .ownerPersonIds(ownerPersons).grantedUnitIds(grantedUnits).grantedPersonIds(grantedPersons)
          .frameworkRefs(refs).keyResults(keyResults).statusOverride(Optional.ofNullable(override));
      if (description != null) {
        b.description(description);
      }
      if (kind != null) {
        b.kind(kind);
      }
      if (lifecycle != null) {
        b.lifecycle(lifecycle);
      }
      if (visibility != null) {
        b.visibility(visibility);
      }
      if (rollup != null) {
        b.rollup(rollup);
      }
      return b.build();
    }));
  }

  private @Nullable FrameworkRef frameworkRef(Node node) {
    Members m = members(node, "a framework reference");
    if (m == null) {
      return null;
    }
    var scheme = m.constant("scheme", Names.FRAMEWORK_SCHEME, true);
    String version = m.string("schemeVersion", false);
    String code = m.string("code", true);
    String label = m.string("label", false);
    m.finish();
    if (!m.buildable() || !present(scheme, code)) {
      return null;
    }
    return m.keep(build(node, () -> {
      FrameworkRef.Builder b = FrameworkRef.builder().scheme(scheme).schemeVersion(Optional.ofNullable(version)).code(code);
      if (label != null) {
        b.label(label);
      }
      return b.build();
    }));
  }

  private @Nullable RollupSettings rollup(Node node) {
    Members m = members(node, "rollup settings");
    if (m == null) {
      return null;
    }
    var sources = m.constant("sources", Names.ROLLUP_SOURCES, false);
    String strategy = m.string("strategy", false);
    var noData = m.constant("noData", Names.NO_DATA_POLICY, false);
    Boolean cap = m.bool("capOverachievement");
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(build(node, () -> {
      RollupSettings.Builder b = RollupSettings.builder();
      if (sources != null) {
        b.sources(sources);
      }
      if (strategy != null) {
        b.strategy(strategy);
      }
      if (noData != null) {
        b.noData(noData);
      }
      if (cap != null) {
        b.capOverachievement(cap);
      }
      return b.build();
    }));
  }

  @Nullable StatusOverride statusOverride(Node node) {
    Members m = members(node, "a status override");
    if (m == null) {
      return null;
    }
    var status = m.constant("status", Names.STATUS, true);
    String author = m.string("authorId", true);
    Instant setAt = m.instant("setAt", true);
    String reason = m.string("reason", true);
    m.finish();
    if (!m.buildable() || !present(status, author, setAt, reason)) {
      return null;
    }
    return m.keep(build(node, () -> StatusOverride.of(status, author, setAt, reason)));
  }

  private @Nullable KeyResult keyResult(Node node) {
    Members m = members(node, "a key result");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    Metric metric = m.object("metric", true, this::metric);
    var unit = m.constant("unit", Names.MEASURE_UNIT, false);
    String unitLabel = m.string("unitLabel", false);
    LocalDate start = m.date("startDate", false);
    LocalDate due = m.date("dueDate", false);
    Double weight = m.number("weight");
    String indicator = m.string("indicatorId", false);
    IndicatorBinding binding = m.object("indicator", false, this::indicator);
    Period cadence = m.period("cadence");
    List<Waypoint> waypoints = m.objects("waypoints", this::waypoint);
    StatusOverride override = m.object("statusOverride", false, this::statusOverride);
    List<CheckIn> checkIns = m.objects("checkIns", this::checkIn);
    m.finish();
    if (!m.buildable() || !present(id, title, metric, waypoints, checkIns)) {
      return null;
    }
    return m.keep(build(node, () -> {
      KeyResult.Builder b = KeyResult.builder().id(id).title(title).metric(metric)
          .unitLabel(Optional.ofNullable(unitLabel)).startDate(Optional.ofNullable(start))
          .dueDate(Optional.ofNullable(due)).indicatorId(Optional.ofNullable(indicator))
          .indicator(Optional.ofNullable(binding))
          .cadence(Optional.ofNullable(cadence)).waypoints(waypoints).statusOverride(Optional.ofNullable(override))
          .checkIns(checkIns);
      if (unit != null) {
        b.unit(unit);
      }
      if (weight != null) {
        b.weight(weight);
      }
      return b.build();
    }));
  }

  private @Nullable Waypoint waypoint(Node node) {
    Members m = members(node, "a waypoint");
    if (m == null) {
      return null;
    }
    LocalDate date = m.date("date", true);
    Double expected = m.number("expected");
    if (expected == null && node.member("expected") == null) {
      problem(node, "expected is missing: a waypoint needs it");
    }
    m.finish();
    if (!m.buildable() || !present(date, expected)) {
      return null;
    }
    return m.keep(build(node, () -> Waypoint.of(date, expected)));
  }

  private @Nullable Metric metric(Node node) {
    Members m = members(node, "a metric");
    if (m == null) {
      return null;
    }
    Node typeNode = m.require("type");
    String type = null;
    if (typeNode != null) {
      if (typeNode.kind != Node.Kind.STRING) {
        wrongType(typeNode, "a metric type");
      } else {
        type = typeNode.text;
      }
    }
    Metric metric = null;
    if (type != null) {
      switch (type) {
        case "move_to_target": metric = moveToTarget(node, m); break;
        case "guardrail": metric = guardrail(node, m); break;
        case "milestone": metric = milestone(node, m); break;
        case "rate": metric = rate(node, m); break;
        case "computed": metric = computed(node, m); break;
        default:
          problem(typeNode, "is not one of 'move_to_target', 'guardrail', 'milestone', 'rate' or 'computed'");
          break;
      }
    }
    if (metric == null) {
      // still report unknown members of a metric whose type is wrong? No: they depend on the type.
      return null;
    }
    return metric;
  }

  private @Nullable MoveToTarget moveToTarget(Node node, Members m) {
    BigDecimal baseline = m.decimal("baseline", false);
    Target target = m.object("target", true, this::target);
    Boolean fromInitiatives = m.bool("fromInitiatives");
    m.finish();
    if (!m.buildable() || !present(target)) {
      return null;
    }
    return m.keep(build(node, () -> {
      MoveToTarget.Builder b = MoveToTarget.builder().baseline(Optional.ofNullable(baseline)).target(target);
      if (fromInitiatives != null) {
        b.fromInitiatives(fromInitiatives);
      }
      return b.build();
    }));
  }

  private @Nullable Guardrail guardrail(Node node, Members m) {
    BigDecimal low = m.decimal("low", false);
    BigDecimal high = m.decimal("high", false);
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(build(node, () -> Guardrail.builder().low(Optional.ofNullable(low)).high(Optional.ofNullable(high)).build()));
  }

  private @Nullable Milestone milestone(Node node, Members m) {
    Boolean fromInitiatives = m.bool("fromInitiatives");
    m.finish();
    if (!m.buildable()) {
      return null;
    }
    return m.keep(build(node, () -> Boolean.TRUE.equals(fromInitiatives) ? Milestone.fromInitiatives() : Milestone.doneOrNot()));
  }

  private @Nullable Rate rate(Node node, Members m) {
    BigDecimal baseline = m.decimal("baseline", false);
    Target target = m.object("target", true, this::target);
    m.finish();
    if (!m.buildable() || !present(target)) {
      return null;
    }
    return m.keep(build(node, () -> Rate.builder().baseline(Optional.ofNullable(baseline)).target(target).build()));
  }

  private @Nullable ComputedMetric computed(Node node, Members m) {
    var aggregation = m.constant("aggregation", Names.AGGREGATION, true);
    List<String> sources = m.strings("sourceIds", false);
    if (node.member("sourceIds") == null) {
      problem(node, "sourceIds is missing: a computed metric needs it");
    }
    BigDecimal baseline = m.decimal("baseline", true);
    Target target = m.object("target", true, this::target);
    m.finish();
    if (!m.buildable() || !present(aggregation, sources, baseline, target)) {
      return null;
    }
    return m.keep(build(node, () -> ComputedMetric.builder().aggregation(aggregation).sourceIds(sources)
        .baseline(baseline).target(target).build()));
  }

  private @Nullable Target target(Node node) {
    Members m = members(node, "a target, {\"value\": 90} or {\"changePercent\": -20}");
    if (m == null) {
      return null;
    }
    int before = problems.size();
    BigDecimal value = m.decimal("value", false);
    BigDecimal change = m.decimal("changePercent", false);
    m.finish();
    if (problems.size() > before) {
      return null;
    }
    if ((value == null) == (change == null)) {
      problem(node, "a target has exactly one of value (absolute) and changePercent (relative to the baseline)");
      return null;
    }
    return value != null ? Target.absolute(value) : Target.relative(change);
  }

  private @Nullable IndicatorBinding indicator(Node node) {
    Members m = members(node, "an indicator binding");
    if (m == null) {
      return null;
    }
    String system = m.string("system", false);
    String code = m.string("code", true);
    m.finish();
    if (!m.buildable() || !present(code)) {
      return null;
    }
    return m.keep(build(node, () -> system == null ? IndicatorBinding.of(code) : IndicatorBinding.of(system, code)));
  }

  private @Nullable CheckIn checkIn(Node node) {
    Members m = members(node, "a check-in");
    if (m == null) {
      return null;
    }
    LocalDate observedOn = m.date("observedOn", true);
    Instant recordedAt = m.instant("recordedAt", false);
    BigDecimal value = m.decimal("value", true);
    BigDecimal numerator = m.decimal("numerator", false);
    BigDecimal denominator = m.decimal("denominator", false);
    Double confidence = m.number("confidence");
    String note = m.string("note", false);
    String author = m.string("authorId", false);
    var source = m.constant("source", Names.CHECK_IN_SOURCE, false);
    var status = m.constant("status", Names.CHECK_IN_STATUS, false);
    String sourceRef = m.string("sourceRef", false);
    m.finish();
    if (!m.buildable() || !present(observedOn, value)) {
      return null;
    }
    return m.keep(build(node, () -> {
      CheckIn.Builder b = CheckIn.builder().observedOn(observedOn).value(value)
          .numerator(Optional.ofNullable(numerator)).denominator(Optional.ofNullable(denominator))
          .authorId(Optional.ofNullable(author)).sourceRef(Optional.ofNullable(sourceRef));
      if (recordedAt != null) {
        b.recordedAt(recordedAt);
      }
      if (confidence != null) {
        b.confidence(confidence);
      }
      if (note != null) {
        b.note(note);
      }
      if (source != null) {
        b.source(source);
      }
      if (status != null) {
        b.status(status);
      }
      return b.build();
    }));
  }

  private @Nullable Initiative initiative(Node node) {
    Members m = members(node, "an initiative");
    if (m == null) {
      return null;
    }
    String id = m.string("id", true);
    String title = m.string("title", true);
    var state = m.constant("state", Names.INITIATIVE_STATE, false);
    LocalDate doneOn = m.date("doneOn", false);
    Double weight = m.number("weight");
    List<String> keyResultIds = m.strings("keyResultIds", true);
    String externalRef = m.string("externalRef", false);
    m.finish();
    if (!m.buildable() || !present(id, title, keyResultIds)) {
      return null;
    }
    return m.keep(build(node, () -> {
      Initiative.Builder b = Initiative.builder().id(id).title(title).doneOn(Optional.ofNullable(doneOn))
          .keyResultIds(keyResultIds).externalRef(Optional.ofNullable(externalRef));
      if (state != null) {
        b.state(state);
      }
      if (weight != null) {
        b.weight(weight);
      }
      return b.build();
    }));
  }

  @Nullable Suppression suppression(Node node) {
    Members m = members(node, "a suppression");
    if (m == null) {
      return null;
    }
    String ruleId = m.string("ruleId", true);
    String target = m.string("target", true);
    String reason = m.string("reason", true);
    String author = m.string("authorId", true);
    m.finish();
    if (!m.buildable() || !present(ruleId, target, reason, author)) {
      return null;
    }
    return m.keep(build(node, () -> Suppression.of(ruleId, target, reason, author)));
  }

  private @Nullable AlignmentLink link(Node node) {
    Members m = members(node, "an alignment link");
    if (m == null) {
      return null;
    }
    String child = m.string("childId", true);
    String parent = m.string("parentId", true);
    Double weight = m.number("weight");
    var mode = m.constant("mode", Names.LINK_MODE, false);
    m.finish();
    if (!m.buildable() || !present(child, parent)) {
      return null;
    }
    return m.keep(build(node, () -> {
      AlignmentLink.Builder b = AlignmentLink.builder().childId(child).parentId(parent);
      if (weight != null) {
        b.weight(weight);
      }
      if (mode != null) {
        b.mode(mode);
      }
      return b.build();
    }));
  }
}
