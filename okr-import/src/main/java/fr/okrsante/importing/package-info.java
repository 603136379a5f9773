/**
 * Imports into a plan: check-ins from CSV files and xlsx workbooks ({@link fr.okrsante.importing.SpreadsheetImport}),
 * and cycles, objectives, key results, initiatives and check-ins from the API responses of the
 * work tools a host saved ({@link fr.okrsante.importing.AsanaImport},
 * {@link fr.okrsante.importing.IssueImport} for Jira and GitLab). Every importer is strict,
 * bounded, all or nothing by default, idempotent, and says what it did and what it assumed in an
 * {@link fr.okrsante.importing.ImportReport}. Nothing here makes a network call.
 */
@NullMarked
package fr.okrsante.importing;

import org.jspecify.annotations.NullMarked;
