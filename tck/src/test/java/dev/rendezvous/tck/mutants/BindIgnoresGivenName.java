package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;

/**
 * bind does not bind the name given: an Internet name is bound with port 0 (the system picks
 * another port), a UNIX-domain path with a character appended.
 */
@Breaks(value = "SERVER-BIND-LISTEN", how = "bind binds another port or path than the one given")
public final class BindIgnoresGivenName extends TrackingStack {
    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        Sockaddr given = Sockaddr.decode(address, length);
        Sockaddr moved = given.family() == AddressFamily.AF_UNIX
                ? Sockaddr.unix(given.unixPath() + "~")
                : Sockaddr.inet(given.toInetSocketAddress().getAddress(), 0);
        super.bind(fd, moved.bytes(), moved.length());
    }
}
