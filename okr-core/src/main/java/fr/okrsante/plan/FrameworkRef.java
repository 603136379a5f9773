package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference from an objective to an element of an external framework: a HAS certification
 * criterion ({@code 1.1-01}), a CPOM commitment, an NHS Outcomes Framework indicator ({@code 3.7.ii}).
 *
 * <p>Lets a plan answer "which HAS criteria does no objective cover?" (see
 * {@link Plan#frameworkCoverage(FrameworkScheme, java.util.Collection)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FrameworkRef {

  FrameworkRef() {}

  /**
   * Returns the framework.
   *
   * @return the scheme
   */
  public abstract FrameworkScheme getScheme();

  /**
   * Returns the framework's version, e.g. "2025" for the HAS certification reference of 2025.
   *
   * @return the version, if known
   */
  public abstract Optional<String> getSchemeVersion();

  /**
   * Returns the element's code in the framework.
   *
   * @return the code, e.g. {@code 1.1-01}
   */
  @NotBlank
  public abstract String getCode();

  /**
   * Returns a readable label for the element.
   *
   * @return the label; empty text when not given
   */
  @Value.Default
  public String getLabel() {
    return "";
  }

  /**
   * Obtains a reference.
   *
   * @param scheme the framework
   * @param code the code in the framework
   * @param label a readable label
   * @return the reference
   * @throws InvalidPlanException if the code is blank
   */
  public static FrameworkRef of(FrameworkScheme scheme, String code, String label) {
    return builder().scheme(scheme).code(code).label(label).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    validate(problems, ProblemPath.of("frameworkRefs").element(getScheme() + ":" + getCode(), java.util.Set.of()));
    problems.throwIfAny();
  }

  void validate(Problems problems, ProblemPath path) {
    problems.text(path.property("code"), getCode());
    problems.controls(path.property("label"), getLabel(), false);
    getSchemeVersion().ifPresent(v -> problems.text(path.property("schemeVersion"), v));
  }

  /** Builds {@link FrameworkRef}s. */
  public static final class Builder extends ImmutableFrameworkRef.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
