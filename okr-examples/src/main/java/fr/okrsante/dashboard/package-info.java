/**
 * Dashboards of an evaluated plan: a {@link fr.okrsante.dashboard.Dashboard} snapshot (alignment
 * tree, per-unit summary, framework coverage, at-risk list, changes since an earlier date) and
 * its renderings as text, self-contained HTML, CSV and JSON, in French or English
 * ({@link fr.okrsante.dashboard.Labels}).
 */
@NullMarked
package fr.okrsante.dashboard;

import org.jspecify.annotations.NullMarked;
