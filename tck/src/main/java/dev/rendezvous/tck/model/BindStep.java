package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.CallFormat;
import dev.rendezvous.tck.property.Choices;
import java.util.List;

/**
 * bind(fd, name), with a fresh name or one a socket of the sequence bound before: a socket with
 * no name takes a free one (unbound → bound); a name in use gives EADDRINUSE; a socket that has
 * a name gives EINVAL; a closed or never-opened descriptor gives EBADF.
 */
final class BindStep extends Step {
    @Override
    int weight(SocketModel model) {
        return model.anyOpen(BindStep::fits) ? 6 : 2;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, x -> fitting(fits(x)));
        List<ModelSocket> owners = s.model().nameOwners();
        boolean fresh = owners.isEmpty() || g.weighted(4, 1) == 0;
        Sockaddr name = null;
        if (!fresh) {
            ModelSocket owner = owners.get(g.between(0, owners.size() - 1));
            name = s.knownName(owner, "(a name in use, to bind again)");
            fresh = name == null;
        }
        if (fresh) {
            name = s.freshName();
        }
        Sockaddr n = name;
        Outcome o = s.call(
                "bind on descriptor " + t.fd(),
                "bind(" + t.fd() + ", " + CallFormat.address(n.bytes(), n.length()) + ")",
                allowed(s.model(), t, n, fresh),
                () -> {
                    s.stack().bind(t.fd(), n.bytes(), n.length());
                    return 0;
                });
        if (o.succeeded()) {
            if (t.state() == SocketState.CONNECTED) {
                s.model().clientBound(t);
            }
            t.bound(n);
        } else if (t.isOpen()) {
            t.bindFailed();
        }
        return true;
    }

    /** Whether bind is meant for {@code x}: a socket without a name. */
    static boolean fits(ModelSocket x) {
        return x.state() == SocketState.UNBOUND;
    }

    /** What bind of {@code t} to {@code name} (fresh, or in use by a socket of the model) may give. */
    static Allowed allowed(SocketModel model, ModelSocket t, Sockaddr name, boolean fresh) {
        if (!t.isOpen()) {
            return notOpen(t);
        }
        switch (t.nameStatus()) {
            case HELD:
                Allowed named = Allowed.failure(t.describe() + " has a name already", Errno.EINVAL);
                return fresh ? named : named.orFailure(Errno.EADDRINUSE, "the name is in use too");
            case SHOWN:
                return model.bindingTo(name, fresh)
                        .orFailure(Errno.EINVAL, t.describe() + " may still hold the name the system gave it");
            default:
                return model.bindingTo(name, fresh);
        }
    }
}
