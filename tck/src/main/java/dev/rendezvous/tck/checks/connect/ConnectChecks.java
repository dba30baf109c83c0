package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code CONNECT-} clauses: one constant per clause, named after its ID. */
public final class ConnectChecks {
    /** {@code CONNECT-INITIATES}. */
    public static final List<Property> CONNECT_INITIATES = List.of(new RoundTrip());

    /** {@code CONNECT-UNIX-LENGTH}. */
    public static final List<Property> CONNECT_UNIX_LENGTH = List.of(
            new UnixLengthWithoutNul(), new UnixNoPathIsEinval(), new UnixPathsToTheLimit(), new UnixNamePastSizeof());

    /** {@code CONNECT-INET-LENGTH}. */
    public static final List<Property> CONNECT_INET_LENGTH =
            List.of(new InetSizeofLength(), new InetShortLengthEinval());

    /** {@code CONNECT-SERVER-NAME}. */
    public static final List<Property> CONNECT_SERVER_NAME = List.of(new ReachesNamedListener());

    /** {@code CONNECT-AUTOBIND}. */
    public static final List<Property> CONNECT_AUTOBIND = List.of(new AutoboundName(), new AutoboundNameHeld());

    /** {@code CONNECT-SIGNAL}. */
    public static final List<Property> CONNECT_SIGNAL = List.of(new InterruptedConnectFails());

    /** {@code CONNECT-ERROR-RETURNED}. */
    public static final List<Property> CONNECT_ERROR_RETURNED =
            List.of(new ErrnoNotException(), new NonblockingConnectReportsError());

    /** {@code CONNECT-NAME-REMAINS}. */
    public static final List<Property> CONNECT_NAME_REMAINS = List.of(
            new NameAfterFailureAutobound(),
            new NameAfterFailureExplicit(),
            new NameAfterNonblockingFailure(),
            new NameAfterNetworkErrors());

    /** {@code CONNECT-ASSOCIATED}. */
    public static final List<Property> CONNECT_ASSOCIATED = List.of(new PeerAndBytes(), new BytesBeforeAccept());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL = Stream.of(
                    CONNECT_INITIATES,
                    CONNECT_UNIX_LENGTH,
                    CONNECT_INET_LENGTH,
                    CONNECT_SERVER_NAME,
                    CONNECT_AUTOBIND,
                    CONNECT_SIGNAL,
                    CONNECT_ERROR_RETURNED,
                    CONNECT_NAME_REMAINS,
                    CONNECT_ASSOCIATED)
            .flatMap(List::stream)
            .toList();

    private ConnectChecks() {}
}
