package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** LISTEN-BACKLOG past full: every client beyond the queue ends, none is lost. */
class HeldClientsCompleteTest {
    @Test
    void the_reference_completes_every_held_client_in_the_unix_domain() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            long s = seed;
            assertThatCode(() -> FixedCase.checkSeed(
                            new HeldClientsComplete(), new NioSocketStack(), Set.of(Feature.UNIX), s))
                    .as("seed %d", seed)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void clients_refused_beyond_the_queue_are_accounted_for() throws Exception {
        assertThatCode(() -> FixedCase.checkSeed(
                        new HeldClientsComplete(), new RefusesBeyond(Errno.ECONNREFUSED), Set.of(Feature.UNIX), 1))
                .doesNotThrowAnyException();
    }

    @Test
    void another_errno_for_a_client_beyond_the_queue_is_a_violation() throws Exception {
        assertThatThrownBy(() -> FixedCase.checkSeed(
                        new HeldClientsComplete(), new RefusesBeyond(Errno.ENOBUFS), Set.of(Feature.UNIX), 1))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("failed with ENOBUFS")
                .hasMessageEndingWith("may be held, refused (ECONNREFUSED, EAGAIN) or time out (ETIMEDOUT)");
    }

    /** Every connect after the first (of the whole stack, until an accept) fails with the given errno. */
    private static final class RefusesBeyond extends ForwardingStack {
        private final Errno errno;
        private final AtomicInteger waiting = new AtomicInteger();

        RefusesBeyond(Errno errno) {
            this.errno = errno;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (waiting.getAndIncrement() > 0) {
                waiting.decrementAndGet();
                throw new ErrnoException(errno, "no room");
            }
            super.connect(fd, address, length);
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = super.accept(fd, from);
            waiting.decrementAndGet();
            return accepted;
        }
    }
}
