/**
 * JSON for okr-sante: the plan document, read strictly and written byte-stable.
 *
 * <ul>
 *   <li>{@link fr.okrsante.json.OkrJson}: a ready, hardened reader and writer for integrators who do
 *       not configure Jackson themselves; it describes the format;</li>
 *   <li>{@link fr.okrsante.json.OkrModule}: the Jackson module for integrators who use their own
 *       {@code ObjectMapper}, with the settings that matter for untrusted input;</li>
 *   <li>{@link fr.okrsante.json.ReadLimits}: the bounds on what reading may cost;</li>
 *   <li>{@link fr.okrsante.json.OkrJsonException} and {@link fr.okrsante.json.JsonProblem}: every
 *       problem of a document, each with its JSON pointer and line/column.</li>
 * </ul>
 *
 * <p>The JSON Schema (draft 2020-12) of the plan document is the resource
 * {@code fr/okrsante/json/plan.schema.json}; every document this module writes validates against
 * it. The reader is stricter than the schema: it also applies the domain's rules (references,
 * alignment cycles, target different from baseline…).
 *
 * <p>Evaluation and view documents will follow the same conventions, each with its own
 * {@code schemaVersion} and schema: a writer of fixed property order beside {@code PlanWriter},
 * a converter per value in the reader (which already handles located trees, strict members, the
 * mapping of the domain's problem paths to pointers and the limits), serializers registered by
 * {@link fr.okrsante.json.OkrModule}, and {@code readEvaluation}/{@code readView} methods on
 * {@link fr.okrsante.json.OkrJson}.
 */
@NullMarked
package fr.okrsante.json;

import org.jspecify.annotations.NullMarked;
