package dev.rendezvous.adapters.libc;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ground truth §5: for every offered length 0..130 the length comes back as the true size, the
 * first min(offered, true) bytes are the name, and canary bytes past them stay untouched.
 */
class ValueResultTest {
    private static final int MAX_OFFERED = 130;
    private static final int ARRAY_SIZE = 140;
    private static final byte CANARY = 0x5A;

    private final OpenSockets sockets = new OpenSockets(new LibcSocketStack());

    @AfterEach
    void closeAll() throws Exception {
        sockets.close();
    }

    /** A call that fills a value-result buffer. */
    private interface Fill {
        void into(SockaddrBuffer buffer) throws Exception;
    }

    private static void assertValueResult(int offered, Fill fill, byte[] trueName) throws Exception {
        byte[] storage = new byte[ARRAY_SIZE];
        Arrays.fill(storage, CANARY);
        SockaddrBuffer buffer = new SockaddrBuffer(storage, offered);

        fill.into(buffer);

        int written = Math.min(offered, trueName.length);
        String at = "offered " + offered + ", storage " + Hex.of(storage);
        assertThat(buffer.length()).as(at).isEqualTo(trueName.length);
        assertThat(Arrays.copyOf(storage, written)).as(at).isEqualTo(Arrays.copyOf(trueName, written));
        for (int i = written; i < ARRAY_SIZE; i++) {
            assertThat(storage[i]).as(at + ", byte " + i).isEqualTo(CANARY);
        }
    }

    /** A connected pair: [listener, client, accepted]. */
    private int[] connectedPair(int family) throws Exception {
        int listener = sockets.listener(family, 1);
        int client = sockets.connectedClient(listener, family);
        return new int[] {listener, client, sockets.track(sockets.stack.accept(listener, null))};
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6, AF_UNIX})
    void getsocknameAndGetpeernameForEveryOfferedLength(int family) throws Exception {
        int[] pair = connectedPair(family);
        int accepted = pair[2];
        byte[] own = sockets.nameOf(accepted).bytes();
        SockaddrBuffer peerBuffer = SockaddrBuffer.ofMaximumSize();
        sockets.stack.getpeername(accepted, peerBuffer);
        byte[] peer = peerBuffer.name().bytes();

        for (int offered = 0; offered <= MAX_OFFERED; offered++) {
            assertValueResult(offered, b -> sockets.stack.getsockname(accepted, b), own);
            assertValueResult(offered, b -> sockets.stack.getpeername(accepted, b), peer);
        }
        if (family == AF_UNIX) {
            assertThat(own.length)
                    .as("a path name counts its NUL")
                    .isEqualTo(Sockaddr.OFFSETOF_SUN_PATH
                            + sockets.nameOf(pair[0]).unixPath().length()
                            + 1);
        }
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6})
    void acceptForEveryOfferedLengthGivesTheClientsOwnName(int family) throws Exception {
        int listener = sockets.listener(family, 1);
        Sockaddr server = sockets.nameOf(listener);

        for (int offered = 0; offered <= MAX_OFFERED; offered++) {
            int client = sockets.socket(family);
            sockets.stack.connect(client, server.bytes(), server.length());
            byte[] clientName = sockets.nameOf(client).bytes();

            assertValueResult(offered, b -> sockets.track(sockets.stack.accept(listener, b)), clientName);
            sockets.stack.close(client);
        }
    }

    @Test
    void aNegativeOfferedLengthIsTheKernelsEinvalAndOnePastTheArrayIsEfault() throws Exception {
        int fd = sockets.socket(AF_INET);

        ErrnoException negative = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.getsockname(fd, new SockaddrBuffer(new byte[16], -1)));
        ErrnoException past = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.getsockname(fd, new SockaddrBuffer(new byte[16], 17)));

        assertThat(negative.errno()).isEqualTo(Errno.EINVAL);
        assertThat(past.errno()).isEqualTo(Errno.EFAULT);
    }

    @Test
    void acceptWithANegativeOfferedLengthIsEinvalAndTakesThePendingConnection() throws Exception {
        int listener = sockets.listener(AF_INET, 1);
        int client = sockets.connectedClient(listener, AF_INET);

        ErrnoException negative = catchThrowableOfType(
                ErrnoException.class, () -> sockets.stack.accept(listener, new SockaddrBuffer(new byte[16], -1)));
        sockets.stack.setBlocking(listener, false);
        ErrnoException emptyQueue =
                catchThrowableOfType(ErrnoException.class, () -> sockets.stack.accept(listener, null));

        assertThat(negative.errno()).isEqualTo(Errno.EINVAL);
        assertThat(emptyQueue.errno()).isEqualTo(Errno.EAGAIN);
    }
}
