package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims to reach other processes but, like an in-memory simulation, connects only to listeners
 * of its own JVM: a connect to a name no listener of this process holds is refused.
 */
@Breaks(value = "RENDEZVOUS-UNRELATED-PROCESS", how = "connect reaches only listeners of its own process")
public final class ReachesOnlyItsOwnProcess extends ForwardingStack {
    private static final Set<Sockaddr> OWN_LISTENERS = ConcurrentHashMap.newKeySet();

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        super.listen(fd, backlog);
        SockaddrBuffer name = SockaddrBuffer.ofMaximumSize();
        super.getsockname(fd, name);
        OWN_LISTENERS.add(name.name());
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        Sockaddr to;
        try {
            to = Sockaddr.decode(address, length);
        } catch (IllegalArgumentException e) {
            super.connect(fd, address, length);
            return;
        }
        if (!OWN_LISTENERS.contains(to)) {
            throw new ErrnoException(Errno.ECONNREFUSED, "no listener of this process at " + to.describe());
        }
        super.connect(fd, address, length);
    }
}
