package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** ACCEPT-NEW-DESCRIPTOR with the listener closed under a blocked accept. */
class ListenerClosedUnderAcceptTest {
    @Test
    void the_reference_ends_the_accept_with_ebadf_and_frees_the_number() throws Exception {
        for (Feature family : new Feature[] {Feature.INET, Feature.INET6, Feature.UNIX}) {
            try (FixedCase c = FixedCase.onReference(new ListenerClosedUnderAccept(), family)) {
                assertThatCode(c::check).as(family.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void econnaborted_is_allowed() throws Exception {
        try (FixedCase c = FixedCase.of(
                new ListenerClosedUnderAccept(), new EndsBlockedAcceptWith(Errno.ECONNABORTED), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void another_errno_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new ListenerClosedUnderAccept(), new EndsBlockedAcceptWith(Errno.ENOTSOCK), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageContaining("failed with ENOTSOCK")
                    .hasMessageEndingWith("expected it to stay blocked or fail with EBADF, EINVAL or ECONNABORTED");
        }
    }

    @Test
    void an_accept_that_does_not_block_leaves_nothing_to_check() throws Exception {
        try (FixedCase c = FixedCase.of(new ListenerClosedUnderAccept(), new AcceptNeverBlocks(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(NotVerifiedException.class)
                    .hasMessageEndingWith("there is no blocked accept to close the listener under");
        }
    }

    /** A blocked accept whose listener is closed fails with the given errno instead of EBADF. */
    private static final class EndsBlockedAcceptWith extends ForwardingStack {
        private final Errno errno;

        EndsBlockedAcceptWith(Errno errno) {
            this.errno = errno;
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            try {
                return super.accept(fd, from);
            } catch (ErrnoException e) {
                throw e.errno() == Errno.EBADF ? new ErrnoException(errno, "listener closed") : e;
            }
        }
    }

    /** Accept fails with EAGAIN at once, as in non-blocking mode. */
    private static final class AcceptNeverBlocks extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            throw new ErrnoException(Errno.EAGAIN, "never blocks");
        }
    }
}
