package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.util.Arrays;

/**
 * An Internet-domain connect with a length short of sizeof(server) pads the name with zeros to
 * its full size (the family filled in) and connects, instead of giving EINVAL.
 */
@Breaks(value = "CONNECT-INET-LENGTH", how = "connect pads a short Internet name instead of giving EINVAL")
public final class ShortInetLengthPadded extends TrackingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        int family = familyOf(fd);
        int sizeof = family == AddressFamily.AF_INET6 ? Sockaddr.SIZEOF_SOCKADDR_IN6 : Sockaddr.SIZEOF_SOCKADDR_IN;
        if (isInternet(fd) && length >= 0 && length < sizeof) {
            byte[] padded = Arrays.copyOf(Arrays.copyOf(address, Math.min(length, address.length)), sizeof);
            padded[0] = (byte) family;
            padded[1] = 0;
            super.connect(fd, padded, sizeof);
            return;
        }
        super.connect(fd, address, length);
    }
}
