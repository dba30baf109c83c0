package dev.rendezvous.reference;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/** A deadline on a test body that may block: past it, the test fails and the body is interrupted. */
final class TestDeadline {
    private TestDeadline() {}

    static void run(Duration deadline, Executable body) {
        assertTimeoutPreemptively(deadline, body);
    }
}
