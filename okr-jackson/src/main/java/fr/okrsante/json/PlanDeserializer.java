package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import fr.okrsante.plan.Plan;

/**
 * Reads a plan document strictly (see {@link OkrJson}); the caller's mapper and parser settings
 * still govern the syntax (duplicate detection, trailing tokens, stream constraints). Immutable.
 */
final class PlanDeserializer extends StdDeserializer<Plan> {

  private static final long serialVersionUID = 1L;

  private final ReadLimits limits;

  PlanDeserializer(ReadLimits limits) {
    super(Plan.class);
    this.limits = limits;
  }

  @Override
  public Plan deserialize(JsonParser parser, DeserializationContext context) {
    return PlanReader.read(parser, limits, false);
  }
}
