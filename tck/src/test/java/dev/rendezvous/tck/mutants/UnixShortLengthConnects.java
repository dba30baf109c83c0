package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/**
 * A UNIX-domain connect with a length of at most offsetof(sun_path) reads the path from the
 * bytes anyway, up to their NUL, instead of giving EINVAL.
 */
@Breaks(value = "CONNECT-UNIX-LENGTH", how = "connect with a length of 2 or less uses the path in the bytes")
public final class UnixShortLengthConnects extends TrackingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (familyOf(fd) == AddressFamily.AF_UNIX
                && length <= Sockaddr.OFFSETOF_SUN_PATH
                && address.length > Sockaddr.OFFSETOF_SUN_PATH) {
            int end = Sockaddr.OFFSETOF_SUN_PATH;
            while (end < address.length && address[end] != 0) {
                end++;
            }
            super.connect(fd, address, end);
            return;
        }
        super.connect(fd, address, length);
    }
}
