package dev.rendezvous.adapters.nettyepoll;

import static dev.rendezvous.api.AddressFamily.AF_INET;
import static dev.rendezvous.api.AddressFamily.AF_INET6;
import static dev.rendezvous.api.AddressFamily.AF_UNIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain path on loopback, and what the library reports where it leaves the plain path. */
class NettyEpollSocketStackTest {
    private final NettyEpollSocketStack stack = new NettyEpollSocketStack();
    private final List<Integer> opened = new ArrayList<>();
    private Path directory;

    @AfterEach
    void closeAll() throws IOException {
        for (int fd : opened) {
            try {
                stack.close(fd);
            } catch (ErrnoException closedByTheTest) {
                // nothing left to close
            }
        }
        if (directory != null) {
            try (var files = Files.list(directory)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(directory);
        }
    }

    private int open(int family) throws ErrnoException {
        int fd = stack.socket(family, SocketType.SOCK_STREAM);
        opened.add(fd);
        return fd;
    }

    private Sockaddr loopback(int family) throws IOException {
        if (family == AF_UNIX) {
            if (directory == null) {
                directory = Files.createTempDirectory(Path.of("/tmp"), "rdv");
            }
            return Sockaddr.unix(directory.resolve("s" + opened.size()).toString());
        }
        return Sockaddr.inet(InetAddress.getByName(family == AF_INET ? "127.0.0.1" : "::1"), 0);
    }

    private Sockaddr nameOf(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, b);
        return b.name();
    }

    private int listener(int family) throws Exception {
        int fd = open(family);
        Sockaddr name = loopback(family);
        stack.bind(fd, name.bytes(), name.length());
        stack.listen(fd, 4);
        return fd;
    }

    private int connectTo(int listener, int family) throws Exception {
        Sockaddr server = nameOf(listener);
        int client = open(family);
        stack.connect(client, server.bytes(), server.length());
        return client;
    }

    @ParameterizedTest(name = "family {0}")
    @ValueSource(ints = {AF_INET, AF_INET6, AF_UNIX})
    void connectAcceptNamesAndData(int family) throws Exception {
        int listener = listener(family);
        int client = connectTo(listener, family);
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();

        int accepted = stack.accept(listener, from);
        opened.add(accepted);
        SockaddrBuffer peerOfAccepted = SockaddrBuffer.ofMaximumSize();
        stack.getpeername(accepted, peerOfAccepted);
        SockaddrBuffer peerOfClient = SockaddrBuffer.ofMaximumSize();
        stack.getpeername(client, peerOfClient);
        Sockaddr clientName = nameOf(client);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        int sent = stack.send(client, hello, 0, hello.length);
        byte[] into = new byte[16];
        int received = stack.recv(accepted, into, 0, into.length);
        stack.close(client);
        int atEnd = stack.recv(accepted, into, 0, into.length);

        assertThat(from.name()).isEqualTo(clientName).isEqualTo(peerOfAccepted.name());
        assertThat(peerOfClient.name()).isEqualTo(nameOf(accepted));
        assertThat(from.name().family()).isEqualTo(family);
        assertThat(sent).isEqualTo(hello.length);
        assertThat(new String(into, 0, received, StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(atEnd).isZero();
    }

    @Test
    void aShortBufferGetsTheTruncatedNameAndTheTrueLength() throws Exception {
        int fd = listener(AF_INET);
        byte[] storage = new byte[8];
        SockaddrBuffer shortBuffer = new SockaddrBuffer(storage, 4);

        stack.getsockname(fd, shortBuffer);

        assertThat(shortBuffer.length()).isEqualTo(16);
        assertThat(storage).startsWith(nameOf(fd).bytes()[0], nameOf(fd).bytes()[1]);
        assertThat(storage[4]).isZero();
    }

    @Test
    void refusedUnconnectedAndUnknownDescriptorsGiveTheirErrnos() throws Exception {
        int holder = open(AF_INET);
        Sockaddr any = loopback(AF_INET);
        stack.bind(holder, any.bytes(), any.length());
        Sockaddr refused = nameOf(holder);
        int client = open(AF_INET);

        ErrnoException connect = catchThrowableOfType(
                ErrnoException.class, () -> stack.connect(client, refused.bytes(), refused.length()));
        ErrnoException peer = catchThrowableOfType(
                ErrnoException.class, () -> stack.getpeername(holder, SockaddrBuffer.ofMaximumSize()));
        ErrnoException unknown = catchThrowableOfType(ErrnoException.class, () -> stack.close(1));
        ErrnoException shortName =
                catchThrowableOfType(ErrnoException.class, () -> stack.bind(client, any.bytes(), 15));

        assertThat(connect.errno()).isEqualTo(Errno.ECONNREFUSED);
        assertThat(peer.errno()).isEqualTo(Errno.ENOTCONN);
        assertThat(unknown.errno()).isEqualTo(Errno.EBADF);
        assertThat(shortName.errno()).isEqualTo(Errno.EINVAL);
    }

    @Test
    void nonBlockingModePassesTheLibrarysWouldBlockThrough() throws Exception {
        int listener = listener(AF_INET);
        stack.setBlocking(listener, false);
        Sockaddr server = nameOf(listener);
        int client = open(AF_INET);
        stack.setBlocking(client, false);

        ErrnoException accept = catchThrowableOfType(ErrnoException.class, () -> stack.accept(listener, null));
        ErrnoException connect = catchThrowableOfType(
                ErrnoException.class, () -> stack.connect(client, server.bytes(), server.length()));

        assertThat(accept.errno()).isEqualTo(Errno.EAGAIN);
        assertThat(connect == null ? null : connect.errno()).isIn(null, Errno.EINPROGRESS);
    }

    @Test
    void anInterruptedBlockingAcceptFailsWithEintrAndTheListenerStaysUsable() throws Exception {
        int listener = listener(AF_INET);
        Errno[] outcome = new Errno[1];
        boolean[] interruptedAfter = new boolean[1];
        Thread waiter = new Thread(() -> {
            try {
                opened.add(stack.accept(listener, null));
            } catch (ErrnoException e) {
                outcome[0] = e.errno();
                interruptedAfter[0] = Thread.currentThread().isInterrupted();
            }
        });
        waiter.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        waiter.interrupt();
        waiter.join(10_000);
        int client = connectTo(listener, AF_INET);
        int accepted = stack.accept(listener, null);
        opened.add(accepted);

        assertThat(outcome[0]).isEqualTo(Errno.EINTR);
        assertThat(interruptedAfter[0]).isFalse();
        assertThat(accepted).isNotEqualTo(client).isNotNegative();
    }

    /** The library as it is: Netty unlinks a UNIX-domain path before binding it. */
    @Test
    void bindingAUnixPathInUseTakesItOverInsteadOfEaddrinuse() throws Exception {
        int first = listener(AF_UNIX);
        Sockaddr path = nameOf(first);
        int second = open(AF_UNIX);

        ErrnoException e =
                catchThrowableOfType(ErrnoException.class, () -> stack.bind(second, path.bytes(), path.length()));

        assertThat(e).isNull();
        assertThat(nameOf(second)).isEqualTo(path);
    }

    @Test
    void theServiceEntryFindsTheStack() {
        SocketStack found = ServiceLoader.load(SocketStack.class).findFirst().orElseThrow();

        assertThat(found).isInstanceOf(NettyEpollSocketStack.class);
        assertThat(found.features()).contains(Feature.INET, Feature.INET6, Feature.UNIX);
        assertThat(found.version()).startsWith("4.2.");
    }
}
