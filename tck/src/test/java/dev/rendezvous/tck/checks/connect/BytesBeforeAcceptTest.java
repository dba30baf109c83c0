package dev.rendezvous.tck.checks.connect;

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
import org.junit.jupiter.api.Test;

/** CONNECT-ASSOCIATED: bytes sent before accept are there after it, also from a client that closed. */
class BytesBeforeAcceptTest {
    private static final int SEEDS = 8;

    @Test
    void the_reference_delivers_them_in_every_family_closed_or_not() throws Exception {
        for (Feature family : new Feature[] {Feature.INET, Feature.INET6, Feature.UNIX}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                assertThatCode(() ->
                                FixedCase.checkSeed(new BytesBeforeAccept(), new NioSocketStack(), Set.of(family), s))
                        .as("%s, seed %d", family, seed)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void a_send_refused_before_accept_is_a_violation() throws Exception {
        assertThatThrownBy(() ->
                        FixedCase.checkSeed(new BytesBeforeAccept(), new NoSendBeforeAccept(), Set.of(Feature.INET), 1))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith("failed with ENOTCONN (107): Transport endpoint is not connected:"
                        + " data transfer may begin once connect succeeds");
    }

    /** send fails with ENOTCONN on a client whose connection no accept has taken yet. */
    private static final class NoSendBeforeAccept extends ForwardingStack {
        private volatile boolean acceptedOne;

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = super.accept(fd, from);
            acceptedOne = true;
            return accepted;
        }

        @Override
        public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            if (!acceptedOne) {
                throw new ErrnoException(Errno.ENOTCONN, "not accepted yet");
            }
            return super.send(fd, buffer, offset, length);
        }
    }
}
