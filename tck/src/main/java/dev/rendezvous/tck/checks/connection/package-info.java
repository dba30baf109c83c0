/**
 * The checks of the {@code CONNECTION-} clauses: the roles sockets take: the state machine of the
 * calls, and what each wrong call gives.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link ConnectionChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code CONNECTION-ASYMMETRIC}</td><td>{@link ConnectionChecks#CONNECTION_ASYMMETRIC}: {@link RolesAreExclusive}, {@link StateMachine}</td><td>{@code ConnectedSocketListens}, {@code ListenerAcceptsConnect}, {@code ModelAcceptHangsWhenNotListening}, {@code ModelAcceptOnNonListening}, {@code ModelBindTwiceSucceeds}, {@code ModelCloseDoesNotRelease}, {@code ModelPeerNameWhenUnconnected}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.connection;
