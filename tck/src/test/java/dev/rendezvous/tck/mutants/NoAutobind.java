package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * An Internet socket the program never bound shows port 0 after connect: no name was selected
 * and bound for it.
 */
@Breaks(value = "CONNECT-AUTOBIND", how = "getsockname after connect on an unbound socket gives port 0")
public final class NoAutobind extends TrackingStack {
    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        super.getsockname(fd, name);
        if (isInternet(fd) && !wasBound(fd) && !isListening(fd)) {
            byte[] b = name.storage();
            for (int i = 2; i < 4 && i < Math.min(name.length(), b.length); i++) {
                b[i] = 0;
            }
        }
    }
}
