package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** CONNECT-AUTOBIND: the name connect selects is the client's own, and held. */
class AutoboundNameHeldTest {
    private static final int SEEDS = 6;

    @Test
    void the_reference_holds_every_selected_name() throws Exception {
        for (Feature family : new Feature[] {Feature.INET, Feature.INET6, Feature.UNIX}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                long s = seed;
                assertThatCode(() ->
                                FixedCase.checkSeed(new AutoboundNameHeld(), new NioSocketStack(), Set.of(family), s))
                        .as("%s, seed %d", family, seed)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void a_client_shown_with_the_listeners_name_is_a_violation() throws Exception {
        assertThatThrownBy(() -> FixedCase.checkSeed(
                        new AutoboundNameHeld(), new ClientsShowTheirPeer(), Set.of(Feature.INET), 1))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith("the listener's own name: the system must select a name of the client's own");
    }

    /** getsockname of a socket that connected gives its peer's name. */
    private static final class ClientsShowTheirPeer extends ForwardingStack {
        private final Set<Integer> clients = ConcurrentHashMap.newKeySet();

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            super.connect(fd, address, length);
            clients.add(fd);
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            if (clients.contains(fd)) {
                super.getpeername(fd, name);
            } else {
                super.getsockname(fd, name);
            }
        }
    }
}
