/**
 * The seed article's five settings as small programs to run and copy: a hospital
 * ({@link fr.okrsante.examples.HospitalExample}), a medico-social establishment
 * ({@link fr.okrsante.examples.MedicoSocialExample}), a CPTS and its member structures
 * ({@link fr.okrsante.examples.TerritorialNetworkExample}), a local health contract
 * ({@link fr.okrsante.examples.LocalHealthContractExample}) and a prevention programme for young
 * people ({@link fr.okrsante.examples.YouthPreventionExample}). Each builds its plan with a year of
 * check-ins, evaluates it at a few dates and prints a dashboard.
 */
@NullMarked
package fr.okrsante.examples;

import org.jspecify.annotations.NullMarked;
