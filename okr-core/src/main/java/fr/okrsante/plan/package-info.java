/**
 * The plan: org units, cycles, objectives, key results and their metrics, check-ins,
 * initiatives, framework references, alignment links, and the {@link fr.okrsante.plan.Plan}
 * aggregate that checks them as a whole.
 *
 * <p>Every value is immutable and thread-safe. Each value checks its own rules when built and
 * throws {@link fr.okrsante.plan.InvalidPlanException} listing all of its problems; rules that
 * need the whole plan (references, duplicate ids, alignment and computation cycles) are checked
 * by {@link fr.okrsante.plan.Plan.Builder#build()}, which also reports every problem at once.
 * The {@link fr.okrsante.plan.AlignmentGraph} answers questions about the links.
 */
@NullMarked
@Value.Style(jdkOnly = true, jdk9Collections = true, visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true, get = {"get*", "is*"},
    // no @Generated on generated classes: users compiling against okr-core need nothing from Immutables
    allowedClasspathAnnotations = {Override.class})
package fr.okrsante.plan;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
