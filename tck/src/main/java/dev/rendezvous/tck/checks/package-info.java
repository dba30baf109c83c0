/**
 * The kit's checks, one package per clause family: the properties of a clause live in the package
 * named after the first word of its ID ({@code ACCEPT-VALUE-RESULT}: {@link
 * dev.rendezvous.tck.checks.accept}), in the constant of its {@code *Checks} class named after the
 * ID ({@link dev.rendezvous.tck.checks.accept.AcceptChecks#ACCEPT_VALUE_RESULT}). Each package's
 * {@code package-info} lists its clauses with their checks and mutants. {@link Checks} gathers
 * them all; {@link dev.rendezvous.tck.checks.steps} holds the steps several checks share.
 */
package dev.rendezvous.tck.checks;
