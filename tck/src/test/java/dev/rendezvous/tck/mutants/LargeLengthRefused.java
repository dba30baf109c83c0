package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Refuses more space than {@code sizeof(struct sockaddr_storage)} (128) in getsockname, as if it were a negative length. */
@Breaks(value = "ACCEPT-VALUE-RESULT", how = "getsockname refuses an offered length above 128 with EINVAL")
public final class LargeLengthRefused extends ForwardingStack {
    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        if (name != null && name.length() > 128) {
            throw new ErrnoException(Errno.EINVAL, "offered length " + name.length() + " above 128");
        }
        target.getsockname(fd, name);
    }
}
