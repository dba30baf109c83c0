package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/** Reports a named UNIX-domain client's fromlen without the NUL: 2 + strlen. */
@Breaks(value = "ACCEPT-UNIX-FROM", how = "accept reports a UNIX-domain fromlen without the terminating NUL")
public final class UnixFromLengthWithoutNul extends ForwardingStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int accepted = target.accept(fd, from);
        if (from != null
                && from.storage().length >= 2
                && from.length() > Sockaddr.OFFSETOF_SUN_PATH
                && Sockaddr.familyOf(from.storage()) == AddressFamily.AF_UNIX) {
            from.setLength(from.length() - 1);
        }
        return accepted;
    }
}
