package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one value of a plan strictly, as the plan reader reads it inside a document. Immutable.
 *
 * @param <T> the value type read
 */
final class ValueDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final ReadLimits limits;

  ValueDeserializer(Class<T> type, ReadLimits limits) {
    super(type);
    this.type = type;
    this.limits = limits;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return PlanReader.readValue(parser, limits, type);
  }
}
