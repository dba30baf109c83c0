package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static dev.rendezvous.tck.mutants.MutantRuns.assertReferencePasses;

import org.junit.jupiter.api.Test;

class AcceptNullPointerMutantsTest {
    @Test
    void a_null_buffer_rejected_is_caught() {
        assertKilled(NullBufferRejected.class, ", NULL, NULL) failed with EFAULT");
    }

    @Test
    void the_reference_implementation_keeps_the_clause() {
        assertReferencePasses("ACCEPT-NULL-POINTER");
    }
}
