package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/** Reports a UNIX-domain client's name as if sun_path held 104 bytes (the BSDs'): fromlen at most 106. */
@Breaks(value = "ACCEPT-UNIX-FROM", how = "accept cuts a UNIX-domain fromlen to 2 + 104 (a BSD sun_path)")
public final class UnixFromCutToBsdSunPath extends ForwardingStack {
    private static final int BSD_SIZEOF_SOCKADDR_UN = Sockaddr.OFFSETOF_SUN_PATH + 104;

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = target.accept(fd, from);
        if (from != null
                && from.storage().length >= 2
                && from.length() > BSD_SIZEOF_SOCKADDR_UN
                && Sockaddr.familyOf(from.storage()) == AddressFamily.AF_UNIX) {
            from.setLength(BSD_SIZEOF_SOCKADDR_UN);
        }
        return accepted;
    }
}
