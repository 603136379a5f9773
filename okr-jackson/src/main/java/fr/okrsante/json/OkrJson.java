package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads and writes okr-sante plan, evaluation and view documents, hardened for untrusted input,
 * without any Jackson configuration.
 *
 * <pre>{@code
 * OkrJson json = OkrJson.standard();
 * String text = json.toJson(plan);
 * Plan again = json.readPlan(text);       // equal to plan
 * EvaluationDocument figures = json.readEvaluation(json.toJson(Evaluation.of(plan, asOf)));
 * ViewDocument seen = json.readView(json.toJson(Access.of(plan, viewer).view().evaluate(asOf)));
 * }</pre>
 *
 * <p><b>Format.</b> A plan document is a JSON object with {@code schemaVersion} (1), {@code title},
 * {@code units}, {@code cycles}, {@code objectives} (each with its {@code keyResults}, each with its
 * {@code checkIns}), {@code initiatives} and {@code links}; the JSON Schema (draft 2020-12) is the
 * resource {@code fr/okrsante/json/plan.schema.json} of this module. Names are camelCase; dates
 * ({@code 2026-03-31}), instants ({@code 2026-03-31T08:30:00Z}) and periods ({@code P1M}) are
 * ISO-8601 strings; enums are stable lower-case names ({@code at_risk}, {@code has_certification});
 * a metric is an object whose {@code type} is {@code move_to_target}, {@code guardrail},
 * {@code milestone}, {@code rate} or {@code computed}; a target is {@code {"value": 90}} (absolute)
 * or {@code {"changePercent": -20}} (relative to the baseline).
 *
 * <p><b>Writing.</b> Every property is written, defaults included, in a fixed order; absent
 * optional values (an unknown baseline, a root unit's parent) are left out. The plan's contents are
 * in its canonical order, so the same plan always gives the same bytes. Exact decimals are JSON
 * numbers written as {@link java.math.BigDecimal#toString()} writes them: {@code 0.10} stays
 * {@code 0.10} and {@code 1E+3} stays {@code 1E+3}, so a value read back is {@code equals} to the
 * one written (scale included) and a plan survives a round trip equal. Weights, confidences and
 * expected progress are {@code double}s.
 *
 * <p><b>Evaluation document</b> ({@code fr/okrsante/json/evaluation.schema.json}):
 * {@code schemaVersion} (1), {@code kind} ({@code "evaluation"}: a document says what it is),
 * {@code asOf}, and {@code objectives}, each with {@code objectiveId}, {@code progress},
 * {@code expectedProgress}, {@code coverage}, {@code computedStatus}, {@code statusOverride},
 * {@code contributionCount}, {@code countedContributionCount}, its {@code keyResults}' figures
 * ({@code keyResultId}, raw {@code progress}, {@code countedProgress}, {@code expectedProgress},
 * {@code computedStatus}, {@code statusOverride}, {@code currentValue}, {@code numerator},
 * {@code denominator}, {@code baseline}, {@code target}, {@code latestObservedOn}, {@code stale},
 * {@code lateCheckIns}) and its {@code contributions} ({@code kind}, {@code sourceId},
 * {@code weight}, {@code progress}, {@code hasData}, {@code counted}, {@code share}). It names
 * objectives and key results by id only and does not embed the plan: a plan is written once, its
 * evaluations as often as wanted. Progress, coverage, weights and shares are {@code double}s in
 * their shortest form that reads back to the same double (whatever the JDK); a progress that does
 * not exist (no data, nothing counted) is left out, never NaN. Effective shares are not written:
 * they follow from the contributions' shares along the alignment paths, and computing them for
 * every key result of a national plan is costly. Reading gives an {@link EvaluationDocument}, as an
 * okr-core {@code Evaluation} is computed from a plan and cannot be rebuilt from figures.
 *
 * <p><b>View document</b> ({@code fr/okrsante/json/view.schema.json}): {@code schemaVersion} (1),
 * {@code kind} ({@code "view"}), {@code policy} ({@code counted_redacted} or {@code left_out}),
 * {@code plan} (the visible plan as a complete plan document, so a tool can pass it on as it is),
 * {@code restrictedLinks} (each {@code objectiveId}, {@code hiddenSide}, {@code contributes}),
 * {@code restrictedSources} (the number of hidden sources of visible computed key results, by id)
 * and, for an evaluated view, {@code evaluation} (a complete evaluation document of the viewer's
 * figures). The number of restricted contributions of an objective follows from the markers
 * ({@link ViewDocument#restrictedContributionCount(String)}). The viewer's id and memberships are
 * not written: the id is a person's id, and view documents are stored and sent on. Reading gives
 * a {@link ViewDocument}, checked against its plan (markers, counts and figures must be about
 * visible items).
 *
 * <p><b>Reading</b> is strict and bounded. Unknown properties, repeated keys, content after the
 * document, NaN and Infinity, {@code null} values, wrong types, missing required properties, a
 * {@code schemaVersion} newer than this library reads (1 for each kind), a document of another
 * {@code kind}, a limit of
 * {@link ReadLimits} exceeded, and any broken rule of the domain are errors, reported together in
 * one {@link OkrJsonException} with the JSON pointer and line/column of each. Properties that
 * have a default in the domain (a description, an objective's kind, a weight, a check-in's
 * source…) may be left out. No type id from the input ever chooses a Java class.
 *
 * <p>Streams are neither closed nor buffered beyond what parsing needs; the caller owns them. This
 * class is immutable and thread-safe: share one instance.
 */
public final class OkrJson {

  private static final OkrJson STANDARD = new OkrJson(ReadLimits.defaults(), false);

  private final ReadLimits limits;
  private final boolean indent;
  private final JsonFactory factory;

  private OkrJson(ReadLimits limits, boolean indent) {
    this.limits = limits;
    this.indent = indent;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(limits.streamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Returns the reader and writer with the {@linkplain ReadLimits#defaults() default limits},
   * writing compact JSON.
   *
   * @return the shared standard instance
   */
  public static OkrJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that reads with other limits. This instance is unchanged.
   *
   * @param limits the limits
   * @return the changed reader and writer
   */
  public OkrJson withLimits(ReadLimits limits) {
    return new OkrJson(Objects.requireNonNull(limits, "limits"), indent);
  }

  /**
   * Returns a copy that writes indented JSON (two spaces, {@code \n} line ends, whatever the
   * platform) or compact JSON. This instance is unchanged.
   *
   * @param indented true to indent
   * @return the changed reader and writer
   */
  public OkrJson withIndentation(boolean indented) {
    return new OkrJson(limits, indented);
  }

  /**
   * Returns the limits applied when reading.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return limits;
  }

  /**
   * Reads a plan document from a stream of UTF-8 (or UTF-16/32, detected) bytes. The stream is not
   * closed.
   *
   * @param in the document
   * @return the plan
   * @throws OkrJsonException if the document is not a valid plan document, with every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Plan readPlan(InputStream in) {
    Objects.requireNonNull(in, "in");
    return parse(() -> factory.createParser(in), p -> PlanReader.read(p, limits, true));
  }

  /**
   * Reads a plan document from text.
   *
   * @param json the document
   * @return the plan
   * @throws OkrJsonException if the document is not a valid plan document, with every problem found
   */
  public Plan readPlan(String json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> PlanReader.read(p, limits, true));
  }

  /**
   * Reads a plan document from UTF-8 bytes.
   *
   * @param json the document
   * @return the plan
   * @throws OkrJsonException if the document is not a valid plan document, with every problem found
   */
  public Plan readPlan(byte[] json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> PlanReader.read(p, limits, true));
  }

  /**
   * Writes a plan document as UTF-8 to a stream. The stream is flushed, not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writePlan(Plan plan, OutputStream out) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = factory.createGenerator(out)) {
      if (indent) {
        gen.setPrettyPrinter(prettyPrinter());
      }
      PlanWriter.write(plan, gen);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the JSON document", e);
    }
  }

  /**
   * Returns the plan document as UTF-8 bytes.
   *
   * @param plan the plan
   * @return the document
   */
  public byte[] toJsonBytes(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePlan(plan, out);
    return out.toByteArray();
  }

  /**
   * Returns the plan document as text.
   *
   * @param plan the plan
   * @return the document
   */
  public String toJson(Plan plan) {
    return new String(toJsonBytes(plan), StandardCharsets.UTF_8);
  }

  /**
   * Reads an evaluation document from a stream of UTF-8 (or UTF-16/32, detected) bytes. The stream
   * is not closed.
   *
   * @param in the document
   * @return the figures it holds
   * @throws OkrJsonException if the document is not a valid evaluation document, with every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public EvaluationDocument readEvaluation(InputStream in) {
    Objects.requireNonNull(in, "in");
    return parse(() -> factory.createParser(in), p -> DocumentReader.readEvaluation(p, limits, true));
  }

  /**
   * Reads an evaluation document from text.
   *
   * @param json the document
   * @return the figures it holds
   * @throws OkrJsonException if the document is not a valid evaluation document, with every problem found
   */
  public EvaluationDocument readEvaluation(String json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> DocumentReader.readEvaluation(p, limits, true));
  }

  /**
   * Reads an evaluation document from UTF-8 bytes.
   *
   * @param json the document
   * @return the figures it holds
   * @throws OkrJsonException if the document is not a valid evaluation document, with every problem found
   */
  public EvaluationDocument readEvaluation(byte[] json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> DocumentReader.readEvaluation(p, limits, true));
  }

  /**
   * Reads a view document from a stream of UTF-8 (or UTF-16/32, detected) bytes. The stream is not
   * closed.
   *
   * @param in the document
   * @return the view it holds
   * @throws OkrJsonException if the document is not a valid view document, with every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ViewDocument readView(InputStream in) {
    Objects.requireNonNull(in, "in");
    return parse(() -> factory.createParser(in), p -> DocumentReader.readView(p, limits, true));
  }

  /**
   * Reads a view document from text.
   *
   * @param json the document
   * @return the view it holds
   * @throws OkrJsonException if the document is not a valid view document, with every problem found
   */
  public ViewDocument readView(String json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> DocumentReader.readView(p, limits, true));
  }

  /**
   * Reads a view document from UTF-8 bytes.
   *
   * @param json the document
   * @return the view it holds
   * @throws OkrJsonException if the document is not a valid view document, with every problem found
   */
  public ViewDocument readView(byte[] json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json), p -> DocumentReader.readView(p, limits, true));
  }

  /**
   * Writes the evaluation document of an evaluation, every objective of its plan included, as
   * UTF-8 to a stream, one objective at a time. The stream is flushed, not closed.
   *
   * @param evaluation the evaluation
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeEvaluation(Evaluation evaluation, OutputStream out) {
    write(Objects.requireNonNull(evaluation, "evaluation"), out);
  }

  /**
   * Writes an evaluation document as UTF-8 to a stream. The stream is flushed, not closed.
   *
   * @param document the document
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeEvaluation(EvaluationDocument document, OutputStream out) {
    write(Objects.requireNonNull(document, "document"), out);
  }

  /**
   * Writes the view document of a plan view, without figures, as UTF-8 to a stream. The stream is
   * flushed, not closed.
   *
   * @param view the view
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeView(PlanView view, OutputStream out) {
    write(Objects.requireNonNull(view, "view"), out);
  }

  /**
   * Writes the view document of an evaluated view, its figures included, as UTF-8 to a stream.
   * The stream is flushed, not closed.
   *
   * @param view the viewer's evaluation
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeView(EvaluationView view, OutputStream out) {
    write(Objects.requireNonNull(view, "view"), out);
  }

  /**
   * Writes a view document as UTF-8 to a stream. The stream is flushed, not closed.
   *
   * @param document the document
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeView(ViewDocument document, OutputStream out) {
    write(Objects.requireNonNull(document, "document"), out);
  }

  /**
   * Returns the evaluation document of an evaluation as text.
   *
   * @param evaluation the evaluation
   * @return the document
   */
  public String toJson(Evaluation evaluation) {
    return text(Objects.requireNonNull(evaluation, "evaluation"));
  }

  /**
   * Returns an evaluation document as text.
   *
   * @param document the document
   * @return the document's text
   */
  public String toJson(EvaluationDocument document) {
    return text(Objects.requireNonNull(document, "document"));
  }

  /**
   * Returns the view document of a plan view, without figures, as text.
   *
   * @param view the view
   * @return the document
   */
  public String toJson(PlanView view) {
    return text(Objects.requireNonNull(view, "view"));
  }

  /**
   * Returns the view document of an evaluated view, its figures included, as text.
   *
   * @param view the viewer's evaluation
   * @return the document
   */
  public String toJson(EvaluationView view) {
    return text(Objects.requireNonNull(view, "view"));
  }

  /**
   * Returns a view document as text.
   *
   * @param document the document
   * @return the document's text
   */
  public String toJson(ViewDocument document) {
    return text(Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes the review document of a plan review ({@code review.schema.json}) as UTF-8 to a stream.
   * The stream is flushed, not closed. Review documents are written only: a review is recomputed
   * from its plan.
   *
   * @param report the review
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeReview(fr.okrsante.review.ReviewReport report, OutputStream out) {
    write(Objects.requireNonNull(report, "report"), out);
  }

  /**
   * Returns the review document of a plan review ({@code review.schema.json}) as text.
   *
   * @param report the review
   * @return the document
   */
  public String toJson(fr.okrsante.review.ReviewReport report) {
    return text(Objects.requireNonNull(report, "report"));
  }

  /** Opens a parser; may fail with an {@link IOException}. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static <T> T parse(ParserSource source, Function<JsonParser, T> read) {
    try (JsonParser parser = source.open()) {
      return read.apply(parser);
    } catch (CharConversionException e) {
      throw unreadableText(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the JSON document", e);
    }
  }

  private void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator gen = factory.createGenerator(out)) {
      if (indent) {
        gen.setPrettyPrinter(prettyPrinter());
      }
      DocumentSerializer.write(document, gen);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the JSON document", e);
    }
  }

  private String text(Object document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  /**
   * Returns a description of the settings, for logs.
   *
   * @return e.g. {@code OkrJson[indented=false, ReadLimits[…]]}
   */
  @Override
  public String toString() {
    return "OkrJson[indented=" + indent + ", " + limits + "]";
  }

  /** Bytes that are not text in the encoding they look like (UTF-8, UTF-16 or UTF-32): unreadable input. */
  private static OkrJsonException unreadableText(CharConversionException e) {
    return new OkrJsonException(java.util.List.of(JsonProblem.of(JsonProblem.Kind.SYNTAX, "", 0, 0,
        "the bytes are not valid UTF-8, UTF-16 or UTF-32 text: " + e.getMessage())));
  }
}
