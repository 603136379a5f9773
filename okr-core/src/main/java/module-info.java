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
  exports fr.okrsante.progress;
  exports fr.okrsante.visibility;

  uses fr.okrsante.progress.RollupStrategy;

  provides fr.okrsante.progress.RollupStrategy with fr.okrsante.progress.WeightedMean, fr.okrsante.progress.Minimum;
}
