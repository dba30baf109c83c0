package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import java.net.InetAddress;

/**
 * Connects that fail, for the properties about what a failure returns and leaves behind: a name
 * where no server listens, the failure itself, the unconnected socket and the name it keeps.
 */
public final class FailedConnect {
    private FailedConnect() {}

    /**
     * A name where no server process is present, at a drawn loopback address or path: held by a
     * socket bound without listen, kept open so that nothing else takes it.
     */
    public static Sockaddr refusedName(Case c, int family) throws Exception {
        Sockaddr name = ClientSteps.drawnName(c, family);
        int fd = c.socket(family);
        c.stack().bind(fd, name.bytes(), name.length());
        return c.boundName(fd);
    }

    /** connect(fd, name, length): the errno it failed with, or null if it returned. */
    public static Errno outcome(Case c, int fd, byte[] name, int length) {
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
    public static Errno expect(Case c, int fd, byte[] name, int length, String what) {
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
    public static void provoke(Case c, int fd, Sockaddr refused, String socket) {
        if (outcome(c, fd, refused.bytes(), refused.length()) == null) {
            throw new NotVerifiedException("connect on " + socket + " to " + refused.describe()
                    + ", where no server listens, succeeded: there is no failed connect to check the name after");
        }
    }

    /** getsockname, which must still succeed after a failed connect: the name remains. */
    public static Sockaddr nameAfter(Case c, int fd, String call) {
        try {
            return c.nameOf(fd);
        } catch (ErrnoException e) {
            throw new Violation(call + " failed with " + e.errno().describe() + ": the socket's name must remain");
        }
    }

    /** The socket is not connected: getpeername gives ENOTCONN. */
    public static void expectUnconnected(Case c, int fd, String after) {
        Expect.errno(
                "getpeername(" + fd + ") after " + after + " (the socket must not be connected)",
                () -> c.stack().getpeername(fd, SockaddrBuffer.ofMaximumSize()),
                Errno.ENOTCONN);
    }

    /**
     * After a failed connect on an unbound Internet socket, the name the system bound for the
     * attempt remains: getsockname gives the socket's family, the true length (16 or 28), a
     * non-zero port and the wildcard or a loopback address; the socket is not connected; a
     * second getsockname gives the same name.
     *
     * @param after the getsockname call and when it is made, for the messages
     * @param failure the failed connect, e.g. "the failed connect"
     */
    public static void expectAutoboundNameRemains(Case c, int client, int family, String after, String failure) {
        Sockaddr kept = nameAfter(c, client, after);
        Expect.that(
                kept.family() == family && kept.length() == InetSizeof.of(family),
                "%s gave %s: the automatically bound name must remain, a %s name of %d bytes",
                after,
                kept,
                AddressFamily.name(family),
                InetSizeof.of(family));
        Expect.that(kept.port() != 0, "%s gave %s: port 0, the automatically bound name did not remain", after, kept);
        InetAddress address = kept.toInetSocketAddress().getAddress();
        Expect.that(
                address.isAnyLocalAddress() || address.isLoopbackAddress(),
                "%s gave %s: neither the wildcard nor a loopback address",
                after,
                kept);
        expectUnconnected(c, client, failure);
        Expect.sameName(
                "a second getsockname after " + failure + " (the name remains)",
                kept,
                nameAfter(c, client, "a second " + after));
    }
}
