package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;
import java.util.ArrayList;
import java.util.List;

/**
 * ACCEPT-NO-FILTERING: k clients (k drawn, 1 to 4) from drawn names — AF_INET clients bound to
 * 127.0.0.x (x drawn) with port 0, AF_INET6 clients unbound or bound to ::1, UNIX-domain
 * clients unnamed or bound to a path — all connect, and k accepts return them all, each with
 * its own name: no client is passed over.
 */
final class AcceptTakesAnyClient extends Property {
    AcceptTakesAnyClient() {
        super("ACCEPT-NO-FILTERING", "any-client");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int k = c.between(1, 4);
        Endpoint server = c.listener(family, 5);
        List<Sockaddr> waiting = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            int client = c.socket(family);
            Sockaddr own = drawnName(c, family);
            if (own != null) {
                c.stack().bind(client, own.bytes(), own.length());
            }
            String who =
                    "client " + i + " of " + k + (own == null ? " (unbound)" : " (bound to " + own.describe() + ")");
            Bounded.connect(c, client, server.name(), who);
            waiting.add(c.nameOf(client));
        }
        for (int i = 1; i <= k; i++) {
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
            try {
                Bounded.accept(c, server.fd(), from, "clients " + waiting + " have connected and wait");
            } catch (ErrnoException e) {
                throw new Violation("accept(" + server.fd() + ") with clients " + waiting + " waiting failed with "
                        + e.errno().describe());
            }
            Sockaddr name = Case.decoded(from, "accept(" + server.fd() + ")");
            if (!waiting.remove(name)) {
                throw new Violation(
                        "accept(" + server.fd() + ") gave " + name + ", which is no client still waiting: " + waiting);
            }
        }
    }

    /** The name a client binds to, or null for an unbound client. */
    private static Sockaddr drawnName(Case c, int family) throws Exception {
        if (family == AddressFamily.AF_INET) {
            return c.drawnLoopbackName(family);
        }
        return c.choices().flip() ? c.freshName(family) : null;
    }
}
