/**
 * The checks of the {@code ALTERNATIVES-} clauses: the alternatives to blocking: non-blocking
 * accept and connect.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link AlternativesChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code ALTERNATIVES-NONBLOCKING}</td><td>{@link AlternativesChecks#ALTERNATIVES_NONBLOCKING}: {@link NonblockingAcceptGivesEagain}, {@link NonblockingConnectCompletes}, {@link AcceptedSocketBlocks}, {@link ConnectWhilePending}</td><td>{@code AcceptedInheritsNonblocking}, {@code NonblockingConnectNeverCompletes}, {@code NonblockingModeIgnored}, {@code PendingConnectGivesEinprogressAgain}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.alternatives;
