/**
 * okr-sante core: the OKR domain for health organisations.
 */
@SuppressWarnings("requires-automatic")
module fr.okrsante.core {
  requires org.slf4j;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;

  exports fr.okrsante.plan;
  exports fr.okrsante.visibility;
  exports fr.okrsante.review;

  uses fr.okrsante.plan.RollupStrategy;

  provides fr.okrsante.plan.RollupStrategy with fr.okrsante.plan.WeightedMean, fr.okrsante.plan.Minimum;
}
