package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** CONNECT-AUTOBIND: connect on an unbound socket gives it a name, the one accept reports. */
class AutoboundNameTest {
    @Test
    void the_reference_names_the_client_in_every_family() throws Exception {
        for (Feature family : Feature.values()) {
            if (family == Feature.INET || family == Feature.INET6 || family == Feature.UNIX) {
                try (FixedCase c = FixedCase.onReference(new AutoboundName(), family)) {
                    assertThatCode(c::check).as("%s", family).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void port_zero_after_connect_is_a_violation() throws Exception {
        UnaryOperator<Sockaddr> portZero = name -> Sockaddr.inet(Families.loopback(name.family()), 0);
        try (FixedCase c = FixedCase.of(new AutoboundName(), new RenamesConnected(portZero), Feature.INET6)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getsockname\\(\\d+\\) after connect on the unbound socket gave AF_INET6 \\S+:0"
                            + " len=28 .*: port 0, so the system selected and bound no name");
        }
    }

    @Test
    void a_name_of_another_family_is_a_violation() throws Exception {
        UnaryOperator<Sockaddr> inet6 = name -> Sockaddr.inet(Families.loopback(AddressFamily.AF_INET6), name.port());
        try (FixedCase c = FixedCase.of(new AutoboundName(), new RenamesConnected(inet6), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("getsockname\\(\\d+\\) after connect on the unbound socket gave AF_INET6 .*,"
                            + " not a name of the socket's family AF_INET");
        }
    }

    @Test
    void accept_reporting_another_name_than_getsockname_is_a_violation() throws Exception {
        UnaryOperator<Sockaddr> otherPort = name -> Sockaddr.inet(Families.loopback(name.family()), name.port() ^ 1);
        try (FixedCase c = FixedCase.of(new AutoboundName(), new RenamesConnected(otherPort), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "the client name the server's accept reported, against the client's getsockname: expected");
        }
    }

    /** getsockname of a socket that connected gives its name changed by a function. */
    private static final class RenamesConnected extends ForwardingStack {
        private final UnaryOperator<Sockaddr> rename;
        private final Set<Integer> connected = ConcurrentHashMap.newKeySet();

        RenamesConnected(UnaryOperator<Sockaddr> rename) {
            this.rename = rename;
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            target.connect(fd, address, length);
            connected.add(fd);
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            if (!connected.contains(fd)) {
                target.getsockname(fd, name);
                return;
            }
            SockaddrBuffer real = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, real);
            name.store(rename.apply(real.name()));
        }
    }
}
