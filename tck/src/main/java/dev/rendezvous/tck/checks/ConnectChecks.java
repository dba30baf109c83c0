package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties of the client's side: connect, its lengths, its name, its errors. */
final class ConnectChecks {
    static final List<Property> ALL = List.of(
            new RolesAreExclusive(),
            new WellKnownName(),
            new RoundTrip(),
            new UnixLengthWithoutNul(),
            new UnixNoPathIsEinval(),
            new InetSizeofLength(),
            new InetShortLengthEinval(),
            new ReachesNamedListener(),
            new AutoboundName(),
            new AutoboundNameHeld(),
            new ErrnoNotException(),
            new NonblockingConnectReportsError(),
            new NameAfterFailureAutobound(),
            new NameAfterFailureExplicit(),
            new NameAfterNonblockingFailure(),
            new PeerAndBytes(),
            new BytesBeforeAccept(),
            new RefusedWhereNoServer());

    private ConnectChecks() {}
}
