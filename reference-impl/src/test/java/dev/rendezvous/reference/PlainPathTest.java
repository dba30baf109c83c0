package dev.rendezvous.reference;

import static dev.rendezvous.reference.Calls.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bind, listen, connect, accept, names and close on loopback, in each family. */
class PlainPathTest extends OnAStack {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(Family.class)
    void bindListenConnectAcceptAndTheNamesAgree(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            Sockaddr listenerName = t.name(l);
            int c = t.client(f, l);
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            int a = t.track(t.stack.accept(l, from));

            assertThat(a).isNotIn(l, c);
            Sockaddr clientName = t.name(c);
            // the name accept fills in == the client's own name == the accepted socket's peer
            assertThat(from.name()).isEqualTo(clientName).isEqualTo(t.peer(a));
            // the client's peer == the accepted socket's own name == the listener's (bound to loopback)
            assertThat(t.peer(c)).isEqualTo(t.name(a)).isEqualTo(listenerName);
            if (f.isUnix()) {
                assertThat(clientName.isUnnamed())
                        .as("an unbound UNIX client has no name")
                        .isTrue();
                assertThat(clientName.length()).isEqualTo(2);
                assertThat(listenerName.length())
                        .isEqualTo(2 + listenerName.unixPath().getBytes(StandardCharsets.UTF_8).length + 1);
            } else {
                assertThat(clientName.toInetSocketAddress().getAddress()).isEqualTo(f.loopback());
                assertThat(clientName.port()).isPositive();
                assertThat(listenerName.toInetSocketAddress().getAddress()).isEqualTo(f.loopback());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void acceptWithoutABufferAndDataFlowsBothWays(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.listener(f);
            int c = t.client(f, l);
            int a = t.track(t.stack.accept(l, null));
            byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
            assertThat(t.stack.send(c, hello, 0, hello.length)).isEqualTo(5);
            byte[] in = new byte[16];
            int got = 0;
            while (got < hello.length) {
                int n = t.stack.recv(a, in, got, in.length - got);
                assertThat(n).as("bytes before the end of the stream").isPositive();
                got += n;
            }
            assertThat(new String(in, 0, got, StandardCharsets.US_ASCII)).isEqualTo("hello");
            assertThat(t.stack.send(a, hello, 0, 2)).isEqualTo(2);
            assertThat(t.stack.recv(c, in, 0, in.length)).isBetween(1, 2);
            t.stack.close(c);
            assertThat(t.stack.recv(a, in, 0, in.length))
                    .as("the end of the stream")
                    .isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void closeReleasesTheDescriptorForReuse(Family f) throws Exception {
        claimed(f);
        int first = t.socket(f);
        int second = t.socket(f);
        t.stack.close(first);
        assertErrno(Errno.EBADF, () -> t.stack.close(first));
        assertErrno(Errno.EBADF, () -> t.stack.listen(first, 1));
        assertThat(t.socket(f)).as("the lowest free number again").isEqualTo(first);
        assertThat(second).isEqualTo(first + 1);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void aNameBoundWithoutListenRefusesConnections(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int reserved = t.bound(f);
            Sockaddr name = t.name(reserved);
            int c = t.socket(f);
            assertErrno(Errno.ECONNREFUSED, () -> t.stack.connect(c, name.bytes(), name.length()));
            // the name is held: a second bind of it fails
            if (!f.isUnix()) {
                int other = t.socket(f);
                assertErrno(Errno.EADDRINUSE, () -> t.stack.bind(other, name.bytes(), name.length()));
            } else {
                assertThat(Files.exists(Path.of(name.unixPath()))).isTrue();
            }
            // and listen on it later takes connections at that very name
            t.stack.listen(reserved, 4);
            assertThat(t.name(reserved)).isEqualTo(name);
            int c2 = t.socket(f);
            t.stack.connect(c2, name.bytes(), name.length());
            int a = t.track(t.stack.accept(reserved, null));
            assertThat(t.peer(c2)).isEqualTo(name);
            assertThat(t.name(a)).isEqualTo(name);
            assertThat(t.stack.lostNames()).isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"INET", "INET6"})
    void listenOnAnUnboundInternetSocketBindsLoopbackWithAFreePort(Family f) throws Exception {
        claimed(f);
        TestDeadline.run(DEADLINE, () -> {
            int l = t.socket(f);
            t.stack.listen(l, 1);
            Sockaddr name = t.name(l);
            assertThat(name.family()).isEqualTo(f.number);
            assertThat(name.port()).isPositive();
            assertThat(name.toInetSocketAddress().getAddress()).isEqualTo(f.loopback());
            int[] pair = t.pair(f, l);
            assertThat(t.peer(pair[0])).isEqualTo(name);
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Family.class,
            names = {"UNIX"})
    void theContractsUnixLengthWithoutTheNulIsTaken(Family f) throws Exception {
        claimed(f);
        int l = t.socket(f);
        Sockaddr withNul = t.freshName(f);
        Sockaddr withoutNul = withNul.withLength(withNul.length() - 1);
        t.stack.bind(l, withoutNul.bytes(), withoutNul.length());
        t.stack.listen(l, 1);
        assertThat(t.name(l)).as("the true size counts the NUL").isEqualTo(withNul);
        int c = t.socket(f);
        t.stack.connect(c, withoutNul.bytes(), withoutNul.length());
        assertThat(t.peer(c)).isEqualTo(withNul);
        t.track(t.stack.accept(l, null));
        int nowhere = t.socket(f);
        Sockaddr missing = Sockaddr.unix(dir.resolve("missing").toString());
        assertErrno(Errno.ENOENT, () -> t.stack.connect(nowhere, missing.bytes(), missing.length()));
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void unboundNamesAreTheWildcardOrTheBareFamily(Family f) throws ErrnoException {
        claimed(f);
        Sockaddr n = t.name(t.socket(f));
        if (f.isUnix()) {
            assertThat(n).isEqualTo(Sockaddr.unnamedUnix());
        } else {
            assertThat(n.port()).isZero();
            assertThat(n.toInetSocketAddress().getAddress().isAnyLocalAddress()).isTrue();
            assertThat(n.length()).isEqualTo(f == Family.INET ? 16 : 28);
        }
    }
}
