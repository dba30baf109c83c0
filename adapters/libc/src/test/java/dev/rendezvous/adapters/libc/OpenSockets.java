package dev.rendezvous.adapters.libc;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** The sockets one test opened on a stack, closed when the test ends; and loopback names. */
final class OpenSockets implements AutoCloseable {
    final SocketStack stack;
    private final Deque<Integer> open = new ArrayDeque<>();
    private Path directory;

    OpenSockets(SocketStack stack) {
        this.stack = stack;
    }

    /** A new stream socket of the family, closed at the end. */
    int socket(int family) throws ErrnoException {
        return track(stack.socket(family, SocketType.SOCK_STREAM));
    }

    /** Records a descriptor (e.g. from accept) to close at the end. */
    int track(int fd) {
        open.push(fd);
        return fd;
    }

    /** A listener bound to the loopback name of the family, port 0 or a fresh path. */
    int listener(int family, int backlog) throws ErrnoException, IOException {
        int fd = socket(family);
        Sockaddr name = loopback(family);
        stack.bind(fd, name.bytes(), name.length());
        stack.listen(fd, backlog);
        return fd;
    }

    /** A new socket of the family, connected (blocking) to {@code listener}. */
    int connectedClient(int listener, int family) throws ErrnoException {
        Sockaddr server = nameOf(listener);
        int client = socket(family);
        stack.connect(client, server.bytes(), server.length());
        return client;
    }

    /** The socket's own name. */
    Sockaddr nameOf(int fd) throws ErrnoException {
        SockaddrBuffer buffer = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, buffer);
        return buffer.name();
    }

    /** The peer's name (getpeername with room for any name). */
    Sockaddr peerOf(int fd) throws ErrnoException {
        SockaddrBuffer buffer = SockaddrBuffer.ofMaximumSize();
        stack.getpeername(fd, buffer);
        return buffer.name();
    }

    /** 127.0.0.1:0, [::1]:0, or a fresh path in a short temporary directory. */
    Sockaddr loopback(int family) throws IOException {
        switch (family) {
            case AddressFamily.AF_INET:
                return Sockaddr.inet(InetAddress.getByName("127.0.0.1"), 0);
            case AddressFamily.AF_INET6:
                return Sockaddr.inet(InetAddress.getByName("::1"), 0);
            case AddressFamily.AF_UNIX:
                return Sockaddr.unix(freshPath());
            default:
                throw new IllegalArgumentException("family " + family);
        }
    }

    /** A path that does not exist yet, in a directory removed at the end. */
    String freshPath() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory(Path.of("/tmp"), "rdv");
        }
        return directory
                .resolve("s" + open.size() + "-" + System.nanoTime() % 100_000)
                .toString();
    }

    @Override
    public void close() throws IOException {
        while (!open.isEmpty()) {
            try {
                stack.close(open.pop());
            } catch (ErrnoException alreadyClosed) {
                // closed by the test itself
            }
        }
        if (directory != null) {
            try (var files = Files.list(directory)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(directory);
        }
    }
}
