/**
 * The checks of the {@code CONNECT-} clauses: the client's connect: its lengths, the server it
 * reaches, the name it gets, its errors and what remains after them.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link ConnectChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code CONNECT-INITIATES}</td><td>{@link ConnectChecks#CONNECT_INITIATES}: {@link RoundTrip}</td><td>{@code ConnectWithoutConnection}</td></tr>
 * <tr><td>{@code CONNECT-UNIX-LENGTH}</td><td>{@link ConnectChecks#CONNECT_UNIX_LENGTH}: {@link UnixLengthWithoutNul}, {@link UnixNoPathIsEinval}, {@link UnixPathsToTheLimit}, {@link UnixNamePastSizeof}</td><td>{@code ConnectRefusesLongPaths}, {@code UnixConnectRequiresNul}, {@code UnixLengthPastSizeofTaken}, {@code UnixShortLengthConnects}</td></tr>
 * <tr><td>{@code CONNECT-INET-LENGTH}</td><td>{@link ConnectChecks#CONNECT_INET_LENGTH}: {@link InetSizeofLength}, {@link InetShortLengthEinval}</td><td>{@code ShortInetLengthPadded}</td></tr>
 * <tr><td>{@code CONNECT-SERVER-NAME}</td><td>{@link ConnectChecks#CONNECT_SERVER_NAME}: {@link ReachesNamedListener}</td><td>{@code ConnectToOtherListener}</td></tr>
 * <tr><td>{@code CONNECT-AUTOBIND}</td><td>{@link ConnectChecks#CONNECT_AUTOBIND}: {@link AutoboundName}, {@link AutoboundNameHeld}</td><td>{@code AutoboundNameNotHeld}, {@code NoAutobind}</td></tr>
 * <tr><td>{@code CONNECT-SIGNAL}</td><td>{@link ConnectChecks#CONNECT_SIGNAL}: {@link InterruptedConnectFails}</td><td>{@code LabConnectRestartsAfterInterrupt}</td></tr>
 * <tr><td>{@code CONNECT-ERROR-RETURNED}</td><td>{@link ConnectChecks#CONNECT_ERROR_RETURNED}: {@link ErrnoNotException}, {@link NonblockingConnectReportsError}</td><td>{@code ConnectThrowsUnchecked}, {@code NonblockingFailureReportedAsConnected}, {@code RefusedConnectSucceeds}</td></tr>
 * <tr><td>{@code CONNECT-NAME-REMAINS}</td><td>{@link ConnectChecks#CONNECT_NAME_REMAINS}: {@link NameAfterFailureAutobound}, {@link NameAfterFailureExplicit}, {@link NameAfterNonblockingFailure}, {@link NameAfterNetworkErrors}</td><td>{@code BoundAddressWidenedAfterFailure}, {@code LabNameLostAfterHostDown}, {@code NameLostAfterFailedConnect}, {@code NameLostAfterNonblockingFailure}</td></tr>
 * <tr><td>{@code CONNECT-ASSOCIATED}</td><td>{@link ConnectChecks#CONNECT_ASSOCIATED}: {@link PeerAndBytes}, {@link BytesBeforeAccept}</td><td>{@code ClosedClientsBytesDiscarded}, {@code PeerIsOwnName}, {@code SendFlipsAByte}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.connect;
