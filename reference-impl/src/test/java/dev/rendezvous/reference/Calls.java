package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** Assertions on the outcome of one SPI call. */
final class Calls {
    private Calls() {}

    /** A call of the SPI. */
    @FunctionalInterface
    interface Call {
        void run() throws ErrnoException;
    }

    /** The errno the call failed with, or {@code null} if it succeeded; anything else fails the test. */
    static Errno outcome(Call call) {
        try {
            call.run();
            return null;
        } catch (ErrnoException e) {
            return e.errno();
        }
    }

    /** Asserts that the call fails with exactly this errno. */
    static void assertErrno(Errno expected, Call call) {
        Errno got = outcome(call);
        if (got == null) {
            fail("expected " + expected.describe() + " but the call succeeded");
        }
        assertThat(got).as("errno").isEqualTo(expected);
    }
}
