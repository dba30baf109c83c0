package dev.rendezvous.tck.checks;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;

/** Small broken stacks that the tests of several checks share. */
public final class SmallBreakages {
    private SmallBreakages() {}

    /** Every connect is refused. */
    public static final class RefusesAll extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            throw new ErrnoException(Errno.ECONNREFUSED, "refused");
        }
    }

    /** Accept drops the connection it took and fails. */
    public static final class AbortsAccept extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            target.close(target.accept(fd, from));
            throw new ErrnoException(Errno.ECONNABORTED, "dropped");
        }
    }

    /** Accept fills in the listener's name where the client's belongs. */
    public static final class NamesTheListener extends ForwardingStack {
        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = target.accept(fd, from);
            SockaddrBuffer own = SockaddrBuffer.ofMaximumSize();
            target.getsockname(fd, own);
            from.setLength(SockaddrBuffer.ofMaximumSize().length());
            from.store(own.name());
            return accepted;
        }
    }
}
