/**
 * The checks of the {@code SERVER-} clauses: the server binding its well-known name, listening,
 * and the order of its two steps.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link ServerChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code SERVER-BIND-LISTEN}</td><td>{@link ServerChecks#SERVER_BIND_LISTEN}: {@link WellKnownName}</td><td>{@code BindIgnoresGivenName}, {@code BoundToPortZeroShowsNoPort}</td></tr>
 * <tr><td>{@code SERVER-BIND-WILDCARD}</td><td>{@link ServerChecks#SERVER_BIND_WILDCARD}: {@link WildcardServerReached}</td><td>{@code LabWildcardConfinedToLoopback}</td></tr>
 * <tr><td>{@code SERVER-LISTEN-THEN-ACCEPT}</td><td>{@link ServerChecks#SERVER_LISTEN_THEN_ACCEPT}: {@link AcceptBeforeListenFails}, {@link ListenThenAccept}</td><td>{@code AcceptListensImplicitly}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.server;
