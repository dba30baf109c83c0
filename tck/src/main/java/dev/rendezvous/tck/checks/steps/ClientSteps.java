package dev.rendezvous.tck.checks.steps;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The steps the client-side properties share: a listener at a drawn name, a connect that must
 * succeed, what a connected client must show, an accept that must return.
 */
public final class ClientSteps {
    /** The backlogs the client-side properties draw from: enough for their few clients. */
    public static final int MAX_BACKLOG = 5;

    private ClientSteps() {}

    /** A connection an accept returned: the new descriptor and the client's name it reported. */
    public record Accepted(int fd, Sockaddr from) {}

    /** A listening socket bound to {@code name}, with the name getsockname gives. */
    public static Endpoint listenerAt(Case c, Sockaddr name, int backlog) throws ErrnoException {
        int fd = c.socket(name.family());
        c.stack().bind(fd, name.bytes(), name.length());
        c.stack().listen(fd, backlog);
        return new Endpoint(fd, c.boundName(fd));
    }

    /**
     * A listener of the family at a drawn name (a drawn 127.0.0.x for IPv4, ::1 for IPv6, a
     * drawn path for UNIX) with a drawn backlog.
     */
    public static Endpoint drawnListener(Case c, int family) throws Exception {
        return listenerAt(c, drawnName(c, family), c.between(1, MAX_BACKLOG));
    }

    /** A name to bind: a drawn 127.0.0.x for IPv4, ::1 for IPv6 (port 0), a fresh drawn path for UNIX. */
    public static Sockaddr drawnName(Case c, int family) throws Exception {
        return family == AddressFamily.AF_UNIX ? c.freshName(family) : c.drawnLoopbackName(family);
    }

    /** connect(fd, name, the name's length), as the contract's examples call it. */
    public static void connect(Case c, int fd, Sockaddr name) throws ErrnoException {
        c.stack().connect(fd, name.bytes(), name.length());
    }

    /**
     * connect(fd, bytes, length) to a listener must succeed: an errno is a violation that
     * names the call.
     *
     * @param call the call and why it must succeed, for the message
     */
    public static void connectSucceeds(Case c, int fd, byte[] bytes, int length, String call) {
        Errno e = FailedConnect.outcome(c, fd, bytes, length);
        if (e != null) {
            throw new Violation(call + " failed with " + e.describe() + ", but a server listens at the name");
        }
    }

    /**
     * After a connect returned, the client must be associated with {@code server}: getpeername
     * succeeds and gives the server's name byte for byte.
     */
    public static void expectPeer(Case c, int client, Sockaddr server, String after) {
        Sockaddr peer;
        try {
            peer = c.peerOf(client);
        } catch (ErrnoException e) {
            throw new Violation("after " + after + " returned, the client " + client
                    + " must be connected to " + server + ", but getpeername failed with "
                    + e.errno().describe());
        }
        Expect.sameName("the client's peer name after " + after, server, peer);
    }

    /**
     * An accept on {@code listener} that must return within the event deadline, with the
     * client's name it reports.
     */
    public static Accepted acceptWithin(Case c, int listener, String why) throws Exception {
        SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();
        int fd = c.inBackground(
                        "accept(" + listener + ") " + why, () -> c.stack().accept(listener, from))
                .await(c.knobs().eventDeadline());
        return new Accepted(fd, Case.decoded(from, "accept(" + listener + ")"));
    }

    /**
     * The length the contract's UNIX-domain example gives connect for a path name:
     * {@code strlen(server.sun_path) + offsetof(struct sockaddr_un, sun_path)}, no NUL counted.
     */
    public static int contractUnixLength(Sockaddr name) {
        return Sockaddr.OFFSETOF_SUN_PATH + name.unixPath().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The bytes a connect with a short {@code length} is given: the whole name (only the length
     * is short, as when a C caller passes a full struct) or, drawn, just the first
     * {@code length} bytes.
     */
    public static byte[] shortNameBytes(Case c, Sockaddr name, int length) {
        boolean cut = c.between(0, 1) == 1;
        return cut ? Arrays.copyOf(name.bytes(), length) : name.bytes();
    }
}
