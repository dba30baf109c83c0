package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/** A UNIX-domain connect whose length does not count the path's NUL is refused with EINVAL. */
@Breaks(value = "CONNECT-UNIX-LENGTH", how = "connect with 2 + strlen(path), no NUL, gives EINVAL")
public final class UnixConnectRequiresNul extends TrackingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (familyOf(fd) == AddressFamily.AF_UNIX && !holdsNul(address, length)) {
            throw new ErrnoException(Errno.EINVAL, "the path's NUL is not within the length");
        }
        super.connect(fd, address, length);
    }

    private static boolean holdsNul(byte[] address, int length) {
        for (int i = Sockaddr.OFFSETOF_SUN_PATH; i < Math.min(length, address.length); i++) {
            if (address[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
