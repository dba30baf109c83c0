package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failed non-blocking connect: its error reported, its socket unconnected, its name kept. */
class NonblockingFailureMutantsTest {
    @Test
    void a_background_failure_reported_as_a_connection_is_caught() {
        assertThat(assertKilled(
                                NonblockingFailureReportedAsConnected.class,
                                "gave EINPROGRESS, later connect 1 returned 0",
                                "its error must be returned")
                        .replay())
                .startsWith("rv1:CONNECT-ERROR-RETURNED/nonblocking-error-reported:");
    }

    @Test
    void a_name_lost_once_a_non_blocking_failure_is_reported_is_caught() {
        assertThat(assertKilled(
                                NameLostAfterNonblockingFailure.class,
                                "once the non-blocking connect's failure was reported",
                                "port 0, the automatically bound name did not remain")
                        .replay())
                .startsWith("rv1:CONNECT-NAME-REMAINS/after-nonblocking-failure:");
    }
}
