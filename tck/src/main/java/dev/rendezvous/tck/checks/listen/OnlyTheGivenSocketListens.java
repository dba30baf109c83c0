package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.steps.Bounded;

/**
 * LISTEN-SOCKET-PARAMETER, which socket listens: of two bound sockets, only the one given to
 * listen takes connections. A client of the other is refused (ECONNREFUSED), a client of the
 * given one is accepted; which of the two is given, and which client goes first, are drawn.
 */
final class OnlyTheGivenSocketListens extends Property {
    OnlyTheGivenSocketListens() {
        super("LISTEN-SOCKET-PARAMETER", "only-the-given-socket");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint first = c.bound(family);
        Endpoint second = c.bound(family);
        boolean giveSecond = c.choices().flip();
        Endpoint given = giveSecond ? second : first;
        Endpoint other = giveSecond ? first : second;
        c.stack().listen(given.fd(), 5);
        boolean refusedFirst = !c.choices().flip();
        if (refusedFirst) {
            expectRefused(c, family, given, other);
        }
        int client = c.socket(family);
        Bounded.connect(c, client, given.name(), "a client of socket " + given.fd() + ", the one given to listen");
        try {
            Bounded.accept(c, given.fd(), null, "given to listen, a client has connected");
        } catch (ErrnoException e) {
            throw new Violation("accept(" + given.fd() + ") on the socket given to listen failed with "
                    + e.errno().describe());
        }
        if (!refusedFirst) {
            expectRefused(c, family, given, other);
        }
    }

    private static void expectRefused(Case c, int family, Endpoint given, Endpoint other) throws ErrnoException {
        int client = c.socket(family);
        Expect.errno(
                "connect to " + other.name() + ", socket " + other.fd() + ", bound but not given to listen (listen("
                        + given.fd() + ") was called)",
                () -> c.stack()
                        .connect(client, other.name().bytes(), other.name().length()),
                Errno.ECONNREFUSED);
    }
}
