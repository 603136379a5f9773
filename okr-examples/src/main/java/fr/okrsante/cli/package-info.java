/**
 * The {@code okr} command-line tool: {@code demo}, {@code validate}, {@code report},
 * {@code explain} and {@code lint} (the plan review) among others, built with picocli into {@code okr-examples/target/okr.jar}. Exit codes: 0
 * success, 1 invalid plan, 2 usage error, 3 unreadable input.
 */
@NullMarked
package fr.okrsante.cli;

import org.jspecify.annotations.NullMarked;
