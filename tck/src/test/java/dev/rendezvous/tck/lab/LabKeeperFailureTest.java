package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A lab that did not come up is explained in one short line, not the keeper's whole output. */
class LabKeeperFailureTest {
    @Test
    void a_missing_readlink_is_named_by_the_error_it_caused_and_what_the_report_lacks() {
        String output = "ipv6 yes\n/tmp/lab-setup.sh: 49: readlink: not found\nnamespace\n"
                + "gateway ready 4242\nkeeper ready\n";

        assertThat(LabKeeper.failure(0, output, true))
                .isEqualTo("the lab's setup failed (keeper exit code 0): /tmp/lab-setup.sh: 49: readlink: not found;"
                        + " it did not report its namespace");
    }

    @Test
    void a_long_error_is_cut_and_only_the_first_is_quoted() {
        String output = "x".repeat(500) + "\nsecond error\n";

        assertThat(LabKeeper.failure(1, output, false))
                .startsWith("the lab's setup failed (keeper exit code 1): " + "x".repeat(160) + "…;")
                .doesNotContain("second error")
                .hasSizeLessThan(320)
                .doesNotContain("\n");
    }

    @Test
    void with_no_error_it_says_what_was_not_reported() {
        assertThat(LabKeeper.failure(0, "ipv6 no\n", false))
                .isEqualTo("the lab's setup failed (keeper exit code 0): it did not report its namespace,"
                        + " that it was ready");
        assertThat(LabKeeper.failure(1, " \n", false))
                .isEqualTo("the lab's setup failed (keeper exit code 1): no output");
    }
}
