package fr.okrsante.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.json.ReadLimits;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import fr.okrsante.plan.Guardrail;
import fr.okrsante.plan.InvalidPlanException;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.MeasureUnit;
import fr.okrsante.plan.Metric;
import fr.okrsante.plan.MetricKind;
import fr.okrsante.plan.MoveToTarget;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanProblem;
import fr.okrsante.plan.Rate;
import fr.okrsante.plan.Target;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns FHIR R4 summary {@code MeasureReport}s — one, or a {@code Bundle} of them — into check-ins
 * of the key results they measure, with the arithmetic done from the population counts.
 *
 * <pre>{@code
 * MeasureReportImport fhir = MeasureReportImport.builder().zone(ZoneId.of("Europe/Paris")).build();
 * ImportReport result = fhir.apply(plan, Files.readAllBytes(Path.of("reports.json")));
 * Plan updated = result.getPlan();
 * result.get(ImportOutcome.Kind.REFUSED).forEach(System.err::println);
 * }</pre>
 *
 * <p>The rules, each tested by name in {@code MeasureReportImportTest}:
 * <ul>
 *   <li>Only {@code type = summary}. {@code individual} and {@code subject-list} are refused as
 *       patient-level data and not read further; {@code data-collection} is refused (it has no score).
 *       A Bundle entry that is not a MeasureReport is refused unread. A summary whose
 *       {@code subject} or an {@code evaluatedResource} is a Patient, that contains a resource other
 *       than an Organization or a Location, or whose populations list their subjects
 *       ({@code subjectResults}) is refused as patient-level.</li>
 *   <li>{@code status}: {@code complete} → final, {@code pending} → provisional, {@code error} refused.</li>
 *   <li>{@code implicitRules}, or a {@code modifierExtension} on the report, a group or a population: refused
 *       (R4: applications must check for modifier extensions they do not understand).</li>
 *   <li>{@code measure}, without its {@code |version}, is looked up in the mapping table
 *       ({@link Builder#map(String, String)}), else matched against key results'
 *       {@linkplain fr.okrsante.plan.IndicatorBinding#matchesCanonical(String) indicator bindings}.
 *       A report of several groups needs a mapping per group ({@code canonical#groupIdOrCode}).</li>
 *   <li>{@code period.end} → the observation date (a partial date is the last day it covers; a
 *       dateTime is taken in the {@linkplain Builder#zone(ZoneId) zone}); {@code date} (else
 *       {@code meta.lastUpdated}) → the recording time, so a report produced late is a late check-in.
 *       {@code period.start} after {@code period.end} is refused; a period longer than the key
 *       result's cadence is a warning.</li>
 *   <li>Rates are recomputed from the counts: {@code (numerator − numerator-exclusion) /
 *       (denominator − denominator-exclusion − denominator-exception)}, a missing population
 *       counting 0. A denominator ≤ 0 gives no check-in (refused), never 0 %.</li>
 *   <li>Counts win over {@code measureScore}. A score equal to {@code 1 −} the counts' proportion
 *       is reported as a producer that inverts {@code decrease} measures; any other disagreement is
 *       a warning too. Without counts, a {@code %} score is a percentage and a unit-less
 *       proportion score a fraction (× 100); a {@code decrease} report then needs a configured
 *       {@link ScoreConvention}, else it is refused.</li>
 *   <li>Values are never flipped because of {@code improvementNotation}; a notation that disagrees
 *       with the key result's direction (baseline → target) is a warning.</li>
 *   <li>Other key results (continuous variables: waiting times, delays; ratios) take
 *       {@code measureScore.value}; its UCUM code must match the key result's unit ({@code %},
 *       {@code min}, {@code d}, {@code km}; {@code EUR} in {@code urn:iso:std:iso:4217}), else
 *       refused with both units named.</li>
 *   <li>Each check-in gets a {@linkplain CheckIn#getSourceRef() source reference}:
 *       {@code fhir:MeasureReport/<id>/_history/<versionId>} (or the report's identifier, or at worst
 *       its measure and period), {@code #group=<key>} for a report of several groups. Importing the
 *       same report again is a no-op (skipped); a new version is a new, later check-in.</li>
 *   <li>No note is written: a check-in made from a report carries no text from it.</li>
 * </ul>
 *
 * <p>A document that is not readable JSON, breaks a reading limit, repeats a member name, or is
 * neither a MeasureReport nor a Bundle is refused whole with an {@link OkrJsonException} naming the
 * JSON pointer, line and column. Within a readable Bundle, each report is applied or refused on its
 * own ({@link ImportReport}), unless the import is {@linkplain Builder#allOrNothing(boolean) all or
 * nothing}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureReportImport {

  private static final Logger LOG = LoggerFactory.getLogger(MeasureReportImport.class);

  static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
  static final String NOTATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String ISO_4217 = "urn:iso:std:iso:4217";
  static final String SCORING_EXTENSION = "http://hl7.org/fhir/us/davinci-deqm/StructureDefinition/extension-measureScoring";
  static final Set<String> NOTATION_EXTENSIONS = Set.of(
      "http://hl7.org/fhir/us/cqfmeasures/StructureDefinition/cqfm-improvementNotation",
      "http://hl7.org/fhir/uv/deqm/StructureDefinition/deqm-groupImprovementNotation");
  private static final Set<String> POPULATION_CODES = Set.of("initial-population", "numerator", "numerator-exclusion",
      "denominator", "denominator-exclusion", "denominator-exception", "measure-population",
      "measure-population-exclusion", "measure-observation");
  private static final Pattern DATE_TIME = Pattern.compile(
      "([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext PRECISION = new MathContext(34);
  private static final int MAX_DECIMAL_DIGITS = 1_000;

  private final ReadLimits limits;
  private final ZoneId zone;
  private final Map<String, String> mapping;
  private final @Nullable ScoreConvention convention;
  private final boolean allOrNothing;
  private final JsonFactory factory;

  private MeasureReportImport(Builder b) {
    this.limits = b.limits;
    this.factory = FhirTreeReader.factory(b.limits);
    this.zone = b.zone;
    this.mapping = Map.copyOf(b.mapping);
    this.convention = b.convention;
    this.allOrNothing = b.allOrNothing;
  }

  /**
   * Returns a builder, with the defaults: {@link #defaultLimits()}, zone {@code Europe/Paris}, no
   * mapping table, no score convention, each report applied on its own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default reading limits: okr-jackson's, with documents up to 100 MB (a year of
   * monthly reports for every indicator of a region is a few megabytes).
   *
   * @return the limits
   */
  public static ReadLimits defaultLimits() {
    return ReadLimits.defaults().withMaxDocumentLength(100_000_000L);
  }

  /**
   * Applies a MeasureReport, or a Bundle of them, to a plan. The plan is unchanged.
   *
   * @param plan the plan
   * @param json the FHIR JSON document, in UTF-8, UTF-16 or UTF-32
   * @return the new plan and what happened to each report
   * @throws OkrJsonException if the document is not readable, within limits, FHIR JSON holding a
   *     MeasureReport or a Bundle (every problem with its pointer, line and column)
   */
  public ImportReport apply(Plan plan, byte[] json) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(json, "json");
    FhirTreeReader reader = new FhirTreeReader(limits, factory);
    return apply(plan, reader, reader.read(json));
  }

  /**
   * Applies a MeasureReport, or a Bundle of them, read from a stream (not closed). The plan is unchanged.
   *
   * @param plan the plan
   * @param json the FHIR JSON document
   * @return the new plan and what happened to each report
   * @throws OkrJsonException if the document is not readable, within limits, FHIR JSON holding a
   *     MeasureReport or a Bundle
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ImportReport apply(Plan plan, InputStream json) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(json, "json");
    FhirTreeReader reader = new FhirTreeReader(limits, factory);
    return apply(plan, reader, reader.read(json));
  }

  private ImportReport apply(Plan plan, FhirTreeReader reader, FhirNode root) {
    List<FhirNode> reports = reports(root, reader);
    Map<FhirNode, FhirTreeReader.Located> structural = new HashMap<>();
    Set<FhirNode> reportSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    reportSet.addAll(reports);
    for (FhirTreeReader.Located problem : reader.problems()) {
      FhirNode resource = resourceOf(problem.node, reportSet);
      structural.putIfAbsent(resource, problem);
    }
    Bindings bindings = new Bindings(plan);
    List<ImportOutcome> outcomes = new ArrayList<>();
    Plan current = plan;
    Map<String, Set<String>> seen = new HashMap<>();
    boolean refused = false;
    for (FhirNode report : reports) {
      List<ImportOutcome> local = new ArrayList<>();
      List<Pending> pending = new ArrayList<>();
      try {
        FhirTreeReader.Located problem = structural.get(report);
        if (problem != null) {
          throw new Refusal(problem.node, problem.message);
        }
        new ReportReading(report, bindings, pending, local).read();
      } catch (Refusal r) {
        local.add(0, outcome(ImportOutcome.Kind.REFUSED, r.node, r.getMessage(), r.keyResultId, r.sourceRef, null));
        refused = true;
        outcomes.addAll(local);
        continue;
      }
      for (Pending p : pending) {
        Set<String> refs = seen.computeIfAbsent(p.keyResultId, k -> new HashSet<>());
        if (refs.contains(p.sourceRef) || current.hasCheckInFrom(p.keyResultId, p.sourceRef)) {
          outcomes.add(outcome(ImportOutcome.Kind.SKIPPED, p.node, "already imported into key result '" + p.keyResultId
              + "': nothing changed", p.keyResultId, p.sourceRef, p.checkIn));
          continue;
        }
        try {
          current = current.withCheckIn(p.keyResultId, p.checkIn);
          refs.add(p.sourceRef);
          outcomes.add(outcome(ImportOutcome.Kind.APPLIED, p.node, "check-in " + describe(p.checkIn) + " observed on "
              + p.checkIn.getObservedOn() + " added to key result '" + p.keyResultId + "'"
              + (p.measureVersion == null ? "" : " (measure version " + shorten(p.measureVersion) + ")"),
              p.keyResultId, p.sourceRef, p.checkIn));
        } catch (InvalidPlanException e) {
          refused = true;
          outcomes.add(outcome(ImportOutcome.Kind.REFUSED, p.node, "the key result refuses the check-in: "
              + firstProblem(e), p.keyResultId, p.sourceRef, null));
        }
      }
      outcomes.addAll(local);
    }
    if (refused && allOrNothing) {
      List<ImportOutcome> withheld = new ArrayList<>(outcomes.size());
      for (ImportOutcome o : outcomes) {
        withheld.add(o.getKind() == ImportOutcome.Kind.APPLIED
            ? o.as(ImportOutcome.Kind.WITHHELD, "not applied: the import is all or nothing and a report was refused")
            : o);
      }
      LOG.debug("FHIR import withheld: {} outcomes, a report was refused", outcomes.size());
      return new ImportReport(plan, withheld);
    }
    ImportReport result = new ImportReport(current, outcomes);
    LOG.debug("FHIR import: {}", result);
    return result;
  }

  private static String describe(CheckIn checkIn) {
    return checkIn.isRate()
        ? checkIn.getNumerator().orElseThrow().toPlainString() + "/" + checkIn.getDenominator().orElseThrow().toPlainString()
            + " = " + checkIn.getValue().toPlainString() + " %"
        : checkIn.getValue().toPlainString();
  }

  private static String firstProblem(InvalidPlanException e) {
    PlanProblem first = e.getProblems().get(0);
    return first.getPath() + ": " + first.getMessage();
  }

  private static ImportOutcome outcome(ImportOutcome.Kind kind, FhirNode node, String message, @Nullable String keyResultId,
      @Nullable String sourceRef, @Nullable CheckIn checkIn) {
    return new ImportOutcome(kind, JsonProblem.of(node.pointer(), node.line, node.column, message), keyResultId, sourceRef,
        checkIn);
  }

  /** The resources to import: the root MeasureReport, or each entry's resource of a Bundle. */
  private static List<FhirNode> reports(FhirNode root, FhirTreeReader reader) {
    if (root.kind != FhirNode.Kind.OBJECT) {
      throw documentProblem(root, "is " + root.describe() + ": a FHIR resource is a JSON object with a resourceType");
    }
    FhirNode type = root.member("resourceType");
    if (type == null || type.kind != FhirNode.Kind.STRING) {
      throw documentProblem(type == null ? root : type, "resourceType is missing or not a string: expected \"MeasureReport\" or \"Bundle\"");
    }
    if ("MeasureReport".equals(type.text)) {
      return List.of(root);
    }
    if (!"Bundle".equals(type.text)) {
      throw documentProblem(type, "is '" + shorten(type.text) + "': the import reads a MeasureReport or a Bundle of them");
    }
    for (FhirTreeReader.Located problem : reader.problems()) {
      if (problem.node.parent == root || problem.node == root) {
        throw documentProblem(problem.node, problem.message);
      }
    }
    FhirNode entries = root.member("entry");
    if (entries == null) {
      return List.of();
    }
    if (entries.kind != FhirNode.Kind.ARRAY) {
      throw documentProblem(entries, "is " + entries.describe() + ": a Bundle's entry is an array");
    }
    List<FhirNode> reports = new ArrayList<>(entries.children.size());
    for (FhirNode entry : entries.children) {
      FhirNode resource = entry.kind == FhirNode.Kind.OBJECT ? entry.member("resource") : null;
      reports.add(resource == null ? entry : resource);
    }
    return reports;
  }

  /** The report (or entry) a node lies in, or fails the document when it lies in none. */
  private static FhirNode resourceOf(FhirNode node, Set<FhirNode> reports) {
    for (FhirNode n = node; n != null; n = n.parent) {
      if (reports.contains(n)) {
        return n;
      }
    }
    throw documentProblem(node, "breaks FHIR JSON outside any report");
  }

  private static OkrJsonException documentProblem(FhirNode node, String message) {
    return new OkrJsonException(List.of(JsonProblem.of(node.pointer(), node.line, node.column, message)));
  }

  static String shorten(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && i < 60; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return text.length() > 60 ? out + "…" : out.toString();
  }

  // ---------------------------------------------------------------- one report

  /** A report (or group) that breaks a rule: no check-in from it. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient FhirNode node;
    @Nullable String keyResultId;
    @Nullable String sourceRef;

    Refusal(FhirNode node, String message) {
      super(message, null, false, false);
      this.node = node;
    }
  }

  /** A check-in ready to apply. */
  private static final class Pending {
    final FhirNode node;
    final String keyResultId;
    final String sourceRef;
    final CheckIn checkIn;
    /** The measure's version, kept in the outcome as provenance. */
    final @Nullable String measureVersion;

    Pending(FhirNode node, String keyResultId, String sourceRef, CheckIn checkIn, @Nullable String measureVersion) {
      this.node = node;
      this.keyResultId = keyResultId;
      this.sourceRef = sourceRef;
      this.checkIn = checkIn;
      this.measureVersion = measureVersion;
    }
  }

  /**
   * Key results by the canonical of their indicator binding, built once per import, and only when
   * a report is not found in the mapping table.
   */
  private static final class Bindings {
    final Plan plan;
    private @Nullable Map<String, List<String>> byCanonical;

    Bindings(Plan plan) {
      this.plan = plan;
    }

    List<String> bound(String canonical) {
      Map<String, List<String>> map = byCanonical;
      if (map == null) {
        map = index(plan);
        byCanonical = map;
      }
      return map.getOrDefault(canonical, List.of());
    }

    private static Map<String, List<String>> index(Plan plan) {
      Map<String, List<String>> byCanonical = new HashMap<>();
      for (Objective objective : plan.getObjectives()) {
        for (KeyResult keyResult : objective.getKeyResults()) {
          keyResult.getIndicator().filter(b -> b.getSystem().isEmpty())
              .ifPresent(b -> byCanonical.computeIfAbsent(b.getCode(), k -> new ArrayList<>()).add(keyResult.getId()));
        }
      }
      return byCanonical;
    }
  }

  /** The reading of one report: every rule, in order; a broken one throws {@link Refusal}. */
  private final class ReportReading {
    final FhirNode report;
    final Bindings bindings;
    final List<Pending> pending;
    final List<ImportOutcome> warnings;

    ReportReading(FhirNode report, Bindings bindings, List<Pending> pending, List<ImportOutcome> warnings) {
      this.report = report;
      this.bindings = bindings;
      this.pending = pending;
      this.warnings = warnings;
    }

    void warn(FhirNode node, String message, @Nullable String keyResultId) {
      warnings.add(outcome(ImportOutcome.Kind.WARNING, node, message, keyResultId, null, null));
    }

    void read() {
      if (report.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(report, "is " + report.describe() + ": a Bundle entry holds a resource object");
      }
      FhirNode resourceType = report.member("resourceType");
      if (resourceType == null || resourceType.kind != FhirNode.Kind.STRING) {
        throw new Refusal(report, "has no resourceType: a Bundle for import holds only MeasureReports");
      }
      if (!"MeasureReport".equals(resourceType.text)) {
        throw new Refusal(resourceType, "is a " + shorten(resourceType.text) + ", not read: a Bundle for import holds only "
            + "summary MeasureReports (other resources may carry patient-level data)");
      }
      // The type first: a patient-level report is refused before anything else of it is read.
      String type = string(report, "type", true);
      if ("individual".equals(type) || "subject-list".equals(type)) {
        throw new Refusal(report.member("type"), "type '" + type + "' is patient-level data: refused and not read; "
            + "only summary reports are imported");
      }
      if ("data-collection".equals(type)) {
        throw new Refusal(report.member("type"), "type 'data-collection' carries no score (mrp-1): only summary reports are imported");
      }
      if (!"summary".equals(type)) {
        throw new Refusal(report.member("type"), "type '" + shorten(type) + "' is not a MeasureReport type: only summary reports are imported");
      }
      if (report.member("implicitRules") != null) {
        throw new Refusal(report.member("implicitRules"), "implicitRules is present: a report under rules the importer "
            + "cannot know is refused");
      }
      refuseModifiers(report);
      FhirNode subject = report.member("subject");
      if (subject != null && isPatientReference(subject)) {
        throw new Refusal(subject, "subject is a Patient: a report about one patient is patient-level data, refused");
      }
      refusePatientLevelParts();
      String status = string(report, "status", true);
      CheckInStatus checkInStatus;
      switch (Objects.requireNonNull(status)) {
        case "complete": checkInStatus = CheckInStatus.FINAL; break;
        case "pending": checkInStatus = CheckInStatus.PROVISIONAL; break;
        case "error":
          throw new Refusal(report.member("status"), "status 'error': the producer says the report is in error");
        default:
          throw new Refusal(report.member("status"), "status '" + shorten(status) + "' is not complete, pending or error");
      }
      String measure = Objects.requireNonNull(string(report, "measure", true));
      int bar = measure.indexOf('|');
      String canonical = bar < 0 ? measure : measure.substring(0, bar);
      FhirNode period = object(report, "period", true);
      LocalDate end = periodEnd(Objects.requireNonNull(period));
      LocalDate start = periodStart(period);
      if (start != null && start.isAfter(end)) {
        throw new Refusal(period, "period.start " + start + " is after period.end " + end);
      }
      Instant recordedAt = recordedAt();
      Integer notation = notation(report.member("improvementNotation"));
      String scoring = scoring(report);
      String baseRef = sourceRef(measure, period);
      FhirNode groups = report.member("group");
      if (groups == null) {
        throw new Refusal(report, "has no group: a summary report gives its populations and score in a group");
      }
      if (groups.kind != FhirNode.Kind.ARRAY) {
        throw new Refusal(groups, "is " + groups.describe() + ": group is an array");
      }
      List<String> keyResults = new ArrayList<>();
      List<FhirNode> mapped = new ArrayList<>();
      for (FhirNode group : groups.children) {
        String keyResultId = keyResultOf(group, canonical, groups.children.size());
        if (keyResultId != null) {
          keyResults.add(keyResultId);
          mapped.add(group);
        }
      }
      if (mapped.isEmpty()) {
        if (groups.children.size() > 1) {
          throw new Refusal(groups, "has " + groups.children.size() + " groups and no mapping names one: map '"
              + shorten(canonical) + "#<group id or code>' to a key result");
        }
        throw new Refusal(report.member("measure"), "no key result is bound to measure '" + shorten(canonical)
            + "': give one an indicator binding with this canonical, or map it");
      }
      for (FhirNode group : groups.children) {
        if (!mapped.contains(group)) {
          warn(group, "group ignored: no mapping names it", null);
        }
      }
      for (int i = 0; i < mapped.size(); i++) {
        FhirNode group = mapped.get(i);
        String ref = groups.children.size() > 1 ? baseRef + "#group=" + groupKeys(group).get(0) : baseRef;
        if (ref.length() > Plan.MAX_REFERENCE_LENGTH) {
          throw new Refusal(report, "its source reference would have " + ref.length() + " characters: at most "
              + Plan.MAX_REFERENCE_LENGTH + "; shorten the id or identifier");
        }
        try {
          CheckIn.Builder checkIn = checkIn(group, keyResults.get(i), notation, scoring, start, end);
          checkIn.observedOn(end).status(checkInStatus).source(CheckInSource.IMPORT).sourceRef(ref);
          if (recordedAt != null) {
            checkIn.recordedAt(recordedAt);
          }
          pending.add(new Pending(group, keyResults.get(i), ref, checkIn.build(), bar < 0 ? null : measure.substring(bar + 1)));
        } catch (Refusal r) {
          r.keyResultId = keyResults.get(i);
          r.sourceRef = ref;
          throw r;
        } catch (InvalidPlanException e) {
          Refusal r = new Refusal(group, "the check-in is refused: " + firstProblem(e));
          r.keyResultId = keyResults.get(i);
          r.sourceRef = ref;
          throw r;
        }
      }
    }

    /**
     * Refuses what would put patient-level data into a summary: contained resources other than an
     * Organization or a Location, evaluated resources that are Patients, and populations' subject
     * lists.
     */
    private void refusePatientLevelParts() {
      FhirNode contained = report.member("contained");
      if (contained != null) {
        for (FhirNode resource : array(contained)) {
          String type = string(resource, "resourceType", true);
          if (!"Organization".equals(type) && !"Location".equals(type)) {
            throw new Refusal(resource, "a contained " + shorten(type) + " may carry patient-level data: refused, not read");
          }
        }
      }
      FhirNode evaluated = report.member("evaluatedResource");
      if (evaluated != null) {
        for (FhirNode reference : array(evaluated)) {
          if (isPatientReference(reference)) {
            throw new Refusal(reference, "evaluatedResource names a Patient: patient-level data, refused");
          }
        }
      }
      FhirNode groups = report.member("group");
      if (groups != null && groups.kind == FhirNode.Kind.ARRAY) {
        for (FhirNode group : groups.children) {
          FhirNode populations = group.member("population");
          if (populations != null && populations.kind == FhirNode.Kind.ARRAY) {
            for (FhirNode population : populations.children) {
              FhirNode subjects = population.member("subjectResults");
              if (subjects != null) {
                throw new Refusal(subjects, "subjectResults lists the patients of a population: patient-level data, refused");
              }
            }
          }
        }
      }
    }

    private void refuseModifiers(FhirNode node) {
      FhirNode modifier = node.member("modifierExtension");
      if (modifier != null) {
        throw new Refusal(modifier, "modifierExtension is present: it may change the meaning of what is read, refused");
      }
    }

    private boolean isPatientReference(FhirNode subject) {
      if (subject.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(subject, "is " + subject.describe() + ": a Reference is an object");
      }
      String reference = string(subject, "reference", false);
      String type = string(subject, "type", false);
      return "Patient".equals(type) || (reference != null && (reference.startsWith("Patient/") || reference.contains("/Patient/")));
    }

    private @Nullable String keyResultOf(FhirNode group, String canonical, int groupCount) {
      if (group.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(group, "is " + group.describe() + ": a group is an object");
      }
      for (String key : groupKeys(group)) {
        String id = mapping.get(canonical + "#" + key);
        if (id != null) {
          return known(group, id);
        }
      }
      if (groupCount > 1) {
        return null;
      }
      String id = mapping.get(canonical);
      if (id != null) {
        return known(group, id);
      }
      List<String> bound = bindings.bound(canonical);
      if (bound.size() > 1) {
        throw new Refusal(report.member("measure"), "measure '" + shorten(canonical) + "' is bound to " + bound.size()
            + " key results " + bound + ": map it to one");
      }
      return bound.isEmpty() ? null : bound.get(0);
    }

    private String known(FhirNode group, String keyResultId) {
      if (bindings.plan.keyResult(keyResultId).isEmpty()) {
        throw new Refusal(group, "the mapping names key result '" + shorten(keyResultId) + "', which the plan does not have");
      }
      return keyResultId;
    }

    /** The group's id and codes, in that order; "1" (its position + 1) when it has none. */
    private List<String> groupKeys(FhirNode group) {
      List<String> keys = new ArrayList<>();
      String id = string(group, "id", false);
      if (id != null) {
        keys.add(id);
      }
      FhirNode code = group.member("code");
      if (code != null) {
        for (String[] coding : codings(code)) {
          keys.add(coding[1]);
        }
      }
      if (keys.isEmpty()) {
        keys.add(String.valueOf(group.index + 1));
      }
      return keys;
    }

    private CheckIn.Builder checkIn(FhirNode group, String keyResultId, @Nullable Integer reportNotation,
        @Nullable String reportScoring, @Nullable LocalDate start, LocalDate end) {
      refuseModifiers(group);
      KeyResult keyResult = bindings.plan.keyResult(keyResultId).orElseThrow();
      Metric metric = keyResult.getMetric();
      boolean fromReports = switch (metric.kind()) {
        case RATE, GUARDRAIL -> true;
        case MOVE_TO_TARGET -> metric.takesCheckIns();
        case MILESTONE, COMPUTED -> false;
      };
      if (!fromReports) {
        throw new Refusal(group, "key result '" + keyResultId + "' takes no check-ins from reports (a milestone, a computed "
            + "key result or one counting its initiatives)");
      }
      if (group.member("stratifier") != null) {
        warn(group.member("stratifier"), "stratifiers are ignored: only the group's totals are imported", keyResultId);
      }
      Integer notation = reportNotation;
      FhirNode extensions = group.member("extension");
      if (extensions != null) {
        Integer groupNotation = notationExtension(extensions);
        notation = groupNotation != null ? groupNotation : notation;
      }
      String scoring = reportScoring;
      String groupScoring = extensions == null ? null : scoringExtension(extensions);
      scoring = groupScoring != null ? groupScoring : scoring;
      int direction = direction(metric);
      if (notation != null && direction != 0 && notation != direction) {
        warn(group, "improvementNotation '" + (notation > 0 ? "increase" : "decrease") + "' disagrees with key result '"
            + keyResultId + "', whose target is " + (direction > 0 ? "above" : "below")
            + " its baseline: the values are kept as reported, never flipped", keyResultId);
      }
      if (start != null && keyResult.getCadence().isPresent() && start.plus(keyResult.getCadence().get()).isBefore(end)) {
        warn(report.member("period"), "the period " + start + "/" + end + " is longer than key result '" + keyResultId
            + "''s cadence " + keyResult.getCadence().get(), keyResultId);
      }
      Map<String, BigDecimal> counts = populations(group);
      FhirNode scoreNode = group.member("measureScore");
      boolean percentKind = metric.kind() == MetricKind.RATE || keyResult.getUnit() == MeasureUnit.PERCENT;
      boolean hasCounts = counts.containsKey("numerator") && counts.containsKey("denominator");
      if (percentKind && hasCounts && !"continuous-variable".equals(scoring)) {
        BigDecimal n = counts.get("numerator").subtract(counts.getOrDefault("numerator-exclusion", BigDecimal.ZERO));
        BigDecimal d = counts.get("denominator").subtract(counts.getOrDefault("denominator-exclusion", BigDecimal.ZERO))
            .subtract(counts.getOrDefault("denominator-exception", BigDecimal.ZERO));
        if (d.signum() <= 0) {
          throw new Refusal(group, "the denominator after exclusions and exceptions is " + d.toPlainString()
              + ": no rate can be computed (never 0 %)");
        }
        if (n.signum() < 0) {
          throw new Refusal(group, "the numerator after exclusions is " + n.toPlainString() + ": counts are inconsistent");
        }
        if (n.compareTo(d) > 0 && !"ratio".equals(scoring)) {
          throw new Refusal(group, "the numerator " + n.toPlainString() + " exceeds the denominator " + d.toPlainString()
              + " of a proportion: counts are inconsistent");
        }
        if (scoreNode != null) {
          compareScore(scoreNode, n, d, keyResultId);
        }
        return CheckIn.rateBuilder(n, d);
      }
      if (metric.kind() == MetricKind.RATE) {
        throw new Refusal(group, "key result '" + keyResultId + "' is a rate: the report needs numerator and denominator "
            + "population counts");
      }
      if (scoreNode == null) {
        throw new Refusal(group, "has no measureScore and no counts: nothing to import");
      }
      Score score = score(scoreNode);
      BigDecimal value = score.value;
      if (keyResult.getUnit() == MeasureUnit.PERCENT) {
        if ("%".equals(score.code)) {
          value = score.value;
        } else if (score.code == null && score.unit == null && (scoring == null || "proportion".equals(scoring))) {
          value = score.value.multiply(HUNDRED);
        } else {
          throw unitMismatch(scoreNode, score, keyResult);
        }
        if (notation != null && notation < 0) {
          if (convention == null) {
            throw new Refusal(scoreNode, "the measure improves downwards ('decrease') and the report has no counts: "
                + "configure the producer's score convention (RAW or COMPLEMENT_ON_DECREASE)");
          }
          if (convention == ScoreConvention.COMPLEMENT_ON_DECREASE) {
            value = HUNDRED.subtract(value);
          }
        }
      } else {
        checkUnit(scoreNode, score, keyResult);
      }
      return CheckIn.builder().value(value);
    }

    private RuntimeException unitMismatch(FhirNode node, Score score, KeyResult keyResult) {
      String given = score.code != null ? "'" + shorten(score.code) + "'" + (score.system != null ? " (" + shorten(score.system) + ")" : "")
          : score.unit != null ? "'" + shorten(score.unit) + "' (no code)" : "none";
      return new Refusal(node, "the score's unit " + given + " does not match key result '" + keyResult.getId()
          + "''s unit " + keyResult.getUnit() + " (" + expected(keyResult) + ")");
    }

    private String expected(KeyResult keyResult) {
      switch (keyResult.getUnit()) {
        case PERCENT: return "UCUM '%', or a proportion without unit";
        case MINUTES: return "UCUM 'min'";
        case DAYS: return "UCUM 'd'";
        case KILOMETRES: return "UCUM 'km'";
        case EUROS: return "'EUR' in " + ISO_4217;
        case COUNT: return "no unit, UCUM '1' or an annotation such as '{visits}'";
        default: return "the unit label '" + keyResult.getUnitLabel().orElse("") + "'";
      }
    }

    private void checkUnit(FhirNode node, Score score, KeyResult keyResult) {
      boolean ucum = UCUM.equals(score.system);
      boolean ok;
      switch (keyResult.getUnit()) {
        case MINUTES: ok = ucum && "min".equals(score.code); break;
        case DAYS: ok = ucum && "d".equals(score.code); break;
        case KILOMETRES: ok = ucum && "km".equals(score.code); break;
        case EUROS: ok = ISO_4217.equals(score.system) && "EUR".equals(score.code); break;
        case COUNT:
          ok = (score.code == null && score.unit == null)
              || (ucum && score.code != null && ("1".equals(score.code) || (score.code.startsWith("{") && score.code.endsWith("}"))));
          break;
        default:
          ok = keyResult.getUnitLabel().isPresent()
              && (keyResult.getUnitLabel().get().equals(score.code) || keyResult.getUnitLabel().get().equals(score.unit));
          break;
      }
      if (!ok) {
        throw unitMismatch(node, score, keyResult);
      }
    }

    private void compareScore(FhirNode scoreNode, BigDecimal n, BigDecimal d, String keyResultId) {
      Score score = score(scoreNode);
      BigDecimal fraction = "%".equals(score.code) ? score.value.divide(HUNDRED) : score.value;
      BigDecimal proportion = n.divide(d, PRECISION);
      BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, Math.min(fraction.scale(), 30))).divide(BigDecimal.valueOf(2));
      if (fraction.subtract(proportion).abs().compareTo(tolerance) <= 0) {
        return;
      }
      if (fraction.subtract(BigDecimal.ONE.subtract(proportion)).abs().compareTo(tolerance) <= 0) {
        warn(scoreNode, "measureScore " + score.value.toPlainString() + " is 1 − " + n.toPlainString() + "/" + d.toPlainString()
            + ": the producer inverts the scores of 'decrease' measures (the cqframework convention); the counts are used",
            keyResultId);
        return;
      }
      warn(scoreNode, "measureScore " + score.value.toPlainString() + " differs from the counts " + n.toPlainString() + "/"
          + d.toPlainString() + ": the counts are used", keyResultId);
    }

    private Map<String, BigDecimal> populations(FhirNode group) {
      Map<String, BigDecimal> counts = new LinkedHashMap<>();
      FhirNode populations = group.member("population");
      if (populations == null) {
        return counts;
      }
      if (populations.kind != FhirNode.Kind.ARRAY) {
        throw new Refusal(populations, "is " + populations.describe() + ": population is an array");
      }
      Set<String> codes = new HashSet<>();
      for (FhirNode population : populations.children) {
        if (population.kind != FhirNode.Kind.OBJECT) {
          throw new Refusal(population, "is " + population.describe() + ": a population is an object");
        }
        refuseModifiers(population);
        FhirNode code = object(population, "code", true);
        String popCode = null;
        for (String[] coding : codings(Objects.requireNonNull(code))) {
          if (POPULATION_SYSTEM.equals(coding[0])) {
            popCode = coding[1];
          }
        }
        if (popCode == null) {
          throw new Refusal(code, "has no coding in " + POPULATION_SYSTEM);
        }
        if (!POPULATION_CODES.contains(popCode)) {
          throw new Refusal(code, "population code '" + shorten(popCode) + "' is not one of " + new java.util.TreeSet<>(POPULATION_CODES));
        }
        if (!codes.add(popCode)) {
          throw new Refusal(population, "population '" + popCode + "' appears twice in the group");
        }
        FhirNode count = population.member("count");
        if (count == null) {
          continue;
        }
        if (count.kind != FhirNode.Kind.NUMBER || !count.integral) {
          throw new Refusal(count, "is " + (count.kind == FhirNode.Kind.NUMBER ? "'" + shorten(count.text) + "'" : count.describe())
              + ": a population count is a whole number");
        }
        BigDecimal value = new BigDecimal(Objects.requireNonNull(count.text));
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
          throw new Refusal(count, "is " + shorten(count.text) + ": a population count is from 0 to " + Integer.MAX_VALUE);
        }
        counts.put(popCode, value);
      }
      return counts;
    }

    private Score score(FhirNode node) {
      if (node.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(node, "is " + node.describe() + ": measureScore is a Quantity object");
      }
      FhirNode value = node.member("value");
      if (value == null) {
        throw new Refusal(node, "measureScore has no value");
      }
      return new Score(decimal(value), string(node, "unit", false), string(node, "system", false), string(node, "code", false));
    }

    private @Nullable Integer notation(@Nullable FhirNode concept) {
      if (concept == null) {
        return null;
      }
      for (String[] coding : codings(concept)) {
        if (NOTATION_SYSTEM.equals(coding[0]) && "increase".equals(coding[1])) {
          return 1;
        }
        if (NOTATION_SYSTEM.equals(coding[0]) && "decrease".equals(coding[1])) {
          return -1;
        }
      }
      throw new Refusal(concept, "improvementNotation has no 'increase' or 'decrease' coding in " + NOTATION_SYSTEM);
    }

    private @Nullable Integer notationExtension(FhirNode extensions) {
      for (FhirNode extension : array(extensions)) {
        String url = string(extension, "url", true);
        if (NOTATION_EXTENSIONS.contains(url)) {
          return notation(object(extension, "valueCodeableConcept", true));
        }
      }
      return null;
    }

    private @Nullable String scoring(FhirNode node) {
      FhirNode extensions = node.member("extension");
      return extensions == null ? null : scoringExtension(extensions);
    }

    private @Nullable String scoringExtension(FhirNode extensions) {
      for (FhirNode extension : array(extensions)) {
        String url = string(extension, "url", true);
        if (SCORING_EXTENSION.equals(url)) {
          List<String[]> codings = codings(Objects.requireNonNull(object(extension, "valueCodeableConcept", true)));
          if (codings.isEmpty()) {
            throw new Refusal(extension, "the measureScoring extension has no code");
          }
          return codings.get(0)[1];
        }
      }
      return null;
    }

    private int direction(Metric metric) {
      // a switch expression without default: a new metric kind fails to compile until it has a direction
      return switch (metric.kind()) {
        case MOVE_TO_TARGET -> direction(((MoveToTarget) metric).getBaseline(), ((MoveToTarget) metric).getTarget());
        case RATE -> direction(((Rate) metric).getBaseline(), ((Rate) metric).getTarget());
        case GUARDRAIL -> {
          Guardrail guardrail = (Guardrail) metric;
          yield guardrail.getLow().isPresent() == guardrail.getHigh().isPresent() ? 0 : guardrail.getLow().isPresent() ? 1 : -1;
        }
        case MILESTONE, COMPUTED -> 0;
      };
    }

    private int direction(Optional<BigDecimal> baseline, Target target) {
      if (target.isRelative()) {
        return target.getAmount().signum();
      }
      return baseline.map(b -> target.getAmount().compareTo(b)).orElse(0);
    }

    private String sourceRef(String measure, FhirNode period) {
      String id = string(report, "id", false);
      FhirNode meta = report.member("meta");
      String version = meta == null ? null : string(object(report, "meta", false), "versionId", false);
      String history = version == null ? "" : "/_history/" + version;
      if (id != null) {
        return "fhir:MeasureReport/" + id + history;
      }
      FhirNode identifiers = report.member("identifier");
      if (identifiers != null) {
        for (FhirNode identifier : array(identifiers)) {
          String value = string(identifier, "value", false);
          if (value != null) {
            String system = string(identifier, "system", false);
            return "fhir:identifier:" + (system == null ? "" : system) + "|" + value + history;
          }
        }
      }
      return "fhir:measure:" + measure + "|period=" + Objects.requireNonNullElse(string(period, "start", false), "")
          + "/" + string(period, "end", true);
    }

    private LocalDate periodEnd(FhirNode period) {
      FhirNode end = period.member("end");
      if (end == null) {
        throw new Refusal(period, "period.end is missing: it gives the observation date");
      }
      return date(end, true);
    }

    private @Nullable LocalDate periodStart(FhirNode period) {
      FhirNode start = period.member("start");
      return start == null ? null : date(start, false);
    }

    private @Nullable Instant recordedAt() {
      FhirNode date = report.member("date");
      if (date == null) {
        FhirNode meta = report.member("meta");
        date = meta == null || meta.kind != FhirNode.Kind.OBJECT ? null : meta.member("lastUpdated");
      }
      if (date == null) {
        return null;
      }
      String text = text(date);
      var m = DATE_TIME.matcher(text);
      if (!m.matches()) {
        throw new Refusal(date, "is '" + shorten(text) + "': not a FHIR dateTime (2026-04-15T10:00:00+02:00)");
      }
      try {
        if (m.group(6) != null) {
          return OffsetDateTime.parse(text).toInstant();
        }
        return date(date, false).atStartOfDay(zone).toInstant();
      } catch (DateTimeException e) {
        throw new Refusal(date, "is '" + shorten(text) + "': not a valid date-time");
      }
    }

    /** A FHIR date or dateTime as a date in the zone: a partial date is its first day, or its last if {@code last}. */
    private LocalDate date(FhirNode node, boolean last) {
      String text = text(node);
      var m = DATE_TIME.matcher(text);
      if (!m.matches()) {
        throw new Refusal(node, "is '" + shorten(text) + "': not a FHIR date or dateTime (2026-03-31)");
      }
      try {
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
          return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        int month = Integer.parseInt(m.group(3));
        if (m.group(5) == null) {
          YearMonth ym = YearMonth.of(year, month);
          return last ? ym.atEndOfMonth() : ym.atDay(1);
        }
        if (m.group(6) == null) {
          return LocalDate.of(year, month, Integer.parseInt(m.group(5)));
        }
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
      } catch (DateTimeException e) {
        throw new Refusal(node, "is '" + shorten(text) + "': not a valid date");
      }
    }

    private BigDecimal decimal(FhirNode node) {
      if (node.kind != FhirNode.Kind.NUMBER) {
        throw new Refusal(node, "is " + node.describe() + ": expected a decimal number");
      }
      BigDecimal value;
      try {
        value = new BigDecimal(Objects.requireNonNull(node.text));
      } catch (NumberFormatException e) {
        throw new Refusal(node, "is not a decimal number");
      }
      if (Math.abs((long) value.scale()) > MAX_DECIMAL_DIGITS || (long) value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
        throw new Refusal(node, "is '" + shorten(node.text) + "': a number has at most " + MAX_DECIMAL_DIGITS
            + " digits before and after the decimal point");
      }
      return value;
    }

    private String text(FhirNode node) {
      if (node.kind != FhirNode.Kind.STRING) {
        throw new Refusal(node, "is " + node.describe() + ": expected a string");
      }
      return Objects.requireNonNull(node.text);
    }

    private @Nullable String string(@Nullable FhirNode object, String name, boolean required) {
      if (object == null) {
        return null;
      }
      FhirNode member = object.member(name);
      if (member == null) {
        if (required) {
          throw new Refusal(object, name + " is missing");
        }
        return null;
      }
      return text(member);
    }

    private @Nullable FhirNode object(FhirNode parent, String name, boolean required) {
      FhirNode member = parent.member(name);
      if (member == null) {
        if (required) {
          throw new Refusal(parent, name + " is missing");
        }
        return null;
      }
      if (member.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(member, "is " + member.describe() + ": " + name + " is an object");
      }
      return member;
    }

    private List<FhirNode> array(FhirNode node) {
      if (node.kind != FhirNode.Kind.ARRAY) {
        throw new Refusal(node, "is " + node.describe() + ": expected an array");
      }
      for (FhirNode item : node.children) {
        if (item.kind != FhirNode.Kind.OBJECT) {
          throw new Refusal(item, "is " + item.describe() + ": expected an object");
        }
      }
      return node.children;
    }

    /** The (system, code) pairs of a CodeableConcept's codings; system may be null. */
    private List<String[]> codings(FhirNode concept) {
      if (concept.kind != FhirNode.Kind.OBJECT) {
        throw new Refusal(concept, "is " + concept.describe() + ": a CodeableConcept is an object");
      }
      FhirNode codings = concept.member("coding");
      List<String[]> out = new ArrayList<>();
      if (codings == null) {
        return out;
      }
      for (FhirNode coding : array(codings)) {
        String code = string(coding, "code", false);
        if (code != null) {
          out.add(new String[] {string(coding, "system", false), code});
        }
      }
      return out;
    }
  }

  /** A measureScore Quantity. */
  private static final class Score {
    final BigDecimal value;
    final @Nullable String unit;
    final @Nullable String system;
    final @Nullable String code;

    Score(BigDecimal value, @Nullable String unit, @Nullable String system, @Nullable String code) {
      this.value = value;
      this.unit = unit;
      this.system = system;
      this.code = code;
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds {@link MeasureReportImport}s. Not thread-safe.
   */
  public static final class Builder {
    private ReadLimits limits = defaultLimits();
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private final Map<String, String> mapping = new HashMap<>();
    private @Nullable ScoreConvention convention;
    private boolean allOrNothing;

    private Builder() {}

    /**
     * Sets the reading limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the zone in which a dateTime becomes a date (the plan's zone).
     *
     * @param zone the zone, {@code Europe/Paris} by default
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Maps a measure, or one group of a measure, to a key result, in place of (or beside) the key
     * results' indicator bindings. A mapping wins over a binding.
     *
     * @param measure the measure canonical without {@code |version}, optionally followed by
     *     {@code #} and a group's id or code
     * @param keyResultId the key result id
     * @return this builder
     * @throws IllegalArgumentException if the measure has a {@code |version} or is blank
     */
    public Builder map(String measure, String keyResultId) {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(keyResultId, "keyResultId");
      if (measure.isBlank() || measure.contains("|")) {
        throw new IllegalArgumentException("measure '" + shorten(measure) + "': give the canonical URL without |version");
      }
      mapping.put(measure, keyResultId);
      return this;
    }

    /**
     * Sets how the producer writes scores of {@code decrease} measures; needed only for reports
     * without population counts.
     *
     * @param convention the convention
     * @return this builder
     */
    public Builder scoreConvention(ScoreConvention convention) {
      this.convention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Sets whether one refused report leaves the plan unchanged (every valid report then
     * {@linkplain ImportOutcome.Kind#WITHHELD withheld}).
     *
     * @param allOrNothing true for all or nothing; false (the default) applies each valid report
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
     */
    public MeasureReportImport build() {
      return new MeasureReportImport(this);
    }
  }
}
