package dev.rendezvous.tck.model;

import dev.rendezvous.tck.property.Choices;

/**
 * getsockname(fd, name, &namelen): the socket's own name as the model knows it (the wildcard
 * with port 0 or unnamed before bind, the bound name after, a name the system chose after
 * connect); a closed or never-opened descriptor gives EBADF.
 */
final class GetsocknameStep extends Step {
    @Override
    int weight(SocketModel model) {
        return 2;
    }

    @Override
    boolean run(Choices g, CallSequence s) {
        ModelSocket t = s.target(g, x -> 4);
        s.askName(t, "getsockname on descriptor " + t.fd());
        return true;
    }
}
