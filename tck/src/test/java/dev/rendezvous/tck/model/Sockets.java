package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Families;

/** Model sockets in each state, and names, for the model's tests. */
final class Sockets {
    static final Sockaddr LOOPBACK_ANY_PORT = Sockaddr.inet(Families.loopback(AddressFamily.AF_INET), 0);
    static final Sockaddr LOOPBACK_40000 = Sockaddr.inet(Families.loopback(AddressFamily.AF_INET), 40000);
    static final Sockaddr LOOPBACK_40001 = Sockaddr.inet(Families.loopback(AddressFamily.AF_INET), 40001);
    static final Sockaddr PATH = Sockaddr.unix("/tmp/rdv-test/1-p");

    private Sockets() {}

    static ModelSocket unbound(int family) {
        return ModelSocket.opened(3, family, false, "socket in step 1");
    }

    static ModelSocket bound(Sockaddr name) {
        ModelSocket s = unbound(name.family());
        s.bound(name);
        return s;
    }

    static ModelSocket listening(Sockaddr name, int backlog) {
        ModelSocket s = bound(name);
        s.listening(backlog);
        return s;
    }

    static ModelSocket connectedTo(ModelSocket listener) {
        ModelSocket s = unbound(listener.family());
        s.connected(NameRule.exactly(listener.name().exact().orElseThrow()), listener);
        return s;
    }

    static ModelSocket closed(ModelSocket s) {
        s.closed(2);
        return s;
    }
}
