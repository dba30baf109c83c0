/**
 * The steps several checks share: a listener at a drawn name, connects that must succeed or fail,
 * accepts bounded by the event deadline, bytes across a connection, value-result buffers with a
 * canary. They belong to no clause; the checks that use them do.
 */
package dev.rendezvous.tck.checks.steps;
