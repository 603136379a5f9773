/**
 * The plan.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true, get = {"get*", "is*"})
package fr.okrsante.plan;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
