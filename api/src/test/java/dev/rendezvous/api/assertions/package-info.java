/**
 * AssertJ assertions for the kit's values, shipped in the api's test-jar: {@link
 * dev.rendezvous.api.assertions.RendezvousAssertions} is the entry point. Layered as AssertJ
 * is: the assertions here, one message factory per kind of failure in {@code .error}, and how
 * values are shown in {@code .presentation} (names decoded beside their bytes in hex).
 */
package dev.rendezvous.api.assertions;
