package fr.okrsante.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.okrsante.plan.AlignmentLink;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.Cycle;
import fr.okrsante.plan.FrameworkRef;
import fr.okrsante.plan.Initiative;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.OrgUnit;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.RollupSettings;
import fr.okrsante.plan.StatusOverride;
import fr.okrsante.plan.Suppression;
import fr.okrsante.plan.Target;
import fr.okrsante.plan.Waypoint;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.util.Objects;

/**
 * The Jackson module that reads and writes okr-sante plan documents, each value of a plan (an
 * objective, a key result, a check-in, a metric…) in the same form as inside a plan document, and
 * the evaluation and view documents: it writes {@code Evaluation}, {@link EvaluationDocument},
 * {@code PlanView}, {@code EvaluationView} and {@link ViewDocument}, and reads
 * {@link EvaluationDocument} and {@link ViewDocument} (see {@link OkrJson} for the formats).
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *     .addModule(new OkrModule())
 *     .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
 *     .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
 *     .build();
 * String json = mapper.writeValueAsString(plan);
 * Plan read = mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>For untrusted input, bound the parser as well (these are the values {@link OkrJson} uses):
 *
 * <pre>{@code
 * JsonFactory factory = JsonFactory.builder()
 *     .streamReadConstraints(StreamReadConstraints.builder()
 *         .maxNestingDepth(32).maxStringLength(1_000_000).maxNumberLength(100)
 *         .maxNameLength(256).maxDocumentLength(2_000_000_000L).build())
 *     .build();
 * ObjectMapper mapper = JsonMapper.builder(factory).addModule(new OkrModule()) ... .build();
 * }</pre>
 *
 * <p>A check-in posted by another system reads on its own the same way:
 * {@code mapper.readValue("{\"observedOn\": \"2026-03-31\", \"value\": 87.5}", CheckIn.class)}; the
 * pointers of its problems are then relative to the check-in. Plans, their values and the
 * documents above are the only types the module handles; it registers no mix-in and changes nothing else of the mapper.
 *
 * <p>{@code mapper.findAndRegisterModules()} finds it too (it is declared as a service).
 * Integrators who do not want to configure Jackson use {@link OkrJson}, which applies every
 * setting below and the {@link ReadLimits} to the parser.
 *
 * <p>The module's serializers and deserializers are written by hand: they never depend on the
 * mapper's naming strategy, inclusion, default typing or number settings (the doubles of the
 * evaluation and view documents are written in their shortest form whatever the generator's), so the document is the
 * same whatever the mapper's configuration, and no type id from the input ever chooses a Java
 * class. What does depend on the caller's mapper and factory, and should be set when the input is
 * not trusted:
 * <ul>
 *   <li>{@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}: rejects repeated keys while parsing
 *       (the reader also rejects them in every object it reads);</li>
 *   <li>{@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}: rejects content after the document;</li>
 *   <li>{@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS} left disabled (the default): NaN and
 *       Infinity are then syntax errors (the reader rejects them anyway);</li>
 *   <li>{@code StreamReadConstraints} on the {@code JsonFactory}: nesting depth, string, number and
 *       name lengths, document length. Jackson's defaults allow 20 MB strings and unbounded
 *       documents; {@link ReadLimits#defaults()} documents the limits {@link OkrJson} uses;</li>
 *   <li>{@code SerializationFeature.INDENT_OUTPUT} changes only whitespace.</li>
 * </ul>
 * Element counts ({@link ReadLimits#getMaxCollectionSize()}, {@link ReadLimits#getMaxArraySize()})
 * and the number of problems collected are applied by the module itself, from the limits it is
 * created with.
 *
 * <p>Reading failures are thrown as {@link OkrJsonException}, with every problem found, each with
 * its JSON pointer and line/column. Jackson may wrap it in a {@code JsonMappingException} on some
 * paths; its cause is then the {@link OkrJsonException}.
 *
 * <p>This class is immutable once registered; its (de)serializers are stateless and thread-safe.
 */
public final class OkrModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with the {@linkplain ReadLimits#defaults() default limits}. */
  public OkrModule() {
    this(ReadLimits.defaults());
  }

  /**
   * Creates the module with other limits on element counts and problems collected.
   *
   * @param limits the limits; its stream limits (lengths, depth) apply only through {@link OkrJson}
   *     or the caller's own {@code JsonFactory}
   */
  public OkrModule(ReadLimits limits) {
    super("OkrModule", PackageVersion.VERSION);
    Objects.requireNonNull(limits, "limits");
    addSerializer(Plan.class, PlanSerializer.INSTANCE);
    addDeserializer(Plan.class, new PlanDeserializer(limits));
    value(OrgUnit.class, limits);
    value(Cycle.class, limits);
    value(Objective.class, limits);
    value(KeyResult.class, limits);
    value(CheckIn.class, limits);
    value(Metric.class, limits);
    value(Target.class, limits);
    value(Initiative.class, limits);
    value(AlignmentLink.class, limits);
    value(FrameworkRef.class, limits);
    value(StatusOverride.class, limits);
    value(Suppression.class, limits);
    value(Waypoint.class, limits);
    value(RollupSettings.class, limits);
    addSerializer(Evaluation.class, new DocumentSerializer<>(Evaluation.class));
    addSerializer(EvaluationDocument.class, new DocumentSerializer<>(EvaluationDocument.class));
    addSerializer(PlanView.class, new DocumentSerializer<>(PlanView.class));
    addSerializer(EvaluationView.class, new DocumentSerializer<>(EvaluationView.class));
    addSerializer(ViewDocument.class, new DocumentSerializer<>(ViewDocument.class));
    addSerializer(fr.okrsante.review.ReviewReport.class, new DocumentSerializer<>(fr.okrsante.review.ReviewReport.class));
    addDeserializer(EvaluationDocument.class, new DocumentDeserializer<>(EvaluationDocument.class, limits));
    addDeserializer(ViewDocument.class, new DocumentDeserializer<>(ViewDocument.class, limits));
  }

  private <T> void value(Class<T> type, ReadLimits limits) {
    addSerializer(type, new ValueSerializer<>(type));
    addDeserializer(type, new ValueDeserializer<>(type, limits));
  }

  /**
   * Returns a stable id, so that registering the module twice has no effect.
   *
   * @return the module's class name
   */
  @Override
  public Object getTypeId() {
    return OkrModule.class.getName();
  }
}
