package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.okrsante.plan.Evaluation;
import fr.okrsante.visibility.EvaluationView;
import fr.okrsante.visibility.PlanView;
import java.io.IOException;

/**
 * Writes an evaluation or view document: from an {@link Evaluation}, an {@link EvaluationDocument},
 * a {@link PlanView}, an {@link EvaluationView} or a {@link ViewDocument}; or a plan review document
 * from a {@link fr.okrsante.review.ReviewReport}. Stateless.
 *
 * @param <T> the type written
 */
final class DocumentSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  DocumentSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    write(value, gen);
  }

  static void write(Object value, JsonGenerator gen) throws IOException {
    if (value instanceof Evaluation evaluation) {
      DocumentWriter.evaluation(evaluation, gen);
    } else if (value instanceof EvaluationDocument document) {
      DocumentWriter.evaluation(document, gen);
    } else if (value instanceof PlanView view) {
      DocumentWriter.view(ViewDocument.of(view), gen);
    } else if (value instanceof EvaluationView view) {
      DocumentWriter.view(ViewDocument.of(view), gen);
    } else if (value instanceof ViewDocument document) {
      DocumentWriter.view(document, gen);
    } else if (value instanceof fr.okrsante.review.ReviewReport report) {
      ReviewWriter.review(report, gen);
    } else {
      throw new IllegalArgumentException("not a document: " + value.getClass().getName());
    }
  }
}
