package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class ListenSocketParameterMutantsTest {
    @Test
    void listen_that_spreads_to_another_bound_socket_is_caught() {
        assertKilled(
                ListenMarksEveryBoundSocket.class,
                "bound but not given to listen",
                "AF_INET 127.0.0.1",
                "but the call succeeded");
    }

    @Test
    void listen_that_takes_a_closed_number_is_caught() {
        assertKilled(ListenIgnoresBadDescriptor.class, "on closed descriptor", "expected EBADF");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("LISTEN-SOCKET-PARAMETER");
    }
}
