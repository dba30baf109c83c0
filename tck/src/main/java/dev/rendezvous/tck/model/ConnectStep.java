package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.CallFormat;
import dev.rendezvous.tck.property.Choices;
import java.util.List;

/**
 * connect(fd, name), to a listener of the sequence, to a name nothing listens at, or to the
 * socket's own name: an unbound or bound socket connects to a listener with room in its backlog
 * (→ connected; one more connection pending there) and is refused elsewhere (ECONNREFUSED); a
 * listening socket refuses to connect (EISCONN, EINVAL or EOPNOTSUPP); a connected one gives
 * EISCONN; a closed or never-opened descriptor gives EBADF.
 *
 * <p>Only listeners with room are connected to, so a blocking connect never waits.
 */
final class ConnectStep extends Step {
    /** Connect to a listener of the sequence with room in its backlog. */
    static final int TO_LISTENER = 0;
    /** Connect to a name the kit holds without listen. */
    static final int TO_REFUSED = 1;
    /** Connect to the socket's own name. */
    static final int TO_OWN_NAME = 2;

    @Override
    int weight(SocketModel model) {
        boolean client = model.anyOpen(ConnectStep::fits);
        return client && !model.listenersWithRoom().isEmpty() ? 8 : 3;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        int where = g.weighted(6, 2, 1);
        ModelSocket listener = null;
        Sockaddr name = null;
        List<ModelSocket> listeners = s.model().listenersWithRoom();
        if (where == TO_LISTENER && !listeners.isEmpty()) {
            listener = listeners.get(g.between(0, listeners.size() - 1));
            name = s.knownName(listener, "(the listener to connect to)");
        }
        if (where == TO_LISTENER && (name == null || name.isUnnamed())) {
            where = TO_REFUSED;
            listener = null;
        }
        // the name nothing listens at is made before the target is drawn: it may take a closed target's number
        Sockaddr refused = where == TO_LISTENER ? null : s.refusedName();
        ModelSocket t = s.target(g, x -> fitting(fits(x)));
        if (where == TO_OWN_NAME) {
            name = t.isOpen() && t.bindRequest() != null ? s.knownName(t, "(its own name, to connect to)") : null;
            if (name == null || name.isUnnamed()) {
                where = TO_REFUSED;
            }
        }
        Sockaddr n = where == TO_REFUSED ? refused : name;
        Allowed allowed = allowed(t, where, listener, s.refusedHolder());
        Outcome o = s.call(
                "connect on descriptor " + t.fd(),
                "connect(" + t.fd() + ", " + CallFormat.address(n.bytes(), n.length()) + ")",
                allowed,
                () -> {
                    s.stack().connect(t.fd(), n.bytes(), n.length());
                    return 0;
                });
        if (!t.isOpen() || t.state() == SocketState.LISTENING || t.state() == SocketState.CONNECTED) {
            return true;
        }
        if (o.succeeded()) {
            t.connected(NameRule.exactly(n), listener);
        } else if (o.failedWith(Errno.ECONNREFUSED)) {
            t.connectFailed();
        }
        return true;
    }

    /** Whether connect is meant for {@code x}: a socket that is neither listening nor connected. */
    static boolean fits(ModelSocket x) {
        return x.state() == SocketState.UNBOUND || x.state() == SocketState.BOUND;
    }

    /** What connect on {@code t} may give, to a listener with room, a refused name, or its own name. */
    static Allowed allowed(ModelSocket t, int where, ModelSocket listener, ModelSocket holder) {
        boolean nothingListens = where == TO_REFUSED || where == TO_OWN_NAME && t.state() != SocketState.LISTENING;
        switch (t.state()) {
            case CLOSED:
                return notOpen(t);
            case LISTENING:
                return refusedToo(
                        Allowed.failure(
                                t.describe() + " is listening: a listening socket cannot connect",
                                Errno.EISCONN,
                                Errno.EINVAL,
                                Errno.EOPNOTSUPP),
                        nothingListens);
            case CONNECTED:
                return refusedToo(
                        Allowed.failure(t.describe() + " is connected already", Errno.EISCONN), nothingListens);
            default:
                break;
        }
        if (where == TO_LISTENER) {
            return Allowed.success(listener.describe() + " listens at the name with " + listener.pending()
                    + " of at least " + listener.room() + " connections pending");
        }
        if (where == TO_REFUSED) {
            return Allowed.failure(
                    "nothing listens at the name: " + holder.describe() + " holds it without listen",
                    Errno.ECONNREFUSED);
        }
        Allowed refused = Allowed.failure("nothing listens at " + t.describe() + "'s own name", Errno.ECONNREFUSED);
        return t.family() == AddressFamily.AF_UNIX
                ? refused
                : refused.orSuccess("TCP may connect a socket to itself (simultaneous open)");
    }

    /** Where nothing listens at the name, the stack may look at the name first (Linux, AF_UNIX). */
    private static Allowed refusedToo(Allowed wrongState, boolean nothingListens) {
        return nothingListens
                ? wrongState.orFailure(Errno.ECONNREFUSED, "nothing listens at the name either")
                : wrongState;
    }
}
