package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack under test and the descriptors a test opened through it, closed at the end; with
 * the short sequences the tests repeat (a listener, a connected pair, a name).
 */
final class StackFixture implements AutoCloseable {
    final NioSocketStack stack = new NioSocketStack();
    private final List<Integer> opened = new ArrayList<>();
    private final Path dir;
    private int labels;

    /** @param dir where UNIX-domain names go (a temporary directory) */
    StackFixture(Path dir) {
        this.dir = dir;
    }

    int socket(Family f) throws ErrnoException {
        return track(stack.socket(f.number, SocketType.SOCK_STREAM));
    }

    int track(int fd) {
        opened.add(fd);
        return fd;
    }

    /** A fresh name of the family: loopback port 0, or a new path in the directory. */
    Sockaddr freshName(Family f) {
        return f.freshName(dir, "s" + (++labels));
    }

    /** A socket bound to a fresh name. */
    int bound(Family f) throws ErrnoException {
        int fd = socket(f);
        Sockaddr n = freshName(f);
        stack.bind(fd, n.bytes(), n.length());
        return fd;
    }

    /** A listening socket bound to a fresh name. */
    int listener(Family f) throws ErrnoException {
        int fd = bound(f);
        stack.listen(fd, 16);
        return fd;
    }

    /** Connects a new client to the listener; returns the client's descriptor. */
    int client(Family f, int listener) throws ErrnoException {
        int c = socket(f);
        Sockaddr to = name(listener);
        stack.connect(c, to.bytes(), to.length());
        return c;
    }

    /** A connected pair: {client, accepted}. */
    int[] pair(Family f, int listener) throws ErrnoException {
        int c = client(f, listener);
        int a = track(stack.accept(listener, null));
        return new int[] {c, a};
    }

    Sockaddr name(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        stack.getsockname(fd, b);
        return b.name();
    }

    Sockaddr peer(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        stack.getpeername(fd, b);
        return b.name();
    }

    @Override
    public void close() {
        for (int fd : opened) {
            try {
                stack.close(fd);
            } catch (ErrnoException e) {
                // closed by the test already
            }
        }
        assertThat(stack.openDescriptors()).as("descriptors left open").isZero();
    }
}
