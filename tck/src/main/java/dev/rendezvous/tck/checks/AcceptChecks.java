package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties of the server's side: listen, accept, value-result names, blocking. */
final class AcceptChecks {
    static final List<Property> ALL = List.of(
            new AcceptBeforeListenFails(),
            new ListenThenAccept(),
            new OnlyTheGivenSocketListens(),
            new ListenOnBadDescriptor(),
            new BacklogQueuesClients(),
            new AnyBacklogListens(),
            new ListenAgain(),
            new HeldClientsComplete(),
            new UnixFromLength(),
            new AcceptedDescriptorIsNew(),
            new ListenerClosedUnderAccept(),
            new AcceptNamesTheClient(),
            new AcceptLengthIsTrueSize(),
            new GetsocknameLengthIsTrueSize(),
            new GetpeernameLengthIsTrueSize(),
            new AcceptWithNullBuffer(),
            new AcceptBlocksUntilClient(),
            new InterruptedAcceptFails(),
            new AcceptTakesAnyClient(),
            new ClosingAcceptedEndsClient(),
            new ListenerClosedUnderClients(),
            new NonblockingAcceptGivesEagain(),
            new NonblockingConnectCompletes());

    private AcceptChecks() {}
}
