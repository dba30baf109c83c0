package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A forwarding stack that knows which listener accepted which open socket, for mutants that
 * tie the two together where the contract keeps them independent.
 */
abstract class AcceptedSockets extends ForwardingStack {
    private final Map<Integer, Integer> listenerOf = new ConcurrentHashMap<>();

    AcceptedSockets() {
        super();
    }

    AcceptedSockets(SocketStack target) {
        super(target);
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = target.accept(fd, from);
        listenerOf.put(accepted, fd);
        return accepted;
    }

    /** The listener that accepted {@code fd}, or null if it was not accepted (or is closed). */
    final Integer listenerOf(int fd) {
        return listenerOf.get(fd);
    }

    /** The open sockets {@code listener} accepted. */
    final List<Integer> acceptedBy(int listener) {
        return listenerOf.entrySet().stream()
                .filter(e -> e.getValue() == listener)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    /** Forgets {@code fd}, as an accepted socket and as a listener. */
    final void forget(int fd) {
        listenerOf.remove(fd);
        listenerOf.values().removeIf(l -> l == fd);
    }

    /** Closes {@code fd} underneath, ignoring that it may be closed already. */
    final void closeQuietly(int fd) {
        try {
            target.close(fd);
        } catch (ErrnoException ignored) {
            // already closed: what the mutant wants anyway
        }
    }
}
