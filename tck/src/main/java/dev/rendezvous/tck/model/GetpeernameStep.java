package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.CallFormat;
import dev.rendezvous.tck.property.Choices;

/**
 * getpeername(fd, name, &namelen): a connected socket's peer (the listener's name for a
 * client, the client's name accept gave for an accepted socket); ENOTCONN on a socket that is
 * not connected; EBADF on a closed or never-opened descriptor.
 */
final class GetpeernameStep extends Step {
    @Override
    int weight(SocketModel model) {
        return model.anyOpen(GetpeernameStep::fits) ? 3 : 2;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, x -> fitting(fits(x)));
        String label = "getpeername on descriptor " + t.fd();
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        String text = "getpeername(" + t.fd() + ", " + CallFormat.offered(b) + ")";
        Outcome o = s.call(label, text, allowed(t), () -> {
            s.stack().getpeername(t.fd(), b);
            return 0;
        });
        if (o.succeeded()) {
            s.requireName(label, text, t.peer(), b);
            t.learnPeer(b.name());
        }
        return true;
    }

    /** Whether getpeername is meant for {@code x}: a connected socket. */
    static boolean fits(ModelSocket x) {
        return x.state() == SocketState.CONNECTED;
    }

    /** What getpeername on {@code t} may give. */
    static Allowed allowed(ModelSocket t) {
        if (!t.isOpen()) {
            return notOpen(t);
        }
        if (t.state() != SocketState.CONNECTED) {
            return Allowed.failure(t.describe() + " is not connected", Errno.ENOTCONN);
        }
        Allowed connected = Allowed.success(t.describe() + " is connected");
        return t.peerMayBeGone()
                ? connected.orFailure(
                        Errno.ENOTCONN, "its listener was closed with the connection still queued (a reset)")
                : connected;
    }
}
