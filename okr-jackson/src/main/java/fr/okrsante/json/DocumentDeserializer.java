package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an evaluation or view document strictly (see {@link OkrJson}); the caller's mapper and
 * parser settings still govern the syntax. Immutable.
 *
 * @param <T> the document type read
 */
final class DocumentDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final ReadLimits limits;

  DocumentDeserializer(Class<T> type, ReadLimits limits) {
    super(type);
    if (type != EvaluationDocument.class && type != ViewDocument.class) {
      throw new IllegalArgumentException("no reader for " + type.getName());
    }
    this.type = type;
    this.limits = limits;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return type.cast(type == EvaluationDocument.class
        ? DocumentReader.readEvaluation(parser, limits, false)
        : DocumentReader.readView(parser, limits, false));
  }
}
