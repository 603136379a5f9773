package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.okrsante.plan.Plan;
import java.io.IOException;

/** Writes a {@link Plan} as a plan document. Stateless; one shared instance. */
final class PlanSerializer extends StdSerializer<Plan> {

  private static final long serialVersionUID = 1L;

  static final PlanSerializer INSTANCE = new PlanSerializer();

  private PlanSerializer() {
    super(Plan.class);
  }

  @Override
  public void serialize(Plan plan, JsonGenerator gen, SerializerProvider provider) throws IOException {
    PlanWriter.write(plan, gen);
  }
}
