package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth §4: listen queues exactly backlog + 1 connections; clients held beyond it complete
 * once accept drains the queue; a second listen sets the new backlog; listen's own errors.
 */
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

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_UNIX})
    void aClientHeldBeyondTheQueueSleepsInConnectAndCompletesOnceAcceptMakesRoom(int family) throws Exception {
        int listener = sockets.listener(family, 0);
        Sockaddr server = sockets.nameOf(listener);
        sockets.connectedClient(listener, family);
        int held = sockets.socket(family);
        CompletableFuture<Integer> tid = new CompletableFuture<>();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            tid.complete(KernelWait.currentTid());
            try {
                sockets.stack.connect(held, server.bytes(), server.length());
                outcome.complete(0);
            } catch (ErrnoException e) {
                outcome.complete(e.errno());
            }
        });
        t.setDaemon(true);
        t.start();
        KernelWait.awaitSleepingIn(tid.get(10, TimeUnit.SECONDS), "connect", Duration.ofSeconds(10));

        sockets.track(sockets.stack.accept(listener, null));
        sockets.track(sockets.stack.accept(listener, null));

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(0);
    }

    @Test
    void listenAgainChangesTheBacklogAndKeepsTheQueue() throws Exception {
        int family = AF_UNIX;
        int listener = sockets.listener(family, 0);
        Sockaddr server = sockets.nameOf(listener);
        sockets.connectedClient(listener, family);

        sockets.stack.listen(listener, 3);
        int queued = 1;
        Errno refusal = null;
        for (int attempt = 0; attempt < 3 + EXTRA_TRIES && refusal == null; attempt++) {
            int client = sockets.socket(family);
            sockets.stack.setBlocking(client, false);
            try {
                sockets.stack.connect(client, server.bytes(), server.length());
                queued++;
            } catch (ErrnoException e) {
                refusal = e.errno();
            }
        }
        sockets.stack.setBlocking(listener, false);
        int accepted = 0;
        try {
            while (true) {
                sockets.track(sockets.stack.accept(listener, null));
                accepted++;
            }
        } catch (ErrnoException e) {
            assertThat(e.errno()).isEqualTo(Errno.EAGAIN);
        }
        assertThat(queued).isEqualTo(4);
        assertThat(refusal).isEqualTo(Errno.EAGAIN);
        assertThat(accepted).isEqualTo(4);
        assertThat(sockets.nameOf(listener)).isEqualTo(server);
    }
}
