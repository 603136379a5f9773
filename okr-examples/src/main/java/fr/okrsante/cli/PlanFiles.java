package fr.okrsante.cli;

import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.RollupStrategies;
import fr.okrsante.json.ReadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads plan documents from files with okr-jackson's {@link OkrJson}, and sorts what goes wrong
 * into the tool's exit codes.
 *
 * <p>{@link CliException#UNREADABLE} (3) when the file is not a JSON document this tool will read:
 * missing, not UTF-8 text, empty, malformed or truncated JSON, content after the document, NaN or
 * Infinity, or over a {@linkplain fr.okrsante.json.ReadLimits reading limit}.
 * {@link CliException#INVALID_PLAN} (1) when it is JSON but not a valid plan: an unknown
 * property, a wrong type, a missing value, a repeated key, a broken rule of the domain. The
 * exception's details list every problem with its JSON pointer, line and column.
 *
 * <p>{@link OkrJsonException} reports both kinds in one list; the tool sorts them by each problem's
 * {@link JsonProblem#getCode() code}, never by its text: {@link JsonProblem.Code#MALFORMED} (malformed,
 * empty, truncated or trailing) and {@link JsonProblem.Code#OVER_LIMIT} (over a reading limit) are about
 * the input itself; {@link JsonProblem.Code#DUPLICATE_PROPERTY} and {@link JsonProblem.Code#INVALID} about
 * the plan; {@link JsonProblem.Code#PROBLEMS_CUT_OFF} says the list was cut.
 */
final class PlanFiles implements PlanDocuments {

  private final OkrJson json;

  /**
   * A document may take at most this share (1/n) of the heap: a plan read from a document takes
   * about seven times the document's size in memory (measured: a 40 MB document of 100,000
   * objectives keeps about 280 MB live).
   */
  private static final int HEAP_SHARE = 8;

  /** The problems listed at most; the others are counted. */
  static final int SHOWN_PROBLEMS = 1_000;

  /** The problems collected at most, so that the count beyond those listed is exact for most plans. */
  private static final int COUNTED_PROBLEMS = 100_000;

  private final boolean heapSized;

  /**
   * Creates the reader with the standard limits, the document length capped to an eighth of the
   * heap this JVM may use ({@link Runtime#maxMemory()}).
   */
  PlanFiles() {
    this(OkrJson.standard().withLimits(limitsForHeap(Runtime.getRuntime().maxMemory())
        .withMaxProblems(COUNTED_PROBLEMS)), true);
  }

  /**
   * Creates the reader with given limits, for tests.
   *
   * @param json the reader
   */
  PlanFiles(OkrJson json) {
    this(json, false);
  }

  private PlanFiles(OkrJson json, boolean heapSized) {
    this.json = Objects.requireNonNull(json, "json");
    this.heapSized = heapSized;
  }

  @Override
  public Plan read(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": is a directory, not a plan document");
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (permission denied)");
    }
    long limit = json.getLimits().getMaxDocumentLength();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    // checked before reading a byte: a 300 MB file is refused at once, whatever its content
    if (size > limit) {
      throw new CliException(CliException.UNREADABLE, file + ": " + megabytes(size) + ", over the reading limit of "
          + megabytes(limit) + limitReason());
    }
    // streamed, never held whole: only the plan it describes stays in memory
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      return checkEvaluable(file, json.readPlan(in));
    } catch (OkrJsonException e) {
      throw classify(file, e);
    } catch (UncheckedIOException e) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (" + e.getCause().getMessage() + ")", e);
    } catch (IOException e) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      // a document within the limits may still describe more than this heap holds; say so in one line
      throw new CliException(CliException.UNREADABLE, file + ": " + megabytes(size)
          + " describe a plan larger than this Java heap holds (" + megabytes(Runtime.getRuntime().maxMemory())
          + "); run java with a larger -Xmx", e);
    }
  }

  /** Why the limit is what it is: the heap, when the heap made it lower than the library's default. */
  private String limitReason() {
    return heapSized ? " (an eighth of this Java heap of " + megabytes(Runtime.getRuntime().maxMemory())
        + "; run java with a larger -Xmx to read more)" : " (ReadLimits.maxDocumentLength)";
  }

  /**
   * Returns the limits sized to a heap: a document longer than an eighth of the heap is refused
   * before reading, as the plan it describes would not fit beside it.
   *
   * @param maxMemory the heap the JVM may use, {@link Runtime#maxMemory()}
   * @return the library's defaults, with the document length capped to an eighth of the heap
   */
  static ReadLimits limitsForHeap(long maxMemory) {
    ReadLimits defaults = ReadLimits.defaults();
    long heapLimit = Math.max(1, maxMemory / HEAP_SHARE);
    return heapLimit < defaults.getMaxDocumentLength() ? defaults.withMaxDocumentLength(heapLimit) : defaults;
  }

  /** Formats a size for a message: "300 MB", "812 bytes". */
  static String megabytes(long bytes) {
    return bytes >= 10L * 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
  }

  private static CliException classify(Path file, OkrJsonException e) {
    List<String> details = new ArrayList<>();
    JsonProblem unreadable = null;
    boolean stopped = false;
    int count = 0;
    for (JsonProblem problem : e.getProblems()) {
      if (isStop(problem)) {
        stopped = true;
        continue;
      }
      count++;
      if (details.size() < SHOWN_PROBLEMS) {
        details.add(describe(problem));
      }
      if (unreadable == null && isAboutTheInput(problem)) {
        unreadable = problem;
      }
    }
    if (unreadable != null) {
      return new CliException(CliException.UNREADABLE,
          file + ": not a readable JSON document: " + describe(unreadable), List.of(), e);
    }
    if (count > SHOWN_PROBLEMS) {
      details.add("… and " + (stopped ? "at least " : "") + String.format(Locale.ROOT, "%,d", count - SHOWN_PROBLEMS)
          + " more problems, not listed");
    }
    String total = (stopped ? "at least " : "") + String.format(Locale.ROOT, "%,d", count);
    return new CliException(CliException.INVALID_PLAN,
        file + ": invalid plan, " + total + (count == 1 ? " problem" : " problems"), details, e);
  }

  /** The marker okr-jackson adds when it stops collecting problems. */
  private static boolean isStop(JsonProblem problem) {
    return problem.getCode() == JsonProblem.Code.PROBLEMS_CUT_OFF;
  }

  /**
   * Checks what the library checks only when it evaluates: every rollup strategy a plan names is
   * registered. So {@code validate} finds what {@code report} and {@code explain} would fail on.
   *
   * @param file the document, for the message
   * @param plan the plan read from it
   * @return the plan
   * @throws CliException with {@link CliException#INVALID_PLAN} and every unknown strategy, located
   */
  static Plan checkEvaluable(Path file, Plan plan) {
    Set<String> names = RollupStrategies.standard().names();
    List<String> details = new ArrayList<>();
    for (Objective objective : plan.getObjectives()) {
      String strategy = objective.getRollup().getStrategy();
      if (!names.contains(strategy)) {
        if (details.size() < SHOWN_PROBLEMS) {
          details.add("objectives[" + objective.getId() + "].rollup.strategy: no rollup strategy is named '" + strategy
              + "': use one of " + String.join(", ", new TreeSet<>(names)));
        }
      }
    }
    if (details.isEmpty()) {
      return plan;
    }
    int count = details.size();
    throw new CliException(CliException.INVALID_PLAN,
        file + ": invalid plan, " + count + (count == 1 ? " problem" : " problems"), details, null);
  }

  /**
   * Describes a problem in the tool's words: its pointer, its position when it has one, and its
   * message without the names of Jackson's settings ({@code StreamReadConstraints},
   * {@code JsonReadFeature}…), which a user cannot set and which say nothing about the document.
   *
   * @param problem a problem reported by okr-jackson
   * @return e.g. {@code /objectives/3/title (line 12, column 14): string value length (1000001) exceeds the
   *     maximum allowed (1000000, ReadLimits.maxStringLength)}
   */
  static String describe(JsonProblem problem) {
    String where = problem.getPointer().isEmpty() ? "/" : problem.getPointer();
    String position = problem.getLine() > 0
        ? " (line " + problem.getLine() + ", column " + problem.getColumn() + ")" : "";
    return where + position + ": " + plain(problem.getMessage());
  }

  private static final Pattern CONSTRAINT = Pattern.compile("from `StreamReadConstraints\\.getM(\\w+)\\(\\)`");
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
  private static final Pattern FEATURE_HINT = Pattern.compile("[:;,]?\\s*\\(?(enable|disable)?\\s*`[A-Za-z]*(Feature|Constraints)[^`]*`[^)\\n]*\\)?");

  /** Removes Jackson's setting names and source descriptions from a message. */
  static String plain(String message) {
    String text = CONSTRAINT.matcher(message).replaceAll(m -> "ReadLimits.m" + m.group(1))
        .replace("malformed or refused JSON: Duplicate field", "duplicate property");
    text = SOURCE.matcher(text).replaceAll("line $1, column $2");
    text = FEATURE_HINT.matcher(text).replaceAll("");
    return text.replace('\n', ' ').replace('\r', ' ').strip();
  }

  /**
   * Tells whether a problem is about the input itself (not JSON, or over a limit) rather than about
   * the plan it holds.
   *
   * @param problem a problem reported by okr-jackson
   * @return true if the input cannot be read as a JSON document
   */
  static boolean isAboutTheInput(JsonProblem problem) {
    return switch (problem.getCode()) {
      case MALFORMED, OVER_LIMIT, PROBLEMS_CUT_OFF -> true;
      // a repeated key is found by the parser, but the document is JSON: an invalid plan, as documented
      case DUPLICATE_PROPERTY, INVALID -> false;
    };
  }

}
