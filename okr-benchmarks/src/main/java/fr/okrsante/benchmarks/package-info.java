/**
 * JMH benchmarks of okr-sante against hand-written baselines, and the synthetic plan generator
 * they run on. Never published.
 */
package fr.okrsante.benchmarks;
