package fr.okrsante.plan;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a key result measures, as an external system names it: the key importers use to find the
 * key result a figure belongs to.
 *
 * <p>Three forms cover the sources we read:
 * <ul>
 *   <li>a FHIR {@code Measure}'s canonical URL, without its {@code |version}:
 *       {@code IndicatorBinding.of("https://example.org/fhir/Measure/iqss-dpa")} — a canonical
 *       URL names itself, so it has no system;</li>
 *   <li>a code in a code system, e.g. an IQSS indicator:
 *       {@code IndicatorBinding.of("https://www.has-sante.fr/iqss", "ESATIS48H")};</li>
 *   <li>a plan-local code, as a spreadsheet's "Indicateur" column writes it:
 *       {@code IndicatorBinding.of("ESATIS48H")}.</li>
 * </ul>
 * Both parts are compared character for character: each is 1 to
 * {@value Plan#MAX_REFERENCE_LENGTH} characters of one line, without a {@code |} (which separates
 * them in {@link #toString()}, as in FHIR's token search syntax) and without white space at either
 * end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorBinding {

  private final @Nullable String system;
  private final String code;

  private IndicatorBinding(@Nullable String system, String code) {
    this.system = system;
    this.code = code;
  }

  /**
   * Obtains a binding without a system: a FHIR Measure canonical URL, or a plan-local code.
   *
   * @param code the canonical URL (without {@code |version}) or the code
   * @return the binding
   * @throws InvalidPlanException if the code is not a valid reference or contains {@code |}
   */
  public static IndicatorBinding of(String code) {
    Objects.requireNonNull(code, "code");
    Problems problems = new Problems();
    check(problems, ProblemPath.of("indicator").property("code"), code);
    problems.throwIfAny();
    return new IndicatorBinding(null, code);
  }

  /**
   * Obtains a binding to a code in a code system.
   *
   * @param system the code system, e.g. {@code https://www.has-sante.fr/iqss}
   * @param code the code in that system, e.g. {@code ESATIS48H}
   * @return the binding
   * @throws InvalidPlanException if either part is not a valid reference or contains {@code |}
   */
  public static IndicatorBinding of(String system, String code) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    Problems problems = new Problems();
    check(problems, ProblemPath.of("indicator").property("system"), system);
    check(problems, ProblemPath.of("indicator").property("code"), code);
    problems.throwIfAny();
    return new IndicatorBinding(system, code);
  }

  /**
   * Obtains a binding from its {@link #toString()} form: {@code system|code}, or {@code code}.
   *
   * @param text the text
   * @return the binding
   * @throws InvalidPlanException if the text is not of that form
   */
  public static IndicatorBinding parse(String text) {
    Objects.requireNonNull(text, "text");
    int bar = text.indexOf('|');
    return bar < 0 ? of(text) : of(text.substring(0, bar), text.substring(bar + 1));
  }

  private static void check(Problems problems, ProblemPath path, String part) {
    int bar = part.indexOf('|');
    if (bar >= 0) {
      problems.add(path, PlanProblem.Kind.MALFORMED_REFERENCE, "'" + Problems.shorten(part) + "' has a '|' at index " + bar
          + ": give a canonical URL without its |version, and the system and the code apart");
    } else {
      problems.reference(path, part);
    }
  }

  /**
   * Returns the code system.
   *
   * @return the system; empty for a canonical URL or a plan-local code
   */
  public Optional<String> getSystem() {
    return Optional.ofNullable(system);
  }

  /**
   * Returns the code, or the canonical URL.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Tells whether this binding names a FHIR Measure canonical, with or without its version:
   * {@code https://example.org/Measure/x|2024} matches {@code of("https://example.org/Measure/x")}.
   *
   * @param canonical the canonical, possibly ending in {@code |version}
   * @return true if this binding has no system and its code is the canonical without its version
   */
  public boolean matchesCanonical(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    if (system != null) {
      return false;
    }
    int bar = canonical.indexOf('|');
    int length = bar < 0 ? canonical.length() : bar;
    return length == code.length() && canonical.startsWith(code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorBinding other && Objects.equals(system, other.system) && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(system) * 31 + code.hashCode();
  }

  /**
   * Returns {@code system|code}, or the code alone; {@link #parse(String)} reads it back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return system == null ? code : system + "|" + code;
  }
}
