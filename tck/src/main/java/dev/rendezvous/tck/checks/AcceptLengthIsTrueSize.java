package dev.rendezvous.tck.checks;

import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Violation;
import java.util.Arrays;

/**
 * ACCEPT-VALUE-RESULT, for accept: whatever space the server offers (0 to past the true size),
 * fromlen comes back as the true size of the client's name, exactly min(offered, true size)
 * bytes of the name are written, and the canary bytes past the offered space are untouched.
 */
final class AcceptLengthIsTrueSize extends Property {
    static final byte CANARY = (byte) 0xA5;

    AcceptLengthIsTrueSize() {
        super("ACCEPT-VALUE-RESULT", "accept-lengths");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = c.listener(family);
        int client = c.connectedClient(server);
        Sockaddr clientName = c.nameOf(client);
        int offered = c.between(0, Sockaddr.SIZEOF_SOCKADDR_UN + 4);
        byte[] from = new byte[offered + 8];
        Arrays.fill(from, CANARY);
        SockaddrBuffer buffer = new SockaddrBuffer(from, offered);
        c.stack().accept(server.fd(), buffer);
        ValueResult.expect("accept", offered, clientName, buffer, CANARY);
    }

    /** What a value-result call must leave in a canaried buffer. */
    static final class ValueResult {
        private ValueResult() {}

        static void expect(String call, int offered, Sockaddr name, SockaddrBuffer buffer, byte canary) {
            byte[] b = buffer.storage();
            Expect.that(buffer.length() == name.length(),
                    "%s with %d bytes offered set the length to %d, but the true size of the name %s is %d",
                    call, offered, buffer.length(), name, name.length());
            int written = Math.min(offered, name.length());
            byte[] expected = Arrays.copyOf(name.bytes(), written);
            Expect.sameBytes(call + " with " + offered + " bytes offered: the first " + written + " bytes",
                    expected, Arrays.copyOf(b, written));
            for (int i = written; i < b.length; i++) {
                if (b[i] != canary) {
                    throw new Violation(call + " with " + offered + " bytes offered wrote "
                            + (i < offered ? "more than the " + written + " bytes of the name" : "past the offered space")
                            + " at offset " + i + ": [" + Hex.of(b) + "] (canary " + Hex.of(new byte[] {canary}) + ")");
                }
            }
        }
    }
}
