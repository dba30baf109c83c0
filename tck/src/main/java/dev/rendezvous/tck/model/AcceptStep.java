package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.CallFormat;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Choices;

/**
 * accept(fd, from, &fromlen), only where the model knows it will not block: on a listener with
 * a connection pending it returns a new descriptor, connected, with the client's name (one
 * connection fewer pending); on a socket that is not listening it gives EINVAL; on a closed or
 * never-opened descriptor EBADF. On a listener with nothing pending it is made in non-blocking
 * mode (EAGAIN) where the implementation claims NONBLOCKING, and skipped otherwise.
 */
final class AcceptStep extends Step {
    @Override
    int weight(SocketModel model) {
        if (model.anyOpen(x -> x.state() == SocketState.LISTENING && x.pending() > 0)) {
            return 8;
        }
        return model.anyOpen(x -> x.state() == SocketState.LISTENING) ? 2 : 1;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, AcceptStep::preference);
        if (t.state() == SocketState.LISTENING && t.pending() == 0) {
            if (!s.nonblocking()) {
                return false;
            }
            acceptNothingPending(s, t);
            return true;
        }
        String label = "accept on descriptor " + t.fd();
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        String text = "accept(" + t.fd() + ", " + CallFormat.offered(from) + ")";
        Outcome o = s.call(label, text, allowed(t), () -> s.stack().accept(t.fd(), from));
        if (o.succeeded()) {
            s.requireNew(label, o.value());
            Sockaddr client = Case.decoded(from, text);
            if (client.family() != t.family()) {
                throw new Violation("step " + s.stepNumber() + ", " + label + ": the client's name is of the family "
                        + AddressFamily.name(client.family()) + ", the listener's is " + AddressFamily.name(t.family())
                        + ": " + client);
            }
            s.model().accepted(o.value(), t, client, "accept in step " + s.stepNumber());
        }
        return true;
    }

    /** How strongly a target is preferred: a listener with a connection pending most, an idle listener less. */
    static int preference(ModelSocket x) {
        if (x.state() != SocketState.LISTENING) {
            return 2;
        }
        return x.pending() > 0 ? 12 : 4;
    }

    /** What accept on {@code t} may give (the case of a listener with nothing pending aside). */
    static Allowed allowed(ModelSocket t) {
        if (!t.isOpen()) {
            return notOpen(t);
        }
        if (t.state() != SocketState.LISTENING) {
            return Allowed.failure(t.describe() + " is not listening", Errno.EINVAL);
        }
        return Allowed.success(t.pending() + " connection(s) are pending on " + t.describe());
    }

    /** Non-blocking mode on, accept (EAGAIN: nothing pending), blocking mode back on. */
    private static void acceptNothingPending(CallSequence s, ModelSocket t) {
        String label = "non-blocking accept on descriptor " + t.fd();
        Allowed open = Allowed.success(t.describe() + " is open and the implementation claims NONBLOCKING");
        s.call(label, "fcntl(" + t.fd() + ", F_SETFL, O_NONBLOCK)", open, () -> {
            s.stack().setBlocking(t.fd(), false);
            return 0;
        });
        s.call(
                label,
                "accept(" + t.fd() + ", NULL, NULL)",
                Allowed.failure(
                        "nothing is pending on " + t.describe() + ", which is in non-blocking mode", Errno.EAGAIN),
                () -> s.stack().accept(t.fd(), null));
        s.call(label, "fcntl(" + t.fd() + ", F_SETFL, 0)", open, () -> {
            s.stack().setBlocking(t.fd(), true);
            return 0;
        });
    }
}
