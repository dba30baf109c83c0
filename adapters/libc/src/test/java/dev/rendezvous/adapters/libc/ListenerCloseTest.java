package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth for a listener closed under its clients: the queued clients see the connection
 * end; an accept blocked in another thread is not woken by the close (the socket lives on while a call
 * holds it: a client still connects, and that accept returns it); the number is free at once.
 */
class ListenerCloseTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6, AF_UNIX})
    void queuedClientsSeeAResetWhenTheListenerCloses(int family) throws Exception {
        int listener = sockets.listener(family, 2);
        int first = sockets.connectedClient(listener, family);
        int second = sockets.connectedClient(listener, family);

        sockets.stack.close(listener);

        for (int client : new int[] {first, second}) {
            byte[] b = new byte[1];
            ErrnoException e = catchThrowableOfType(ErrnoException.class, () -> sockets.stack.recv(client, b, 0, 1));
            assertThat(e).isNotNull();
            assertThat(e.errno()).isEqualTo(Errno.ECONNRESET);
        }
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6, AF_UNIX})
    void anAcceptBlockedWhenTheListenerClosesStaysBlockedAndTheNumberIsFreeAtOnce(int family) throws Exception {
        int listener = sockets.listener(family, 2);
        Sockaddr name = sockets.nameOf(listener);
        CompletableFuture<Integer> tid = new CompletableFuture<>();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            tid.complete(KernelWait.currentTid());
            try {
                outcome.complete(sockets.stack.accept(listener, null));
            } catch (ErrnoException e) {
                outcome.complete(e.errno());
            }
        });
        t.setDaemon(true);
        t.start();
        KernelWait.awaitSleepingIn(tid.get(10, TimeUnit.SECONDS), "accept", WAIT);

        sockets.stack.close(listener);
        ErrnoException onTheNumber = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.getsockname(listener, SockaddrBuffer.ofMaximumSize()));
        boolean stillBlocked = !outcome.isDone();
        int client = sockets.socket(family);
        ErrnoException connect = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.connect(client, name.bytes(), name.length()));
        Object accepted = outcome.get(1, TimeUnit.SECONDS);
        assertThat(onTheNumber.errno()).isEqualTo(Errno.EBADF);
        assertThat(stillBlocked).isTrue();
        assertThat(connect).isNull();
        assertThat(accepted).isInstanceOf(Integer.class);
    }
}
