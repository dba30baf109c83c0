package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "The value-result parameter fromlen is initialized by the server to show how much space is
 * associated with from. It is then modified on return to reflect the true size of the name."
 * For every offered length from 0 past the true size: the length returned is the true size,
 * the first min(offered, true) bytes are the name's, and no byte past the offered space changes
 * (canary bytes).
 */
class ValueResultTest extends OnAStack {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final byte CANARY = (byte) 0xA5;
    private static final int LARGEST_OFFER = 130;

    /** A call that fills a value-result buffer. */
    @FunctionalInterface
    interface Fill {
        void into(SockaddrBuffer b) throws Exception;
    }

    private static void checkEveryOffer(Sockaddr expected, Fill call) throws Exception {
        byte[] want = expected.bytes();
        for (int offered = 0; offered <= LARGEST_OFFER; offered++) {
            byte[] storage = new byte[LARGEST_OFFER + 8];
            Arrays.fill(storage, CANARY);
            SockaddrBuffer b = new SockaddrBuffer(storage, offered);
            call.into(b);
            assertThat(b.length()).as("true size, offered %d", offered).isEqualTo(want.length);
            int written = Math.min(offered, want.length);
            assertThat(Arrays.copyOf(storage, written))
                    .as("bytes, offered %d", offered)
                    .isEqualTo(Arrays.copyOf(want, written));
            for (int i = written; i < storage.length; i++) {
                assertThat(storage[i])
                        .as("byte %d past min(offered %d, true size)", i, offered)
                        .isEqualTo(CANARY);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void getsocknameGetpeernameAndAcceptForEveryOfferedLength(Family f) throws Exception {
        assumeThat(t.stack.features()).contains(f.feature);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            Sockaddr listenerName = t.name(l);
            checkEveryOffer(listenerName, b -> t.stack.getsockname(l, b));

            int[] first = t.pair(f, l);
            Sockaddr clientName = t.name(first[0]);
            checkEveryOffer(listenerName, b -> t.stack.getpeername(first[0], b));
            checkEveryOffer(clientName, b -> t.stack.getpeername(first[1], b));
            checkEveryOffer(listenerName, b -> t.stack.getsockname(first[1], b));

            for (int offered = 0; offered <= LARGEST_OFFER; offered += f.isUnix() ? 1 : 7) {
                int c = t.client(f, l);
                byte[] storage = new byte[LARGEST_OFFER + 8];
                Arrays.fill(storage, CANARY);
                SockaddrBuffer from = new SockaddrBuffer(storage, offered);
                int a = t.track(t.stack.accept(l, from));
                byte[] want = t.name(c).bytes();
                int written = Math.min(offered, want.length);
                assertThat(from.length()).isEqualTo(want.length);
                assertThat(Arrays.copyOf(storage, written)).isEqualTo(Arrays.copyOf(want, written));
                assertThat(storage[written]).isEqualTo(CANARY);
                t.stack.close(a);
                t.stack.close(c);
            }
        });
    }

    @Test
    void unixNamesHaveTheirNulCountedAndAnUnnamedPeerIsTwoBytes() throws Exception {
        assumeThat(t.stack.features()).contains(Family.UNIX.feature);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(Family.UNIX);
            Sockaddr listenerName = t.name(l);
            assertThat(listenerName.length())
                    .isEqualTo(2 + listenerName.unixPath().length() + 1);

            int unnamed = t.client(Family.UNIX, l);
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            int a1 = t.track(t.stack.accept(l, from));
            assertThat(from.length()).isEqualTo(2);
            assertThat(t.peer(a1)).isEqualTo(Sockaddr.unnamedUnix());
            assertThat(t.name(unnamed)).isEqualTo(Sockaddr.unnamedUnix());

            int named = t.bound(Family.UNIX);
            Sockaddr clientName = t.name(named);
            t.stack.connect(named, listenerName.bytes(), listenerName.length());
            SockaddrBuffer from2 = SockaddrBuffer.ofMaximumSize();
            int a2 = t.track(t.stack.accept(l, from2));
            assertThat(from2.name()).isEqualTo(clientName).isEqualTo(t.peer(a2));
            assertThat(from2.length()).isEqualTo(2 + clientName.unixPath().length() + 1);
        });
    }

    @Test
    void badOfferedLengthsAreRejectedBeforeAConnectionIsTaken() throws Exception {
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(Family.INET);
            int c = t.client(Family.INET, l);
            assertErrno(Errno.EINVAL, () -> t.stack.accept(l, new SockaddrBuffer(new byte[16], -1)));
            assertErrno(Errno.EFAULT, () -> t.stack.accept(l, new SockaddrBuffer(new byte[16], 17)));
            assertErrno(Errno.EINVAL, () -> t.stack.getsockname(l, new SockaddrBuffer(new byte[16], -1)));
            assertErrno(Errno.EFAULT, () -> t.stack.getsockname(l, new SockaddrBuffer(new byte[4], 5)));
            assertErrno(Errno.EFAULT, () -> t.stack.getsockname(l, null));
            assertErrno(Errno.EFAULT, () -> t.stack.getpeername(c, null));
            // the connection is still queued
            SockaddrBuffer from = new SockaddrBuffer(16);
            int a = t.track(t.stack.accept(l, from));
            assertThat(from.name()).isEqualTo(t.name(c)).isEqualTo(t.peer(a));
        });
    }
}
