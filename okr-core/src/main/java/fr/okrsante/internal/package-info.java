/**
 * Data structures shared by the library's packages; not exported, not part of the API.
 */
@NullMarked
package fr.okrsante.internal;

import org.jspecify.annotations.NullMarked;
