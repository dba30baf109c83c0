package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;

/**
 * ACCEPT-UNIX-FROM: in the UNIX domain, fromlen = sizeof(struct sockaddr_un) (110) works as in
 * the Internet domain. The client is drawn unnamed or bound to a drawn path: an unnamed client
 * comes back with fromlen 2 (the family alone), a named one with 2 + strlen(path) + 1 and the
 * path's bytes. (A stack that names unbound clients itself gives that name, as the client's
 * getsockname shows it.)
 */
final class UnixFromLength extends Property {
    UnixFromLength() {
        super("ACCEPT-UNIX-FROM", "sockaddr-un-fromlen");
    }

    @Override
    public void check(Case c) throws Exception {
        Endpoint server = c.listener(AddressFamily.AF_UNIX);
        int client = c.socket(AddressFamily.AF_UNIX);
        boolean named = c.choices().flip();
        Sockaddr expected = Sockaddr.unnamedUnix();
        if (named) {
            expected = Sockaddr.unix(c.unixPath());
            c.stack().bind(client, expected.bytes(), expected.length());
        }
        c.stack().connect(client, server.name().bytes(), server.name().length());
        if (!named) {
            Sockaddr own = c.nameOf(client);
            if (!own.isUnnamed()) {
                expected = own;
            }
        }
        SockaddrBuffer from = new SockaddrBuffer(new byte[Sockaddr.SIZEOF_SOCKADDR_UN], Sockaddr.SIZEOF_SOCKADDR_UN);
        c.stack().accept(server.fd(), from);
        String who = named ? "a client bound to " + expected.describe() : "an unnamed client";
        Expect.that(
                from.length() == expected.length(),
                "accept with fromlen = sizeof(struct sockaddr_un) = %d, for %s, set fromlen to %d; the true size is %d%s",
                Sockaddr.SIZEOF_SOCKADDR_UN,
                who,
                from.length(),
                expected.length(),
                named ? " (2 + strlen(path) + 1 for the NUL)" : "");
        Expect.sameName("the name accept gave for " + who, expected, Case.decoded(from, "accept(" + server.fd() + ")"));
    }
}
