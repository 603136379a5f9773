package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes one value of a plan in the plan document's form. Stateless. */
final class ValueSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  private final transient Writer<T> writer;

  ValueSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writer.write(value, gen);
  }
}
