package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static dev.rendezvous.reference.Calls.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The errno of each call in each state, as Linux gives it (or the documented deviation). */
class StateErrnoTest extends OnAStack {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Family.class)
    void bindTwiceOrAfterListenOrConnectIsEinval(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int b = t.bound(f);
            int l = t.listener(f);
            int[] pair = t.pair(f, l);
            for (int fd : new int[] {b, l, pair[0], pair[1]}) {
                Sockaddr fresh = t.freshName(f);
                assertErrno(Errno.EINVAL, () -> t.stack.bind(fd, fresh.bytes(), fresh.length()));
            }
            if (f.isUnix()) {
                // Linux makes the file before it looks at the socket: an existing path is EADDRINUSE
                Sockaddr taken = t.name(l);
                assertErrno(Errno.EADDRINUSE, () -> t.stack.bind(b, taken.bytes(), taken.length()));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void listenOnAConnectedSocketIsEinvalAndListenTwiceIsFine(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            t.stack.listen(l, 100);
            int[] pair = t.pair(f, l);
            assertErrno(Errno.EINVAL, () -> t.stack.listen(pair[0], 1));
            assertErrno(Errno.EINVAL, () -> t.stack.listen(pair[1], 1));
            if (f.isUnix()) {
                assertErrno(Errno.EINVAL, () -> t.stack.listen(t.socket(f), 1));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void acceptOnANonListeningSocketIsEinval(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int u = t.socket(f);
            int b = t.bound(f);
            int[] pair = t.pair(f, t.listener(f));
            for (int fd : new int[] {u, b, pair[0], pair[1]}) {
                assertErrno(Errno.EINVAL, () -> t.stack.accept(fd, null));
                // the state is checked before the offered length
                assertErrno(Errno.EINVAL, () -> t.stack.accept(fd, new SockaddrBuffer(new byte[2], 3)));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void getpeernameOfAnUnconnectedSocketIsEnotconn(Family f) throws Exception {
        claimed(f);
        int u = t.socket(f);
        int b = t.bound(f);
        int l = t.listener(f);
        for (int fd : new int[] {u, b, l}) {
            assertErrno(Errno.ENOTCONN, () -> t.stack.getpeername(fd, SockaddrBuffer.ofMaximumSize()));
            // the state is checked before the buffer
            assertErrno(Errno.ENOTCONN, () -> t.stack.getpeername(fd, new SockaddrBuffer(new byte[2], -1)));
            assertErrno(Errno.ENOTCONN, () -> t.stack.getpeername(fd, null));
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void connectWhenConnectedOrListening(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            Sockaddr to = t.name(l);
            int[] pair = t.pair(f, l);
            assertErrno(Errno.EISCONN, () -> t.stack.connect(pair[0], to.bytes(), to.length()));
            assertErrno(Errno.EISCONN, () -> t.stack.connect(pair[1], to.bytes(), to.length()));
            assertErrno(f.isUnix() ? Errno.EINVAL : Errno.EISCONN, () -> t.stack.connect(l, to.bytes(), to.length()));
            if (f.isUnix()) {
                // Linux looks for the peer first
                Sockaddr missing = Sockaddr.unix(dir.resolve("missing").toString());
                assertErrno(Errno.ENOENT, () -> t.stack.connect(pair[0], missing.bytes(), missing.length()));
                assertErrno(Errno.ENOENT, () -> t.stack.connect(l, missing.bytes(), missing.length()));
            } else {
                // the Internet domain looks at the state before the name
                assertErrno(Errno.EISCONN, () -> t.stack.connect(pair[0], to.bytes(), 3));
                assertErrno(Errno.EISCONN, () -> t.stack.connect(l, to.bytes(), 3));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"INET", "INET6"})
    void internetNameLengthsAndFamilies(Family f) throws Exception {
        claimed(f);
        int min = f == Family.INET ? 16 : 24;
        Sockaddr any = t.freshName(f);
        byte[] padded = Arrays.copyOf(any.bytes(), 128);
        int s = t.socket(f);
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, padded, min - 1));
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, padded, 129));
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, padded, -1));
        assertErrno(Errno.EFAULT, () -> t.stack.bind(s, any.bytes(), any.length() + 1));
        assertErrno(Errno.EFAULT, () -> t.stack.bind(s, null, 16));
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, null, 0));
        byte[] unix = Arrays.copyOf(Sockaddr.unix("/x").bytes(), 28);
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.bind(s, unix, 28));
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.connect(s, unix, 28));
        byte[] other = Arrays.copyOf(
                (f == Family.INET ? Family.INET6 : Family.INET)
                        .freshName(dir, "x")
                        .bytes(),
                28);
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.bind(s, other, 28));
        // up to 128 bytes are taken; the bytes past the family's size are ignored
        t.stack.bind(s, padded, 128);
        assertThat(t.name(s).port()).isPositive();
        int s2 = t.socket(f);
        t.stack.bind(s2, padded, min);
        assertThat(t.name(s2).port()).isPositive();
    }

    @Test
    void unixNameLengthsAndFamilies() throws Exception {
        claimed(Family.UNIX);
        int s = t.socket(Family.UNIX);
        Sockaddr name = t.freshName(Family.UNIX);
        byte[] big = Arrays.copyOf(name.bytes(), 128);
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, big, 2));
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, big, 1));
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, big, 111));
        assertErrno(Errno.EINVAL, () -> t.stack.connect(s, big, 2));
        byte[] inet = Arrays.copyOf(Family.INET.freshName(dir, "x").bytes(), 28);
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, inet, 16));
        assertErrno(Errno.EINVAL, () -> t.stack.connect(s, inet, 16));
        byte[] unspec = new byte[16];
        assertErrno(Errno.EINVAL, () -> t.stack.connect(s, unspec, 16));
        byte[] abstractName = Arrays.copyOf(new byte[] {1, 0, 0, 'a', 'b'}, 5);
        assertErrno(Errno.EINVAL, () -> t.stack.bind(s, abstractName, 5));
        t.stack.bind(s, big, 110);
        assertThat(t.name(s)).isEqualTo(name);
    }

    @Test
    void socketRejectsWhatItDoesNotMake() throws Exception {
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.socket(99, SocketType.SOCK_STREAM));
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.socket(-1, SocketType.SOCK_STREAM));
        assertErrno(Errno.EAFNOSUPPORT, () -> t.stack.socket(AddressFamily.AF_UNSPEC, SocketType.SOCK_STREAM));
        assertErrno(Errno.ESOCKTNOSUPPORT, () -> t.stack.socket(AddressFamily.AF_INET, SocketType.SOCK_DGRAM));
        assertErrno(Errno.ESOCKTNOSUPPORT, () -> t.stack.socket(AddressFamily.AF_INET, 0));
        assertErrno(Errno.EINVAL, () -> t.stack.socket(AddressFamily.AF_INET, 11));
        assertErrno(Errno.EINVAL, () -> t.stack.socket(AddressFamily.AF_INET, SocketType.SOCK_STREAM | 0x40));
        assertErrno(Errno.EINVAL, () -> t.stack.socket(AddressFamily.AF_INET, -1));
        int s = t.track(t.stack.socket(
                AddressFamily.AF_INET,
                SocketType.SOCK_STREAM | NioSocketStack.SOCK_NONBLOCK | NioSocketStack.SOCK_CLOEXEC));
        t.stack.listen(s, 1);
        assertErrno(Errno.EAGAIN, () -> t.stack.accept(s, null));
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void sendAndRecvWhenNotConnected(Family f) throws Exception {
        claimed(f);
        int u = t.socket(f);
        int l = t.listener(f);
        byte[] b = new byte[4];
        for (int fd : new int[] {u, l}) {
            assertErrno(f.isUnix() ? Errno.ENOTCONN : Errno.EPIPE, () -> t.stack.send(fd, b, 0, 1));
            assertErrno(f.isUnix() ? Errno.EINVAL : Errno.ENOTCONN, () -> t.stack.recv(fd, b, 0, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void badBuffersForSendAndRecvAreEfault(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int[] pair = t.pair(f, t.listener(f));
            byte[] b = new byte[4];
            assertErrno(Errno.EFAULT, () -> t.stack.send(pair[0], null, 0, 1));
            assertErrno(Errno.EFAULT, () -> t.stack.send(pair[0], b, 3, 2));
            assertErrno(Errno.EFAULT, () -> t.stack.recv(pair[1], b, -1, 1));
            assertErrno(Errno.EFAULT, () -> t.stack.recv(pair[1], b, 0, -1));
            assertThat(t.stack.send(pair[0], b, 4, 0)).isZero();
            assertThat(t.stack.recv(pair[1], b, 0, 0)).isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"INET", "INET6"})
    void afUnspecDissolvesAConnectionAndKeepsTheName(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            byte[] unspec = new byte[16];
            int u = t.socket(f);
            t.stack.connect(u, unspec, 16);
            assertThat(t.name(u)).isEqualTo(t.name(t.socket(f)));
            assertErrno(Errno.EINVAL, () -> t.stack.connect(u, unspec, 1));

            int l = t.listener(f);
            int[] pair = t.pair(f, l);
            Sockaddr clientName = t.name(pair[0]);
            t.stack.connect(pair[0], unspec, 16);
            assertErrno(Errno.ENOTCONN, () -> t.stack.getpeername(pair[0], SockaddrBuffer.ofMaximumSize()));
            assertThat(t.name(pair[0])).isEqualTo(clientName);
            byte[] in = new byte[4];
            Errno peerSees = outcome(() -> t.stack.recv(pair[1], in, 0, 4));
            assertThat(peerSees)
                    .as("the peer sees a reset (or the end of the stream)")
                    .isIn(Errno.ECONNRESET, null);
            // connect again from the same name
            Sockaddr to = t.name(l);
            t.stack.connect(pair[0], to.bytes(), to.length());
            assertThat(t.name(pair[0])).isEqualTo(clientName);
            t.track(t.stack.accept(l, null));

            Sockaddr listenerName = t.name(l);
            t.stack.connect(l, unspec, 16);
            assertErrno(Errno.EINVAL, () -> t.stack.accept(l, null));
            assertThat(t.name(l)).isEqualTo(listenerName);
            t.stack.listen(l, 1);
            assertThat(t.name(l)).isEqualTo(listenerName);
            assertThat(t.stack.lostNames()).isZero();
        });
    }
}
