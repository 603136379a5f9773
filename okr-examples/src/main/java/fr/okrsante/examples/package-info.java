/**
 * The seed article's five settings as small programs to run and copy: a hospital
 * ({@link fr.okrsante.examples.HospitalExample}), a medico-social establishment
 * ({@link fr.okrsante.examples.MedicoSocialExample}), a CPTS and its member structures
 * ({@link fr.okrsante.examples.TerritorialNetworkExample}), a local health contract
 * ({@link fr.okrsante.examples.LocalHealthContractExample}) and a prevention programme for young
 * people ({@link fr.okrsante.examples.YouthPreventionExample}). Each builds its plan with a year of
 * check-ins, evaluates it at a few dates, prints a dashboard, shows what two or three viewers see
 * of it, and writes it as JSON and reads it back. The same plans are shipped as JSON documents,
 * resources {@code fr/okrsante/examples/hospital.json}, {@code medico-social.json},
 * {@code territorial-network.json}, {@code local-health-contract.json} and
 * {@code youth-prevention.json}.
 */
@NullMarked
package fr.okrsante.examples;

import org.jspecify.annotations.NullMarked;
