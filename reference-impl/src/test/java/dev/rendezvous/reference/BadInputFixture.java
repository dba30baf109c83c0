package dev.rendezvous.reference;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/**
 * Sockets of one family in every state a bad-input call can meet, rebuilt after any call that
 * may have changed one of them: a refuser (bound, not listening: the target of connects, never
 * handed to a call itself), and an unbound, a bound, a listening (non-blocking), a connected
 * client and an accepted socket (both non-blocking).
 */
final class BadInputFixture {
    /** A socket of the fixture and the state the oracle expects it in. */
    enum Role {
        UNBOUND,
        BOUND,
        LISTENING,
        CLIENT,
        ACCEPTED
    }

    final Family family;
    private final StackFixture t;
    Sockaddr refused;
    final int[] fds = new int[Role.values().length];
    private int refuser;

    BadInputFixture(Family family, StackFixture t) throws ErrnoException {
        this.family = family;
        this.t = t;
        build();
    }

    private void build() throws ErrnoException {
        refuser = t.bound(family);
        refused = t.name(refuser);
        fds[Role.UNBOUND.ordinal()] = t.socket(family);
        fds[Role.BOUND.ordinal()] = t.bound(family);
        int l = t.listener(family);
        int[] pair = t.pair(family, l);
        t.stack.setBlocking(l, false);
        t.stack.setBlocking(pair[0], false);
        t.stack.setBlocking(pair[1], false);
        fds[Role.LISTENING.ordinal()] = l;
        fds[Role.CLIENT.ordinal()] = pair[0];
        fds[Role.ACCEPTED.ordinal()] = pair[1];
    }

    int fd(Role r) {
        return fds[r.ordinal()];
    }

    /** Closes every socket of the fixture and makes them anew. */
    void rebuild() throws ErrnoException {
        close();
        build();
    }

    void close() throws ErrnoException {
        t.stack.close(refuser);
        for (int fd : fds) {
            t.stack.close(fd);
        }
    }
}
