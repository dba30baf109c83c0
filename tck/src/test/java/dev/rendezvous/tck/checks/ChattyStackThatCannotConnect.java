package dev.rendezvous.tck.checks;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/** A {@link ChattyStack} whose every connect is refused: no process can rendezvous with a server. */
public final class ChattyStackThatCannotConnect extends ChattyStack {
    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        throw new ErrnoException(Errno.ECONNREFUSED, "this stack connects nowhere");
    }
}
