package dev.rendezvous.tck.checks;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;

/**
 * Connects that fail, for the properties about what a failure returns and leaves behind: a name
 * where no server listens, the failure itself, the unconnected socket and the name it keeps.
 */
final class FailedConnect {
    private FailedConnect() {}

    /**
     * A name where no server process is present, at a drawn loopback address or path: held by a
     * socket bound without listen, kept open so that nothing else takes it.
     */
    static Sockaddr refusedName(Case c, int family) throws Exception {
        Sockaddr name = ClientSteps.drawnName(c, family);
        int fd = c.socket(family);
        c.stack().bind(fd, name.bytes(), name.length());
        return c.boundName(fd);
    }

    /** connect(fd, name, length): the errno it failed with, or null if it returned. */
    static Errno outcome(Case c, int fd, byte[] name, int length) {
        try {
            c.stack().connect(fd, name, length);
            return null;
        } catch (ErrnoException e) {
            return e.errno();
        }
    }

    /**
     * connect(fd, name, length) must fail: a return is a violation, any errno is given back.
     *
     * @param what the call and its situation, for the message
     */
    static Errno expect(Case c, int fd, byte[] name, int length, String what) {
        Errno e = outcome(c, fd, name, length);
        if (e == null) {
            throw new Violation(
                    what + ": the connection cannot succeed, an error must be returned, but connect returned 0");
        }
        return e;
    }

    /**
     * A connect to a name where no server listens, which must fail for a property about what a
     * failure leaves behind to apply; if it succeeds, the property cannot be checked here.
     */
    static void provoke(Case c, int fd, Sockaddr refused, String socket) {
        if (outcome(c, fd, refused.bytes(), refused.length()) == null) {
            throw new NotVerifiedException("connect on " + socket + " to " + refused.describe()
                    + ", where no server listens, succeeded: there is no failed connect to check the name after");
        }
    }

    /** getsockname, which must still succeed after a failed connect: the name remains. */
    static Sockaddr nameAfter(Case c, int fd, String call) {
        try {
            return c.nameOf(fd);
        } catch (ErrnoException e) {
            throw new Violation(call + " failed with " + e.errno().describe() + ": the socket's name must remain");
        }
    }

    /** The socket is not connected: getpeername gives ENOTCONN. */
    static void expectUnconnected(Case c, int fd, String after) {
        Expect.errno(
                "getpeername(" + fd + ") after " + after + " (the socket must not be connected)",
                () -> c.stack().getpeername(fd, SockaddrBuffer.ofMaximumSize()),
                Errno.ENOTCONN);
    }
}
