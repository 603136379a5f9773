package fr.okrsante.plan;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A status set by an owner in place of the computed one, with who, when and why. The computed
 * status stays available beside it in every evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusOverride {

  StatusOverride() {}

  /**
   * Returns the status the owner set.
   *
   * @return the status
   */
  public abstract Status getStatus();

  /**
   * Returns the pseudonymous id of the person who set it. Never logged.
   *
   * @return the author id
   */
  @NotBlank
  public abstract String getAuthorId();

  /**
   * Returns when it was set.
   *
   * @return the instant
   */
  public abstract Instant getSetAt();

  /**
   * Returns why.
   *
   * @return the reason, e.g. "data delayed by the DPI migration"
   */
  @NotBlank
  public abstract String getReason();

  /**
   * Obtains an override.
   *
   * @param status the status set
   * @param authorId who set it
   * @param setAt when
   * @param reason why
   * @return the override
   * @throws InvalidPlanException if the author id is malformed or the reason blank
   */
  public static StatusOverride of(Status status, String authorId, Instant setAt, String reason) {
    return builder().status(status).authorId(authorId).setAt(setAt).reason(reason).build();
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
    problems.id(ProblemPath.of("statusOverride").property("authorId"), getAuthorId());
    problems.text(ProblemPath.of("statusOverride").property("reason"), getReason());
    problems.throwIfAny();
  }

  /** Builds {@link StatusOverride}s. */
  public static final class Builder extends ImmutableStatusOverride.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
