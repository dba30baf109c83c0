package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;

/** A connection whose other end is gone: recv tells it within the event deadline. */
public final class StreamEnds {
    private StreamEnds() {}

    /**
     * recv on {@code fd} gives the end of the stream (0) or fails with ECONNRESET within the
     * event deadline; bytes, another errno or no answer are violations.
     *
     * @param after what ended the connection, for the messages
     */
    public static void expect(Case c, int fd, String after) throws Exception {
        String recv = "recv(" + fd + ") after " + after;
        try {
            int n = c.inBackground(recv, () -> c.stack().recv(fd, new byte[1], 0, 1))
                    .await(c.knobs().eventDeadline());
            Expect.that(n == 0, "%s gave %d bytes; expected the end of the stream (0) or ECONNRESET", recv, n);
        } catch (ErrnoException e) {
            Expect.that(
                    e.errno() == Errno.ECONNRESET,
                    "%s failed with %s; expected the end of the stream (0) or ECONNRESET",
                    recv,
                    e.errno().describe());
        }
    }
}
