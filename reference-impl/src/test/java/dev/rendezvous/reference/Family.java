package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/** The three families the tests run in, with the loopback names they use. */
enum Family {
    INET(AddressFamily.AF_INET, Feature.INET),
    INET6(AddressFamily.AF_INET6, Feature.INET6),
    UNIX(AddressFamily.AF_UNIX, Feature.UNIX);

    final int number;
    final Feature feature;

    Family(int number, Feature feature) {
        this.number = number;
        this.feature = feature;
    }

    /** The loopback address of an Internet family. */
    InetAddress loopback() {
        try {
            return this == INET
                    ? InetAddress.getByAddress(new byte[] {127, 0, 0, 1})
                    : InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A fresh name to bind: the loopback address with port 0 (the system picks), or a new path
     * {@code dir/<label>} for the UNIX domain.
     */
    Sockaddr freshName(Path dir, String label) {
        return this == UNIX ? Sockaddr.unix(dir.resolve(label).toString()) : Sockaddr.inet(loopback(), 0);
    }

    boolean isUnix() {
        return this == UNIX;
    }
}
