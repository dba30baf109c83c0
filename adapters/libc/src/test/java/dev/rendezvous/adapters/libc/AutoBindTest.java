package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ground truth §1: the name a connect binds automatically, and what remains after a failure. */
class AutoBindTest {
    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    /** A loopback port that refuses: bound, not listening. */
    private Sockaddr refusedName() throws Exception {
        int holder = sockets.socket(AF_INET);
        Sockaddr any = sockets.loopback(AF_INET);
        sockets.stack.bind(holder, any.bytes(), any.length());
        return sockets.nameOf(holder);
    }

    @Test
    void failedConnectLeavesTheWildcardWithAPortOfLengthSixteen() throws Exception {
        Sockaddr refused = refusedName();
        int client = sockets.socket(AF_INET);

        assertThatThrownBy(() -> sockets.stack.connect(client, refused.bytes(), refused.length()))
                .isInstanceOf(ErrnoException.class)
                .extracting(e -> ((ErrnoException) e).errno())
                .isEqualTo(Errno.ECONNREFUSED);

        Sockaddr name = sockets.nameOf(client);
        assertThat(name.length()).isEqualTo(16);
        assertThat(name.toInetSocketAddress().getAddress()).isEqualTo(InetAddress.getByName("0.0.0.0"));
        assertThat(name.port()).isNotZero();
    }

    @Test
    void theNameAfterAFailedConnectIsNotHeldABindStillSucceeds() throws Exception {
        Sockaddr refused = refusedName();
        int client = sockets.socket(AF_INET);
        assertThatThrownBy(() -> sockets.stack.connect(client, refused.bytes(), refused.length()))
                .isInstanceOf(ErrnoException.class);

        Sockaddr loopbackAnyPort = sockets.loopback(AF_INET);
        sockets.stack.bind(client, loopbackAnyPort.bytes(), loopbackAnyPort.length());

        assertThat(sockets.nameOf(client).toInetSocketAddress().getAddress())
                .isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void successfulConnectBindsTheLoopbackAddressInBothInternetFamilies() throws Exception {
        for (int family : new int[] {AF_INET, AF_INET6}) {
            int listener = sockets.listener(family, 1);
            int client = sockets.connectedClient(listener, family);

            Sockaddr name = sockets.nameOf(client);
            assertThat(name.length()).isEqualTo(family == AF_INET ? 16 : 28);
            assertThat(name.toInetSocketAddress().getAddress().isLoopbackAddress())
                    .isTrue();
            assertThat(name.port()).isNotZero();
        }
    }

    @Test
    void anUnboundUnixSocketStaysUnnamedAfterConnecting() throws Exception {
        int listener = sockets.listener(AF_UNIX, 1);
        int client = sockets.connectedClient(listener, AF_UNIX);

        Sockaddr name = sockets.nameOf(client);
        assertThat(name.length()).isEqualTo(2);
        assertThat(name.isUnnamed()).isTrue();
    }

    @Test
    void theNameConnectBindsIsHeldAndDiffersFromEveryOtherOpenClientAndTheListener() throws Exception {
        for (int family : new int[] {AF_INET, AF_INET6}) {
            int listener = sockets.listener(family, 4);
            int first = sockets.connectedClient(listener, family);
            int second = sockets.connectedClient(listener, family);
            Sockaddr firstName = sockets.nameOf(first);
            Sockaddr secondName = sockets.nameOf(second);
            int other = sockets.socket(family);

            ErrnoException e = catchThrowableOfType(
                    ErrnoException.class, () -> sockets.stack.bind(other, firstName.bytes(), firstName.length()));

            assertThat(e.errno()).isEqualTo(Errno.EADDRINUSE);
            assertThat(firstName).isNotEqualTo(secondName).isNotEqualTo(sockets.nameOf(listener));
        }
    }
}
