package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/** A connect that clamps a UNIX-domain length to sizeof(struct sockaddr_un) and reads the path up to its NUL. */
@Breaks(
        value = "CONNECT-UNIX-LENGTH",
        how = "connect takes a UNIX-domain length past sizeof(struct sockaddr_un) instead of EINVAL")
public final class UnixLengthPastSizeofTaken extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        boolean unix = address != null && address.length >= 2 && Sockaddr.familyOf(address) == AddressFamily.AF_UNIX;
        target.connect(fd, address, unix ? Math.min(length, Sockaddr.SIZEOF_SOCKADDR_UN) : length);
    }
}
