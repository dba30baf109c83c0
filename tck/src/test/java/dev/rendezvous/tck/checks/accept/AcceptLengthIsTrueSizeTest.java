package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** ACCEPT-VALUE-RESULT for accept: fromlen comes back as the client name's true size, whatever was offered. */
class AcceptLengthIsTrueSizeTest {
    @Test
    void the_reference_gives_the_true_size_for_the_space_offered() throws Exception {
        try (FixedCase c = FixedCase.onReference(new AcceptLengthIsTrueSize(), Feature.INET6, 0, 3)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls())
                    .anyMatch(call -> call.matches("accept\\(\\d+, buf\\[\\d+], &len=3\\) = \\d+ len=28 .*"));
        }
    }

    @Test
    void a_length_clamped_to_the_space_offered_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new AcceptLengthIsTrueSize(), new ClampsToOffered(), Feature.INET, 0, 3)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("accept with 3 bytes offered set the length to 3, but the true size of the name"
                            + " AF_INET 127.0.0.1:\\d+ .* is 16");
        }
    }

    /** Accept sets the length to the space offered when the name is longer. */
    private static final class ClampsToOffered extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int offered = from.length();
            int accepted = target.accept(fd, from);
            from.setLength(Math.min(offered, from.length()));
            return accepted;
        }
    }
}
