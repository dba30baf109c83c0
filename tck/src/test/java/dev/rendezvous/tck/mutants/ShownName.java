package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** For mutants that show another name than the true one in a value-result buffer. */
final class ShownName {
    private ShownName() {}

    /** Stores {@code shown} in {@code buffer} as if the call had given it, with the space first offered. */
    static void replace(SockaddrBuffer buffer, int offered, Sockaddr shown) throws ErrnoException {
        buffer.setLength(offered);
        buffer.store(shown);
    }

    /** The wildcard address of the family of {@code like}: 0.0.0.0 or ::. */
    static InetAddress wildcardLike(InetAddress like) {
        try {
            return InetAddress.getByAddress(new byte[like.getAddress().length]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot happen for 4 or 16 bytes", e);
        }
    }
}
