package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.ByteInvertingStack;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** CONNECT-ASSOCIATED: the client's peer is the server, and byte strings cross both ways intact. */
class PeerAndBytesTest {
    @Test
    void the_reference_carries_drawn_bytes_both_ways() throws Exception {
        try (FixedCase c = FixedCase.onReference(new PeerAndBytes(), Feature.INET, 0, 0, 99, 12345, 7, 678)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void bytes_with_a_non_zero_seed_are_not_all_zeros_and_must_arrive_as_sent() throws Exception {
        try (FixedCase c = FixedCase.of(new PeerAndBytes(), new SendsZeros(), Feature.INET, 0, 0, 99, 12345)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith("100 bytes sent by the client, as the server received them: expected [");
        }
    }

    @Test
    void bytes_sent_by_the_server_must_arrive_as_sent() throws Exception {
        try (FixedCase c = FixedCase.of(new PeerAndBytes(), ByteInvertingStack.onAccepted(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessage("1 bytes sent by the server, as the client received them: expected [00], got [ff]");
        }
    }

    /** Whatever is sent arrives as zeros of the same length. */
    private static final class SendsZeros extends ForwardingStack {
        @Override
        public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            return target.send(fd, new byte[buffer.length], offset, length);
        }
    }
}
