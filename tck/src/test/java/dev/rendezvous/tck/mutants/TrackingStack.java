package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A forwarding stack that remembers what it saw of each open descriptor — its family, whether
 * the program bound it, whether it listens, whether it is connected, whether a connect on it
 * failed — for mutants that break one call only in one state.
 */
public abstract class TrackingStack extends ForwardingStack {
    private final Map<Integer, Integer> families = new ConcurrentHashMap<>();
    private final Set<Integer> bound = ConcurrentHashMap.newKeySet();
    private final Set<Integer> listening = ConcurrentHashMap.newKeySet();
    private final Set<Integer> failedConnect = ConcurrentHashMap.newKeySet();
    private final Set<Integer> connected = ConcurrentHashMap.newKeySet();

    /** The family the descriptor was created with, or AF_UNSPEC if it is not known. */
    protected final int familyOf(int fd) {
        return families.getOrDefault(fd, AddressFamily.AF_UNSPEC);
    }

    /** Whether the descriptor is an Internet-domain socket. */
    protected final boolean isInternet(int fd) {
        int f = familyOf(fd);
        return f == AddressFamily.AF_INET || f == AddressFamily.AF_INET6;
    }

    /** Whether the program bound the descriptor with bind. */
    protected final boolean wasBound(int fd) {
        return bound.contains(fd);
    }

    /** Whether listen succeeded on the descriptor. */
    protected final boolean isListening(int fd) {
        return listening.contains(fd);
    }

    /** The listening descriptors, in no particular order. */
    protected final Set<Integer> listeningDescriptors() {
        return Set.copyOf(listening);
    }

    /** Whether the descriptor is connected: a connect on it returned, or accept returned it. */
    protected final boolean isConnected(int fd) {
        return connected.contains(fd);
    }

    /** Whether a connect on the descriptor failed. */
    protected final boolean connectFailed(int fd) {
        return failedConnect.contains(fd);
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        int fd = super.socket(domain, type);
        families.put(fd, domain);
        return fd;
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        super.bind(fd, address, length);
        bound.add(fd);
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        super.listen(fd, backlog);
        listening.add(fd);
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        try {
            super.connect(fd, address, length);
            connected.add(fd);
        } catch (ErrnoException e) {
            failedConnect.add(fd);
            throw e;
        }
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int nfd = super.accept(fd, from);
        families.put(nfd, familyOf(fd));
        connected.add(nfd);
        return nfd;
    }

    @Override
    public void close(int fd) throws ErrnoException {
        families.remove(fd);
        bound.remove(fd);
        listening.remove(fd);
        failedConnect.remove(fd);
        connected.remove(fd);
        super.close(fd);
    }
}
