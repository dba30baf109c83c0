package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.property.Choices;

/**
 * listen(fd, backlog): a bound socket starts listening (bound → listening), a listening one
 * takes the call again; a connected socket gives EINVAL, an unnamed UNIX-domain socket gives
 * EINVAL, a closed or never-opened descriptor gives EBADF.
 *
 * <p>Never on an Internet socket that holds no name: Linux would bind it to the wildcard
 * address, and the kit binds to loopback only. Such a step is skipped.
 */
final class ListenStep extends Step {
    /** Backlogs from 1 (the simplest) to this. */
    static final int MAX_BACKLOG = 5;

    @Override
    int weight(SocketModel model) {
        return model.anyOpen(ListenStep::fits) ? 6 : 2;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, x -> fitting(fits(x)));
        int backlog = g.between(1, MAX_BACKLOG);
        if (mayListenOnEveryInterface(t)) {
            return false;
        }
        Outcome o =
                s.call("listen on descriptor " + t.fd(), "listen(" + t.fd() + ", " + backlog + ")", allowed(t), () -> {
                    s.stack().listen(t.fd(), backlog);
                    return 0;
                });
        if (o.succeeded()) {
            t.listening(backlog);
        }
        return true;
    }

    /** Whether listen is meant for {@code x}: a bound socket. */
    static boolean fits(ModelSocket x) {
        return x.state() == SocketState.BOUND;
    }

    /**
     * An Internet socket that does not hold a name, unless connected or listening already:
     * listen would name it with the wildcard address (Linux also drops a bound address after a
     * failed connect and a failed bind). Closed ones count as they were, since a broken
     * implementation might still act on them.
     */
    private static boolean mayListenOnEveryInterface(ModelSocket t) {
        return t.family() != AddressFamily.AF_UNIX
                && t.fd() != SocketModel.NEVER_OPENED
                && t.state() != SocketState.LISTENING
                && t.state() != SocketState.CONNECTED
                && t.nameStatus() != NameStatus.HELD;
    }

    /** What listen on {@code t} may give. */
    static Allowed allowed(ModelSocket t) {
        switch (t.state()) {
            case CLOSED:
                return notOpen(t);
            case CONNECTED:
                return Allowed.failure(t.describe() + " is connected: a connected socket cannot listen", Errno.EINVAL);
            case LISTENING:
                return Allowed.success(t.describe() + " is listening already (listen again may change the backlog)");
            case BOUND:
                Allowed bound = Allowed.success(t.describe() + " is bound");
                return t.hadFailedConnect() && t.family() != AddressFamily.AF_UNIX
                        ? bound.orFailure(
                                Errno.EINVAL,
                                "a connect of it failed before, after which the contract does not say it can"
                                        + " listen (Linux refuses an Internet socket)")
                        : bound;
            default:
                if (t.family() != AddressFamily.AF_UNIX) {
                    return Allowed.success(t.describe() + " has no name: Linux binds the wildcard address")
                            .orFailure(Errno.EINVAL, "other systems refuse")
                            .orFailure(Errno.EDESTADDRREQ, "or want a name");
                }
                Allowed unnamed = Allowed.failure(
                        t.describe() + " has no name: an unbound UNIX-domain socket cannot listen", Errno.EINVAL);
                return t.nameStatus() == NameStatus.NONE
                        ? unnamed
                        : unnamed.orSuccess("the system may have given it a name on connect");
        }
    }
}
