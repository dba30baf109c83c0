package dev.rendezvous.tck.checks.server;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;

/**
 * SERVER-LISTEN-THEN-ACCEPT, the order of the two steps: accept on a socket that was never
 * marked as listening — bound (the first step skipped) or not even bound — fails with EINVAL
 * at once; it neither waits for a connection nor returns one.
 */
final class AcceptBeforeListenFails extends Property {
    AcceptBeforeListenFails() {
        super("SERVER-LISTEN-THEN-ACCEPT", "accept-before-listen");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        boolean unbound = c.choices().flip();
        int fd = unbound ? c.socket(family) : c.bound(family).fd();
        String socket = unbound ? "an unbound socket" : "a bound socket that is not listening";
        try {
            int accepted = c.inBackground(
                            "accept(" + fd + ") on " + socket + " (EINVAL at once expected)",
                            () -> c.stack().accept(fd, SockaddrBuffer.ofMaximumSize()))
                    .await(c.knobs().eventDeadline());
            throw new Violation("accept(" + fd + ") on " + socket + " returned descriptor " + accepted
                    + "; a socket must be marked as listening first: expected " + Errno.EINVAL.describe());
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINVAL) {
                throw new Violation("accept(" + fd + ") on " + socket + ": expected " + Errno.EINVAL.describe()
                        + ", got " + e.errno().describe());
            }
        }
    }
}
