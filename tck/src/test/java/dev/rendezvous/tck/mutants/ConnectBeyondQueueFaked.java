package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A connect to a listener whose queue already holds backlog + 1 connections returns 0 without a
 * connection: the client believes it is queued, the server never sees it (a stack that answers
 * clients beyond the queue as if there were room, then drops them).
 */
@Breaks(value = "LISTEN-BACKLOG", how = "a client beyond a full queue is told it connected, and is lost")
public final class ConnectBeyondQueueFaked extends ForwardingStack {
    /** Per listener name: its backlog and the connections queued on it (connects begun, not accepted). */
    private final Map<Sockaddr, int[]> queues = new ConcurrentHashMap<>();

    private final Map<Integer, Sockaddr> listenerNames = new ConcurrentHashMap<>();

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        super.listen(fd, backlog);
        SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
        target.getsockname(fd, own);
        listenerNames.put(fd, own.name());
        queues.put(own.name(), new int[] {Math.max(backlog, 0), 0});
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        int[] queue = queueAt(address, length);
        if (queue != null) {
            synchronized (queue) {
                if (queue[1] > queue[0]) {
                    return;
                }
                queue[1]++;
            }
        }
        try {
            super.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (queue != null) {
                synchronized (queue) {
                    queue[1]--;
                }
            }
            throw e;
        }
    }

    private int[] queueAt(byte[] address, int length) {
        try {
            return queues.get(Sockaddr.decode(address, length));
        } catch (IllegalArgumentException | NullPointerException notAName) {
            return null;
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = super.accept(fd, from);
        Sockaddr name = listenerNames.get(fd);
        int[] queue = name == null ? null : queues.get(name);
        if (queue != null) {
            synchronized (queue) {
                queue[1]--;
            }
        }
        return accepted;
    }

    @Override
    public void close(int fd) throws ErrnoException {
        Sockaddr name = listenerNames.remove(fd);
        if (name != null) {
            queues.remove(name);
        }
        super.close(fd);
    }
}
