package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * connect to a listener's name reaches another listener of the same family when there is one:
 * the connections of two servers are swapped.
 */
@Breaks(value = "CONNECT-SERVER-NAME", how = "connect reaches another listener than the one named")
public final class ConnectToOtherListener extends TrackingStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        Sockaddr named = Sockaddr.decode(address, length);
        Sockaddr other = null;
        boolean namedIsListener = false;
        for (int l : listeningDescriptors()) {
            Sockaddr name = nameOf(l);
            if (name.equals(named)) {
                namedIsListener = true;
            } else if (name.family() == named.family()) {
                other = name;
            }
        }
        if (namedIsListener && other != null) {
            super.connect(fd, other.bytes(), other.length());
            return;
        }
        super.connect(fd, address, length);
    }

    private Sockaddr nameOf(int fd) throws ErrnoException {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        getsockname(fd, b);
        return b.name();
    }
}
