package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptUnixFromMutantsTest {
    @Test
    void a_fromlen_without_the_nul_is_caught() {
        assertKilled(
                UnixFromLengthWithoutNul.class,
                "fromlen = sizeof(struct sockaddr_un) = 110, for a client bound to",
                "(2 + strlen(path) + 1 for the NUL)");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-UNIX-FROM");
    }
}
