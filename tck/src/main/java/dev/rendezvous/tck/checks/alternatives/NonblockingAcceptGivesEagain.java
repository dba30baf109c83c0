package dev.rendezvous.tck.checks.alternatives;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;

/**
 * ALTERNATIVES-NONBLOCKING, accept: on a listener in non-blocking mode with nothing pending,
 * accept (a buffer offered or not, drawn) fails with EAGAIN (= EWOULDBLOCK) and returns at once,
 * within the quiet window.
 */
final class NonblockingAcceptGivesEagain extends Property {
    NonblockingAcceptGivesEagain() {
        super("ALTERNATIVES-NONBLOCKING", "accept-eagain");
    }

    @Override
    public int maxTries() {
        return 8;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        c.stack().setBlocking(server.fd(), false);
        SockaddrBuffer from = c.choices().flip() ? SockaddrBuffer.ofMaximumSize() : null;
        String what = "accept(" + server.fd() + ") on a non-blocking listener with nothing pending";
        try {
            int fd = c.inBackground(
                            what + " (EAGAIN at once expected)", () -> c.stack().accept(server.fd(), from))
                    .await(c.knobs().quietWindow());
            throw new Violation(what + " returned descriptor " + fd + "; expected " + Errno.EAGAIN.describe());
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EAGAIN) {
                throw new Violation(what + ": expected " + Errno.EAGAIN.describe() + " (EWOULDBLOCK), got "
                        + e.errno().describe());
            }
        }
    }
}
