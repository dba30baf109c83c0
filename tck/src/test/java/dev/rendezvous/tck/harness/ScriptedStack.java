package dev.rendezvous.tck.harness;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny in-memory implementation for the harness's own tests: every call succeeds unless a
 * behaviour is scripted for it by name, socket hands out 3, 4, 5, ..., accept hands out the next
 * descriptor and fills the buffer with {@link #PEER}, send and recv move all the bytes asked for;
 * the calls made and the descriptors closed are recorded.
 */
final class ScriptedStack implements SocketStack {
    /** The name accept, getsockname and getpeername give back. */
    static final Sockaddr PEER = Sockaddr.unix("/tmp/peer");

    /** What a scripted call does instead of succeeding. */
    @FunctionalInterface
    interface Behaviour {
        void run() throws ErrnoException;
    }

    private final AtomicInteger nextFd = new AtomicInteger(3);
    private final Map<String, Behaviour> script = new ConcurrentHashMap<>();
    private final List<Integer> closed = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** Scripts {@code call} (e.g. "connect") to do {@code behaviour} every time it is made. */
    ScriptedStack on(String call, Behaviour behaviour) {
        script.put(call, behaviour);
        return this;
    }

    /** The descriptors closed so far, in order. */
    List<Integer> closed() {
        return List.copyOf(closed);
    }

    /** The names of the calls made so far, in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    private void act(String call) throws ErrnoException {
        calls.add(call);
        Behaviour b = script.get(call);
        if (b != null) {
            b.run();
        }
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String version() {
        return "0.1";
    }

    @Override
    public Set<Feature> features() {
        return Set.of(Feature.INET, Feature.UNIX);
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        act("socket");
        return nextFd.getAndIncrement();
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        act("bind");
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        act("listen");
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        act("connect");
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        act("accept");
        if (from != null) {
            from.store(PEER);
        }
        return nextFd.getAndIncrement();
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        act("getsockname");
        name.store(PEER);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        act("getpeername");
        name.store(PEER);
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        act("send");
        return length;
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        act("recv");
        return length;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        act("setBlocking");
    }

    @Override
    public void close(int fd) throws ErrnoException {
        closed.add(fd);
        act("close");
    }
}
