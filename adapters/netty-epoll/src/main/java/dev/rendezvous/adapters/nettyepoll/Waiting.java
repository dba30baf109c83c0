package dev.rendezvous.adapters.nettyepoll;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.io.IOException;

/**
 * A library call that may find nothing to do yet, in the SPI's two modes: in non-blocking mode
 * "would block" is the given errno; in blocking mode the call waits for the socket's next
 * readiness edge and tries again, until it completes, fails, or the thread is interrupted
 * (EINTR, interrupt status clear).
 */
final class Waiting {
    private Waiting() {}

    /** One try of the call: its result, or null when it would block. */
    interface Attempt<T> {
        T tryOnce() throws IOException;
    }

    static <T> T perform(OpenSocket s, String call, Errno wouldBlock, Attempt<T> attempt) throws ErrnoException {
        boolean blocking = s.blocking();
        if (blocking && Thread.interrupted()) {
            throw new ErrnoException(Errno.EINTR, call + ": interrupted before the call");
        }
        try {
            while (true) {
                long seen = blocking ? s.readiness().edges() : 0;
                T result = attempt.tryOnce();
                if (result != null) {
                    return result;
                }
                if (!blocking) {
                    throw new ErrnoException(wouldBlock, call);
                }
                if (!s.readiness().awaitEdgeAfter(seen)) {
                    throw new ErrnoException(Errno.EBADF, call + ": the socket was closed while waiting");
                }
            }
        } catch (InterruptedException e) {
            throw new ErrnoException(Errno.EINTR, call + ": interrupted while waiting");
        } catch (IOException | RuntimeException e) {
            throw NettyErrors.toErrno(call, e);
        }
    }
}
