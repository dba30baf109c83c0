package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** bind on a socket that has a name already reports success (and keeps the old name). */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "bind on a bound socket succeeds instead of EINVAL")
public final class ModelBindTwiceSucceeds extends ForwardingStack {
    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        try {
            target.bind(fd, address, length);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINVAL) {
                throw e;
            }
        }
    }
}
