package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one value of a plan in the plan document's form. Stateless.
 *
 * @param <T> the value type written
 */
final class ValueSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  /** Survives Java serialization of a mapper: the writer is found again from the type. */
  private final Class<T> type;

  ValueSerializer(Class<T> type) {
    super(type);
    this.type = type;
    if (!PlanWriter.VALUE_WRITERS.containsKey(type)) {
      throw new IllegalArgumentException("no writer for " + type.getName());
    }
  }

  @Override
  @SuppressWarnings("unchecked") // VALUE_WRITERS maps each type to a writer of that type
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Writer<T> writer = (Writer<T>) PlanWriter.VALUE_WRITERS.get(type);
    if (writer == null) {
      // the constructor checked the type; a copy deserialized from another version could still miss it
      throw new IllegalStateException("no writer for " + type.getName());
    }
    writer.write(value, gen);
  }
}
