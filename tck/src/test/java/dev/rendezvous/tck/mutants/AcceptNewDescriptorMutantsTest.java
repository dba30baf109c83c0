package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptNewDescriptorMutantsTest {
    @Test
    void a_descriptor_handed_out_while_open_is_caught_with_two_clients() {
        assertKilled(AcceptReusesOpenDescriptor.class, "for client 2 of 2", "which is already open");
    }

    @Test
    void closing_the_listener_with_an_accepted_socket_is_caught() {
        assertKilled(
                ClosingAcceptedClosesListener.class,
                "a client arriving after accepted socket",
                "could not connect",
                "ECONNREFUSED");
    }

    @Test
    void closing_the_accepted_sockets_with_the_listener_is_caught() {
        assertKilled(ClosingListenerClosesAccepted.class, "after the listener", "bytes could not cross");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-NEW-DESCRIPTOR");
    }
}
