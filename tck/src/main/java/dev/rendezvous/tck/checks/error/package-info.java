/**
 * The checks of the {@code ERROR-} clauses: the connection errors of the contract, on loopback and
 * in the network lab.
 *
 * <p>From a clause ID, one hop each: its sentence is the clause of that ID in {@link
 * dev.rendezvous.tck.catalogue.Catalogue} (and {@code rendezvous.jar clauses}); its checks are the
 * constant of {@link ErrorChecks} named after the ID; its mutants are the broken implementations in
 * the kit's tests ({@code tck/src/test/java/dev/rendezvous/tck/mutants}) annotated {@code
 * @Breaks("ID")}, named below; its verdict is the entry of that {@code id} under {@code clauses} in
 * {@code results.json}.
 *
 * <table>
 * <caption>The clauses of this package</caption>
 * <tr><th>clause</th><th>checks</th><th>mutants</th></tr>
 * <tr><td>{@code ERROR-ETIMEDOUT}</td><td>{@link ErrorChecks#ERROR_ETIMEDOUT}: {@link LabConnectFails}</td><td>{@code LabTimeoutReportedAsRefused}, {@code LabTimeoutWithoutWaiting}</td></tr>
 * <tr><td>{@code ERROR-ECONNREFUSED}</td><td>{@link ErrorChecks#ERROR_ECONNREFUSED}: {@link RefusedWhereNoServer}, {@link LabConnectFails}</td><td>{@code LabResetReportedAsTimeout}, {@code RefusedReportedAsTimeout}</td></tr>
 * <tr><td>{@code ERROR-ENETDOWN-EHOSTDOWN}</td><td>{@link ErrorChecks#ERROR_ENETDOWN_EHOSTDOWN}: {@link LabConnectFails}</td><td>{@code LabHostDownReportedAsRefused}</td></tr>
 * <tr><td>{@code ERROR-ENETUNREACH-EHOSTUNREACH}</td><td>{@link ErrorChecks#ERROR_ENETUNREACH_EHOSTUNREACH}: {@link LabConnectFails}</td><td>{@code LabHostUnreachableReportedAsInvalid}, {@code LabUnreachableReportedAsTimeout}</td></tr>
 * </table>
 */
package dev.rendezvous.tck.checks.error;
