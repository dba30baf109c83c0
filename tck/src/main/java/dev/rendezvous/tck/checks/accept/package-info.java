/**
 * The checks of the {@code ACCEPT-} clauses: the new descriptor accept returns, the client's name
 * and its value-result length, blocking, signals, no filtering, closing an unwanted connection.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link AcceptChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code ACCEPT-UNIX-FROM}</td><td>{@link AcceptChecks#ACCEPT_UNIX_FROM}: {@link UnixFromLength}, {@link UnixFromLengthToTheLimit}</td><td>{@code UnixFromCutToBsdSunPath}, {@code UnixFromLengthWithoutNul}</td></tr>
 * <tr><td>{@code ACCEPT-NEW-DESCRIPTOR}</td><td>{@link AcceptChecks#ACCEPT_NEW_DESCRIPTOR}: {@link AcceptedDescriptorIsNew}, {@link ListenerClosedUnderAccept}</td><td>{@code AcceptReusesOpenDescriptor}, {@code CloseDeferredUnderAccept}, {@code ClosingAcceptedClosesListener}, {@code ClosingListenerClosesAccepted}</td></tr>
 * <tr><td>{@code ACCEPT-CLIENT-NAME}</td><td>{@link AcceptChecks#ACCEPT_CLIENT_NAME}: {@link AcceptNamesTheClient}</td><td>{@code AcceptGivesListenerName}</td></tr>
 * <tr><td>{@code ACCEPT-VALUE-RESULT}</td><td>{@link AcceptChecks#ACCEPT_VALUE_RESULT}: {@link AcceptLengthIsTrueSize}, {@link GetsocknameLengthIsTrueSize}, {@link GetpeernameLengthIsTrueSize}, {@link NegativeLengthIsEinval}, {@link LargeLengthIsTrueSize}</td><td>{@code AcceptLengthClampedToOffered}, {@code GetpeernameClampsLength}, {@code GetsocknameWritesPastOffered}, {@code LargeLengthRefused}, {@code NegativeLengthLosesConnection}</td></tr>
 * <tr><td>{@code ACCEPT-NULL-POINTER}</td><td>{@link AcceptChecks#ACCEPT_NULL_POINTER}: {@link AcceptWithNullBuffer}</td><td>{@code NullBufferRejected}</td></tr>
 * <tr><td>{@code ACCEPT-BLOCKS}</td><td>{@link AcceptChecks#ACCEPT_BLOCKS}: {@link AcceptBlocksUntilClient}</td><td>{@code AcceptDoesNotBlock}</td></tr>
 * <tr><td>{@code ACCEPT-SIGNAL}</td><td>{@link AcceptChecks#ACCEPT_SIGNAL}: {@link InterruptedAcceptFails}</td><td>{@code InterruptClosesListener}, {@code InterruptIgnoredOnce}, {@code InterruptLeavesStatusSet}</td></tr>
 * <tr><td>{@code ACCEPT-NO-FILTERING}</td><td>{@link AcceptChecks#ACCEPT_NO_FILTERING}: {@link AcceptTakesAnyClient}</td><td>{@code RefusesEvenLoopbackClients}</td></tr>
 * <tr><td>{@code ACCEPT-CLOSE-UNWANTED}</td><td>{@link AcceptChecks#ACCEPT_CLOSE_UNWANTED}: {@link ClosingAcceptedEndsClient}, {@link ListenerClosedUnderClients}</td><td>{@code CloseOfAcceptedDeferred}, {@code ListenerCloseKeepsQueuedClients}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.accept;
