/**
 * okr-sante FHIR: check-ins from FHIR R4 summary {@code MeasureReport}s, and objectives and key
 * results out as FHIR R4 {@code Goal} resources. Plain Jackson streaming; no HAPI.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.okrsante.fhir {
  requires transitive fr.okrsante.core;
  requires transitive fr.okrsante.jackson;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;
  requires static org.jspecify;

  exports fr.okrsante.fhir;
}
