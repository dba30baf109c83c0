package dev.rendezvous.api.assertions.presentation;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * How the kit's values look in failure messages: a {@link Sockaddr} as its decoded name beside
 * its length and bytes in hex, a {@code byte[]} in hex, an {@link Errno} with its number and
 * message. Everything else as AssertJ's standard representation shows it.
 *
 * <p>Never throws: a name that cannot be decoded still shows its bytes.
 */
public class RendezvousRepresentation extends StandardRepresentation {
    /** The one instance the kit's assertions use. */
    public static final RendezvousRepresentation INSTANCE = new RendezvousRepresentation();

    @Override
    public String toStringOf(Object object) {
        if (object instanceof Sockaddr) {
            return name((Sockaddr) object);
        }
        if (object instanceof byte[]) {
            return "[" + Hex.of((byte[]) object) + "]";
        }
        if (object instanceof Errno) {
            return ((Errno) object).describe();
        }
        if (object instanceof SockaddrBuffer) {
            return object.toString();
        }
        return super.toStringOf(object);
    }

    /** The decoded name, its length and its bytes in hex, e.g. {@code AF_INET 127.0.0.1:80 len=16 [02 00 ...]}. */
    public static String name(Sockaddr name) {
        if (name == null) {
            return "null";
        }
        try {
            return name.toString();
        } catch (RuntimeException e) {
            return "undecodable name (" + e + ") len=" + name.length() + " [" + Hex.of(name.bytes()) + "]";
        }
    }

    /** A family number with its symbolic name and its two bytes as {@code sa_family} holds them. */
    public static String family(int family) {
        return AddressFamily.name(family) + " (" + family + "), bytes " + MarkedHex.pair((byte) family) + " "
                + MarkedHex.pair((byte) (family >>> 8));
    }

    /** A port with its two bytes in network byte order, e.g. {@code 8080, bytes 1f 90}. */
    public static String port(int port) {
        return port + ", bytes " + MarkedHex.pair((byte) (port >>> 8)) + " " + MarkedHex.pair((byte) port);
    }
}
