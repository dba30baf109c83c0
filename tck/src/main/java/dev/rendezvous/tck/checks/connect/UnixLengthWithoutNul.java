package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;

/**
 * CONNECT-UNIX-LENGTH: for a generated path, connect with the contract's length
 * {@code strlen(sun_path) + offsetof(struct sockaddr_un, sun_path)} — no NUL counted — reaches
 * the server at that path, and so does connect with the NUL counted; in a drawn order.
 */
final class UnixLengthWithoutNul extends Property {
    UnixLengthWithoutNul() {
        super("CONNECT-UNIX-LENGTH", "length-without-nul");
    }

    @Override
    public void check(Case c) throws Exception {
        Endpoint server = ClientSteps.drawnListener(c, AddressFamily.AF_UNIX);
        Sockaddr name = server.name();
        int withoutNul = ClientSteps.contractUnixLength(name);
        boolean nulFirst = c.between(0, 1) == 1;
        for (int length : nulFirst ? new int[] {withoutNul + 1, withoutNul} : new int[] {withoutNul, withoutNul + 1}) {
            int client = c.socket(AddressFamily.AF_UNIX);
            String call = "connect(" + client + ", " + name.describe() + ", " + length
                    + (length == withoutNul
                            ? " = 2 + strlen(path), no NUL)"
                            : " = 2 + strlen(path) + 1, the NUL counted)");
            ClientSteps.connectSucceeds(c, client, name.bytes(), length, call);
            ClientSteps.expectPeer(c, client, name, call);
            ClientSteps.acceptWithin(c, server.fd(), "of the client that made " + call);
        }
    }
}
