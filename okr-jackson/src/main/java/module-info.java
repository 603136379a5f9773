/**
 * okr-sante JSON: a Jackson 2 module for okr-sante plans, evaluations and views, a hardened reader
 * and writer ({@link fr.okrsante.json.OkrJson}) and the JSON Schemas of the three documents.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.okrsante.jackson {
  requires transitive fr.okrsante.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports fr.okrsante.json;

  provides com.fasterxml.jackson.databind.Module with fr.okrsante.json.OkrModule;
}
