/**
 * FHIR R4 interoperability: {@link fr.okrsante.fhir.MeasureReportImport} turns summary
 * {@code MeasureReport}s into key-result check-ins (strict, bounded, located, idempotent), and
 * {@link fr.okrsante.fhir.GoalExport} writes what a viewer may see of a plan as a {@code Bundle}
 * of {@code Goal} resources.
 */
@NullMarked
package fr.okrsante.fhir;

import org.jspecify.annotations.NullMarked;
