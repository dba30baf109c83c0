package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Ignores the backlog: refuses a client while one connection to the same listener awaits acceptance. */
@Breaks(value = "LISTEN-BACKLOG", how = "the backlog is ignored: connect is refused beyond one queued connection")
public final class BacklogOfOne extends ForwardingStack {
    private final Map<Sockaddr, Integer> listenerByName = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> queued = new ConcurrentHashMap<>();

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        target.listen(fd, backlog);
        SockaddrBuffer name = SockaddrBuffer.ofMaximumSize();
        target.getsockname(fd, name);
        listenerByName.put(name.name(), fd);
        queued.put(fd, new AtomicInteger());
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        AtomicInteger waiting = null;
        try {
            Integer listener = listenerByName.get(Sockaddr.decode(address, length));
            waiting = listener == null ? null : queued.get(listener);
        } catch (IllegalArgumentException notAName) {
            // the stack underneath judges it
        }
        if (waiting != null && waiting.get() >= 1) {
            throw new ErrnoException(Errno.ECONNREFUSED, "one connection is already queued");
        }
        target.connect(fd, address, length);
        if (waiting != null) {
            waiting.incrementAndGet();
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = target.accept(fd, from);
        AtomicInteger waiting = queued.get(fd);
        if (waiting != null) {
            waiting.decrementAndGet();
        }
        return accepted;
    }

    @Override
    public void close(int fd) throws ErrnoException {
        if (queued.remove(fd) != null) {
            listenerByName.values().removeIf(l -> l == fd);
        }
        target.close(fd);
    }
}
