package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** CONNECT-NAME-REMAINS: after a failed connect, the name the system bound remains. */
class NameAfterFailureAutoboundTest {
    @Test
    void the_reference_keeps_the_automatically_bound_name() throws Exception {
        try (FixedCase c = FixedCase.onReference(new NameAfterFailureAutobound(), Feature.INET)) {
            assertThatCode(c::check).doesNotThrowAnyException();
        }
    }

    @Test
    void the_wildcard_and_a_loopback_address_are_both_accepted() throws Exception {
        for (String shown : new String[] {"0.0.0.0", "127.0.0.1"}) {
            try (FixedCase c = FixedCase.of(
                    new NameAfterFailureAutobound(),
                    new NameAfterFailure((name, n) -> at(shown, name.port())),
                    Feature.INET)) {
                assertThatCode(c::check).as(shown).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void a_name_of_another_family_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NameAfterFailureAutobound(),
                new NameAfterFailure((name, n) -> at("::1", name.port())),
                Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageEndingWith(": the automatically bound name must remain, a AF_INET name of 16 bytes");
        }
    }

    @Test
    void an_address_neither_wildcard_nor_loopback_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NameAfterFailureAutobound(),
                new NameAfterFailure((name, n) -> at("10.1.2.3", name.port())),
                Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getsockname\\(\\d+\\) after the failed connect on the unbound socket gave"
                            + " AF_INET 10\\.1\\.2\\.3:.*: neither the wildcard nor a loopback address");
        }
    }

    @Test
    void a_socket_that_shows_a_peer_after_the_failure_is_a_violation() throws Exception {
        try (FixedCase c =
                FixedCase.of(new NameAfterFailureAutobound(), new UnconnectedShowsOwnNameAsPeer(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getpeername\\(\\d+\\) after the failed connect \\(the socket must not be"
                            + " connected\\): expected ENOTCONN .*");
        }
    }

    @Test
    void a_name_that_changes_between_two_getsocknames_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(
                new NameAfterFailureAutobound(),
                new NameAfterFailure((name, n) -> at("0.0.0.0", name.port() + n)),
                Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "a second getsockname after the failed connect (the name remains): expected");
        }
    }

    private static Sockaddr at(String address, int port) {
        try {
            return Sockaddr.inet(InetAddress.getByName(address), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After a failed connect, getsockname shows what {@code shown} makes of the true name and of
     * how many times it was asked before (0 the first time).
     */
    private static final class NameAfterFailure extends ForwardingStack {
        private final BiFunction<Sockaddr, Integer, Sockaddr> shown;
        private final Map<Integer, Integer> asked = new ConcurrentHashMap<>();

        NameAfterFailure(BiFunction<Sockaddr, Integer, Sockaddr> shown) {
            this.shown = shown;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            try {
                target.connect(fd, address, length);
            } catch (ErrnoException e) {
                asked.put(fd, 0);
                throw e;
            }
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            Integer n = asked.get(fd);
            if (n == null) {
                target.getsockname(fd, name);
                return;
            }
            SockaddrBuffer real = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, real);
            asked.put(fd, n + 1);
            name.store(shown.apply(Sockaddr.decode(real.storage(), real.length()), n));
        }
    }

    /** getpeername gives the socket's own name, connected or not: an unconnected socket shows a peer. */
    private static final class UnconnectedShowsOwnNameAsPeer extends ForwardingStack {
        @Override
        public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
            target.getsockname(fd, name);
        }
    }
}
