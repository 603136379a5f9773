/**
 * JSON for okr-sante: the plan, evaluation and view documents, read strictly and written
 * byte-stable.
 *
 * <ul>
 *   <li>{@link fr.okrsante.json.OkrJson}: a ready, hardened reader and writer for integrators who do
 *       not configure Jackson themselves; it describes the formats;</li>
 *   <li>{@link fr.okrsante.json.OkrModule}: the Jackson module for integrators who use their own
 *       {@code ObjectMapper}, with the settings that matter for untrusted input;</li>
 *   <li>{@link fr.okrsante.json.EvaluationDocument} and {@link fr.okrsante.json.ViewDocument}: the
 *       read-only models an evaluation or view document reads into;</li>
 *   <li>{@link fr.okrsante.json.ReadLimits}: the bounds on what reading may cost;</li>
 *   <li>{@link fr.okrsante.json.OkrJsonException} and {@link fr.okrsante.json.JsonProblem}: every
 *       problem of a document, each with its JSON pointer and line/column.</li>
 * </ul>
 *
 * <p>The JSON Schemas (draft 2020-12) are the resources {@code fr/okrsante/json/plan.schema.json},
 * {@code evaluation.schema.json} and {@code view.schema.json}; the last two refer to the plan
 * schema's definitions by its {@code $id} ({@code https://okr-sante.fr/schema/plan/1/plan.schema.json}),
 * so a validator is given all three. Every document this module writes validates against its
 * schema. The reader is stricter than the schemas: it also applies the domain's rules (references,
 * alignment cycles, target different from baseline…) and checks a view's markers and figures
 * against its plan.
 */
@NullMarked
package fr.okrsante.json;

import org.jspecify.annotations.NullMarked;
