package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands out the number of the listener's last accepted socket again while that socket is still open. */
@Breaks(value = "ACCEPT-NEW-DESCRIPTOR", how = "accept returns a descriptor number already in use")
public final class AcceptReusesOpenDescriptor extends AcceptedSockets {
    private final Map<Integer, Integer> lastAccepted = new ConcurrentHashMap<>();

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        Integer last = lastAccepted.get(fd);
        int accepted = super.accept(fd, from);
        if (last != null && listenerOf(last) != null) {
            forget(accepted);
            closeQuietly(accepted);
            return last;
        }
        lastAccepted.put(fd, accepted);
        return accepted;
    }

    @Override
    public void close(int fd) throws ErrnoException {
        forget(fd);
        lastAccepted.remove(fd);
        target.close(fd);
    }
}
