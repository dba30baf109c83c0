package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Listen marks every bound socket as listening, not only the one given. */
@Breaks(value = "LISTEN-SOCKET-PARAMETER", how = "listen applies to every bound socket, not only the one given")
public final class ListenMarksEveryBoundSocket extends ForwardingStack {
    private final Set<Integer> bound = ConcurrentHashMap.newKeySet();

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        target.bind(fd, address, length);
        bound.add(fd);
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        target.listen(fd, backlog);
        for (int other : bound) {
            if (other != fd) {
                try {
                    target.listen(other, backlog);
                } catch (ErrnoException ignored) {
                    // a connected socket cannot listen; the mutant only spreads to those that can
                }
            }
        }
    }

    @Override
    public void close(int fd) throws ErrnoException {
        bound.remove(fd);
        target.close(fd);
    }
}
