package dev.rendezvous.tck.model;

import dev.rendezvous.tck.property.Choices;

/** socket(family, SOCK_STREAM): a new descriptor, distinct from every open one, for an unbound socket. */
final class SocketStep extends Step {
    @Override
    int weight(SocketModel model) {
        if (model.socketCalls() >= CallSequence.MAX_SOCKETS) {
            return 0;
        }
        return model.socketCalls() == 0 ? 24 : 4;
    }

    @Override
    boolean run(Choices choices, CallSequence s) {
        int fd = s.socket("socket");
        s.model().opened(fd, false, "socket in step " + s.stepNumber());
        return true;
    }
}
