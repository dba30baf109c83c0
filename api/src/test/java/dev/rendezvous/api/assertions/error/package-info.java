/**
 * The failure messages of the kit's assertions: one {@code ShouldXxx} factory per kind of
 * failure, each naming what was expected and what was there, with names decoded beside their
 * bytes in hex.
 */
package dev.rendezvous.api.assertions.error;
