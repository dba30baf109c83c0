package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/** A connect that copies a UNIX-domain path into a buffer of 100 bytes: longer paths are refused. */
@Breaks(
        value = "CONNECT-UNIX-LENGTH",
        how = "connect refuses a UNIX-domain path longer than 100 bytes with ENAMETOOLONG")
public final class ConnectRefusesLongPaths extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (address != null
                && address.length >= 2
                && Sockaddr.familyOf(address) == AddressFamily.AF_UNIX
                && pathBytes(address, length) > 100) {
            throw new ErrnoException(Errno.ENAMETOOLONG, "path longer than 100 bytes");
        }
        target.connect(fd, address, length);
    }

    private static int pathBytes(byte[] address, int length) {
        int end = Sockaddr.OFFSETOF_SUN_PATH;
        while (end < Math.min(length, address.length) && address[end] != 0) {
            end++;
        }
        return end - Sockaddr.OFFSETOF_SUN_PATH;
    }
}
