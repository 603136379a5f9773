package fr.okrsante.plan;

import org.immutables.value.Value;

/** Test. */
@Value.Immutable
public abstract class FrameworkRef {
  FrameworkRef() {}
  /** @return the code */
  public abstract String getCode();
  /** @return a builder */
  public static Builder builder() { return new Builder(); }
  /** Builder. */
  public static final class Builder extends ImmutableFrameworkRef.Builder { /** Creates an empty builder. */ public Builder() {} }
}
