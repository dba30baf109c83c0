package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.ProtocolFamily;
import java.net.SocketAddress;

/**
 * What differs between the address families: how a name is read from the bytes given to bind
 * and connect (with the errno Linux gives for each flaw), how a name NIO reports is written
 * back as bytes, what an unbound socket's name is, and what NIO calls the family.
 */
abstract class SocketDomain {

    /** The domain of a family number, or {@code null} for a family this stack does not know. */
    static SocketDomain of(int family) {
        switch (family) {
            case AddressFamily.AF_INET:
                return InetDomain.V4;
            case AddressFamily.AF_INET6:
                return InetDomain.V6;
            case AddressFamily.AF_UNIX:
                return UnixDomain.INSTANCE;
            default:
                return null;
        }
    }

    /** The family number, e.g. {@link AddressFamily#AF_INET}. */
    abstract int family();

    /** The family as NIO names it, to open channels. */
    abstract ProtocolFamily protocolFamily();

    /** What getsockname gives for a socket without a name. */
    abstract Sockaddr unboundName();

    /**
     * Reads a name given to bind ({@code forBind}) or connect, as NIO takes it;
     * {@link AddressInput#check} has passed. (The bytes a name is reported with later come from
     * {@link #nameOf}, computed only when asked for.)
     *
     * @throws ErrnoException EINVAL (short or long length, or a name NIO cannot express),
     *     EAFNOSUPPORT (an Internet socket given another family), EINVAL (a UNIX-domain socket
     *     given another family)
     */
    abstract SocketAddress parse(byte[] address, int length, boolean forBind) throws ErrnoException;

    /** The name, as bytes, of an address NIO reports for a socket of this family. */
    abstract Sockaddr nameOf(SocketAddress address);

    /** Whether this is the UNIX domain (names are paths, no automatic names). */
    boolean isUnix() {
        return false;
    }
}
