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
    void a_fromlen_cut_to_a_bsd_sun_path_is_caught_with_a_client_path_past_104_bytes() {
        assertKilled(
                UnixFromCutToBsdSunPath.class,
                "with fromlen = sizeof(struct sockaddr_un), for a client bound to",
                "set the length to 106");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-UNIX-FROM");
    }
}
