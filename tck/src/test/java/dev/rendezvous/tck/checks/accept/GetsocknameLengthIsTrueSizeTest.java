package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** ACCEPT-VALUE-RESULT for getsockname: on the drawn socket, the length comes back as the true size. */
class GetsocknameLengthIsTrueSizeTest {
    /** The reference numbers the listener 3, the client 4 and the accepted socket 5. */
    private static final int[] DESCRIPTOR_OF_DRAW = {3, 4, 5};

    @Test
    void the_reference_gives_the_true_size_on_each_socket() throws Exception {
        for (int which = 0; which <= 2; which++) {
            try (FixedCase c = FixedCase.onReference(new GetsocknameLengthIsTrueSize(), Feature.INET, which, 0, 10)) {
                assertThatCode(c::check).as("socket %d", which).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void the_drawn_socket_is_the_one_asked() throws Exception {
        for (int which = 0; which <= 2; which++) {
            int fd = DESCRIPTOR_OF_DRAW[which];
            try (FixedCase c = FixedCase.of(
                    new GetsocknameLengthIsTrueSize(), new MisreportsLengthOf(fd), Feature.INET, which, 0, 10)) {
                assertThatThrownBy(c::check)
                        .as("socket %d", which)
                        .isInstanceOf(Violation.class)
                        .hasMessageMatching(
                                "getsockname\\(" + fd + "\\) with 10 bytes offered set the length to 17, but"
                                        + " the true size of the name .* is 16");
            }
        }
    }

    /** getsockname of one descriptor, into less than the largest buffer, reports a length one past the true size. */
    private static final class MisreportsLengthOf extends ForwardingStack {
        private final int fd;

        MisreportsLengthOf(int fd) {
            this.fd = fd;
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            boolean largest = name.length() >= SockaddrBuffer.ofMaximumSize().length();
            target.getsockname(fd, name);
            if (fd == this.fd && !largest) {
                name.setLength(17);
            }
        }
    }
}
