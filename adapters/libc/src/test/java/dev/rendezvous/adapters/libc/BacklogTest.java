package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ground truth §4: listen queues exactly backlog + 1 connections; listen's own errors. */
class BacklogTest {
    private static final int EXTRA_TRIES = 3;

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    @ParameterizedTest(name = "backlog {0}")
    @ValueSource(ints = {0, 1, 3})
    void aUnixListenerQueuesBacklogPlusOneThenNonBlockingConnectsGetEagain(int backlog) throws Exception {
        int listener = sockets.listener(AF_UNIX, backlog);
        Sockaddr server = sockets.nameOf(listener);

        int queued = 0;
        Errno refusal = null;
        for (int attempt = 0; attempt < backlog + 1 + EXTRA_TRIES && refusal == null; attempt++) {
            int client = sockets.socket(AF_UNIX);
            sockets.stack.setBlocking(client, false);
            try {
                sockets.stack.connect(client, server.bytes(), server.length());
                queued++;
            } catch (ErrnoException e) {
                refusal = e.errno();
            }
        }

        assertThat(queued).isEqualTo(backlog + 1);
        assertThat(refusal).isEqualTo(Errno.EAGAIN);
    }

    @Test
    void aTcpListenerWithBacklogZeroCompletesOneConnectionAndHoldsBackTheNext() throws Exception {
        int listener = sockets.listener(AF_INET, 0);
        Sockaddr server = sockets.nameOf(listener);
        sockets.connectedClient(listener, AF_INET);
        int second = sockets.socket(AF_INET);
        sockets.stack.setBlocking(second, false);

        ErrnoException pending = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.connect(second, server.bytes(), server.length()));
        sockets.stack.setBlocking(listener, false);
        int accepted = sockets.track(sockets.stack.accept(listener, null));
        ErrnoException nothingMore =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.accept(listener, null));

        assertThat(pending.errno()).isEqualTo(Errno.EINPROGRESS);
        assertThat(accepted).isNotNegative();
        assertThat(nothingMore.errno()).isEqualTo(Errno.EAGAIN);
    }

    @Test
    void listenOnAnUnboundInternetSocketBindsTheWildcardWithAPort() throws Exception {
        int fd = sockets.socket(AF_INET);

        sockets.stack.listen(fd, 1);

        Sockaddr name = sockets.nameOf(fd);
        assertThat(name.toInetSocketAddress().getAddress()).isEqualTo(InetAddress.getByName("0.0.0.0"));
        assertThat(name.port()).isNotZero();
    }

    @Test
    void listenOnAnUnboundUnixSocketIsEinval() throws Exception {
        int fd = sockets.socket(AF_UNIX);

        ErrnoException e = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.listen(fd, 1));

        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
    }
}
