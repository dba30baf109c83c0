package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import java.util.concurrent.CountDownLatch;

/**
 * accept on a socket that is not listening blocks (until the calling thread is interrupted)
 * instead of failing with EINVAL: a call that hangs inside the model-based call sequence.
 */
@Breaks(value = "CONNECTION-ASYMMETRIC", how = "accept on a socket that is not listening blocks instead of EINVAL")
public final class ModelAcceptHangsWhenNotListening extends ForwardingStack {
    private final CountDownLatch never = new CountDownLatch(1);

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        try {
            return target.accept(fd, from);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EINVAL) {
                throw e;
            }
            try {
                never.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new ErrnoException(Errno.EINTR, "accept");
        }
    }
}
