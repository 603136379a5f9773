/**
 * okr-sante import: check-ins from CSV files and xlsx workbooks (FastCSV, fastexcel-reader, both
 * streaming), and cycles, objectives, key results, initiatives and check-ins from Asana, Jira and
 * GitLab API responses the host saved. The module makes no network call.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.okrsante.importing {
  requires transitive fr.okrsante.core;
  requires transitive fr.okrsante.jackson;
  requires com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel.reader;
  requires org.slf4j;
  requires static org.jspecify;

  exports fr.okrsante.importing;
}
