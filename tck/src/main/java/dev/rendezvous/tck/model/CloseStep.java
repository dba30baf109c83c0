package dev.rendezvous.tck.model;

import dev.rendezvous.tck.property.Choices;

/**
 * close(fd): any open descriptor is released (→ closed; every later call on the number gives
 * EBADF until socket or accept hands it out again); a closed or never-opened one gives EBADF.
 */
final class CloseStep extends Step {
    @Override
    int weight(SocketModel model) {
        return 2;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, x -> 4);
        Outcome o = s.call("close on descriptor " + t.fd(), "close(" + t.fd() + ")", successIfOpen(t), () -> {
            s.stack().close(t.fd());
            return 0;
        });
        if (o.succeeded()) {
            t.closed(s.stepNumber());
        }
        return true;
    }
}
