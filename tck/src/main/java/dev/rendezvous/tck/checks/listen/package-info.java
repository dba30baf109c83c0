/**
 * The checks of the {@code LISTEN-} clauses: the socket listen marks and the backlog of
 * connections it queues.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link ListenChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code LISTEN-SOCKET-PARAMETER}</td><td>{@link ListenChecks#LISTEN_SOCKET_PARAMETER}: {@link OnlyTheGivenSocketListens}, {@link ListenOnBadDescriptor}</td><td>{@code ListenIgnoresBadDescriptor}, {@code ListenMarksEveryBoundSocket}</td></tr>
 * <tr><td>{@code LISTEN-BACKLOG}</td><td>{@link ListenChecks#LISTEN_BACKLOG}: {@link BacklogQueuesClients}, {@link AnyBacklogListens}, {@link ListenAgain}, {@link HeldClientsComplete}</td><td>{@code BacklogMustBePositive}, {@code BacklogOfOne}, {@code ConnectBeyondQueueFaked}, {@code ListenAgainDropsQueue}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.listen;
