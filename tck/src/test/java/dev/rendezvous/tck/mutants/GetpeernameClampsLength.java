package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Reports min(offered, true size) as getpeername's length. */
@Breaks(value = "ACCEPT-VALUE-RESULT", how = "getpeername clamps the returned length to the space offered")
public final class GetpeernameClampsLength extends ForwardingStack {
    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        int offered = name.length();
        target.getpeername(fd, name);
        name.setLength(Math.min(offered, name.length()));
    }
}
