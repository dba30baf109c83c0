package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** LISTEN-BACKLOG, listen said again: the queue, the name and the listening kept. */
class ListenAgainTest {
    private static final int SEEDS = 6;

    @Test
    void the_reference_keeps_everything_in_every_family() throws Exception {
        for (Feature family : new Feature[] {Feature.INET, Feature.INET6, Feature.UNIX}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                assertThatCode(() -> FixedCase.checkSeed(new ListenAgain(), new NioSocketStack(), Set.of(family), s))
                        .as("%s, seed %d", family, seed)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void einval_for_the_second_listen_is_allowed() throws Exception {
        assertThatCode(() -> FixedCase.checkSeed(
                        new ListenAgain(), new SecondListenFails(Errno.EINVAL), Set.of(Feature.INET), 1))
                .doesNotThrowAnyException();
    }

    @Test
    void another_errno_for_the_second_listen_is_a_violation() throws Exception {
        assertThatThrownBy(() -> FixedCase.checkSeed(
                        new ListenAgain(), new SecondListenFails(Errno.EOPNOTSUPP), Set.of(Feature.INET), 1))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith(
                        "failed with EOPNOTSUPP (95): Operation not supported; expected success or EINVAL");
    }

    /** listen on a socket already listening fails with the given errno, changing nothing. */
    private static final class SecondListenFails extends ForwardingStack {
        private final Errno errno;
        private final Set<Integer> listening = ConcurrentHashMap.newKeySet();

        SecondListenFails(Errno errno) {
            this.errno = errno;
        }

        @Override
        public void listen(int fd, int backlog) throws ErrnoException {
            if (listening.contains(fd)) {
                throw new ErrnoException(errno, "listening already");
            }
            super.listen(fd, backlog);
            listening.add(fd);
        }

        @Override
        public void close(int fd) throws ErrnoException {
            listening.remove(fd);
            super.close(fd);
        }
    }
}
