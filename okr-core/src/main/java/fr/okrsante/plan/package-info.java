/**
 * The OKR domain of a health organisation's plan, and its evaluation: org units, cycles, objectives,
 * key results and their metrics, check-ins, initiatives, framework references, alignment links; the
 * {@link fr.okrsante.plan.Plan} aggregate; the key-result formulas, expected pace and status, the
 * rollup of objectives that explains every number, evaluation as of a date, and the closing of a
 * cycle.
 *
 * <p>Start with {@link fr.okrsante.plan.Plan#builder()} and
 * {@link fr.okrsante.plan.Evaluator#evaluate(fr.okrsante.plan.Plan, java.time.LocalDate)};
 * {@link fr.okrsante.plan.Evaluation} states every formula.
 *
 * <p>Every value is immutable and thread-safe. Each value checks its own rules when built and
 * throws {@link fr.okrsante.plan.InvalidPlanException} listing all of its problems; rules that need
 * the whole plan (references, duplicate ids, alignment and computation cycles) are checked by
 * {@link fr.okrsante.plan.Plan.Builder#build()}, which also reports every problem at once. The
 * {@link fr.okrsante.plan.AlignmentGraph} answers questions about the links.
 *
 * <p><b>Why one package.</b> A plan is compiled once, when it is built, into a package-private
 * structure (ids to positions, key-result ranges, links, parents and children by position, the
 * children-first order, the order of computed key results and their dependents) that every plan
 * derived by check-ins shares. The evaluation reads that structure directly, as the alignment graph
 * and the restriction do: in one package nothing needs a back channel, a registration or a public
 * accessor to it. Like ThreeTen-Extra and Joda-Money, okr-core keeps its domain in one package and
 * puts apart only what a reader looks for apart: who may see what ({@code fr.okrsante.visibility}).
 */
@NullMarked
@Value.Style(jdkOnly = true, jdk9Collections = true, visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true, get = {"get*", "is*"},
    // no @Generated on generated classes: users compiling against okr-core need nothing from Immutables
    allowedClasspathAnnotations = {Override.class},
    // a package-private attribute (KeyResult's check-in columns) keeps a package-private initializer
    alwaysPublicInitializers = false)
package fr.okrsante.plan;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
