package dev.rendezvous.tck.catalogue;

import static dev.rendezvous.api.Feature.CROSS_PROCESS;
import static dev.rendezvous.api.Feature.INET;
import static dev.rendezvous.api.Feature.INET6;
import static dev.rendezvous.api.Feature.NONBLOCKING;
import static dev.rendezvous.api.Feature.UNIX;
import static dev.rendezvous.tck.catalogue.Level.MAY;
import static dev.rendezvous.tck.catalogue.Level.MUST;
import static dev.rendezvous.tck.catalogue.Level.SHOULD;

import dev.rendezvous.api.Feature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clause catalogue: every sentence of the contract that states behaviour, in the order of
 * the contract. This is the one place clauses are defined; checks, results, baselines and
 * reports refer to them by {@link Clause#id()}. IDs are stable: a clause is never renumbered,
 * only added. Each clause is written part by part ({@link ClauseBuilder}): ID and level, the quoted
 * sentence, the features, the allowed outcomes, what is checked, the notes.
 *
 * <p>The properties that check a clause are in the package {@code dev.rendezvous.tck.checks.}
 * followed by the first word of its ID in lower case, in the constant of that package's {@code
 * *Checks} class named after the ID: {@code ACCEPT-VALUE-RESULT} is checked by {@code
 * checks.accept.AcceptChecks.ACCEPT_VALUE_RESULT}.
 */
public final class Catalogue {
    private static final Set<Feature> ANY_FAMILY = Set.of(INET, INET6, UNIX);
    private static final Set<Feature> INTERNET = Set.of(INET, INET6);

    private static final List<Clause> CLAUSES = clauses(
            clause("CONNECTION-ASYMMETRIC", MUST)
                    .quote(
                            "Connection establishment is usually asymmetric, with one process a client and the other a server.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "a listening socket refuses connect (EISCONN, EINVAL or EOPNOTSUPP), a connected one gives EISCONN, and either may give ECONNREFUSED instead where nothing listens at the name; a connected socket refuses listen (EINVAL); bind on a named socket gives EINVAL (or EADDRINUSE for a name in use), bind to a name in use EADDRINUSE; accept on a socket not listening EINVAL; getpeername on an unconnected socket ENOTCONN; every call on a closed or never-opened descriptor EBADF; where a port may have been released (its holder closed; a failed or reset connection on a port the system chose) bind may succeed again, and after a listener closed with a connection queued its client's getpeername may give ENOTCONN")
                    .checks(
                            "sockets take one role each: random sequences of calls over several sockets follow the state machine unbound → bound → listening | connected → closed, with the errno each wrong call must give")
                    .notes(
                            "Linux: connect on a listening AF_INET socket gives EISCONN, on AF_UNIX EINVAL (POSIX says EOPNOTSUPP); AF_UNIX looks at the name first (ECONNREFUSED). After a failed connect Linux releases a port it chose (the next connect takes another), and a failed bind then drops the bound address too; binding a connected unnamed AF_UNIX client renames it for its peer's getpeername. The kit never calls listen on an Internet socket that holds no name: Linux would bind it to the wildcard address."),
            clause("SERVER-BIND-LISTEN", MUST)
                    .quote(
                            "The server, when willing to offer its advertised services, binds a socket to a well-known address associated with the service and then passively listens on its socket.")
                    .anyOf(ANY_FAMILY)
                    .allowed("bind and listen succeed; the name is exactly the one bound")
                    .checks(
                            "bind to a chosen loopback name (port or path) then listen succeed; getsockname gives that name byte for byte; a client reaches the server at it"),
            clause("SERVER-BIND-WILDCARD", SHOULD)
                    .quote("binds a socket to a well-known address associated with the service")
                    .anyOf(INTERNET)
                    .allowed(
                            "bound to the wildcard address (0.0.0.0 or ::) and port 0, the server listens and getsockname gives the wildcard with the port chosen; it is reached at each of the host's addresses and accept names each client by its own name; an IPv4 client of an IPv6 wildcard server is named by its v4-mapped address ::ffff:a.b.c.d, length 28, or is refused (ECONNREFUSED, where IPv6 sockets take IPv6 only)")
                    .checks(
                            "in the network lab only (the kit binds to all interfaces nowhere else): a server bound to the wildcard address with port 0 listens; getsockname gives the wildcard and a non-zero port; clients connect to it at the loopback address and at the lab's own address (192.0.2.1, 2001:db8::1) and, for an IPv6 server, as IPv4 clients at 127.0.0.1 and 192.0.2.1; accept names each by the name its getsockname gives (v4-mapped, length 28, for an IPv4 client of an IPv6 server)")
                    .notes(
                            "The contract is silent on what the well-known address may be: a SHOULD. Linux reports the wildcard, reaches it at every local address and, with IPV6_V6ONLY off by default, accepts IPv4 clients on an IPv6 wildcard server as v4-mapped names of length 28. Needs the kit's network lab: outside it the kit never binds to all interfaces.")
                    .needsLab(),
            clause("RENDEZVOUS-UNRELATED-PROCESS", MUST)
                    .quote("It is then possible for an unrelated process to rendezvous with the server.")
                    .requires(Set.of(CROSS_PROCESS))
                    .anyOf(ANY_FAMILY)
                    .allowed("the connection is accepted; bytes cross both ways")
                    .checks(
                            "a client in a separate JVM process, using the same implementation, connects to the listener; accept returns its connection and bytes cross both ways; and the other way round, a server in a separate JVM process binds and listens, a client of this process connects to it, bytes cross both ways and the server's accept names this client"),
            clause("CONNECT-INITIATES", MUST)
                    .quote(
                            "The client requests services from the server by initiating a connection to the server's socket. On the client side the connect call is used to initiate a connection.")
                    .anyOf(ANY_FAMILY)
                    .allowed("connect returns once the connection is established; accept returns it")
                    .checks(
                            "round trip socket → bind → listen → connect → accept succeeds for every claimed family and generated names; with up to backlog clients connecting before any accept, each connect returns with the client connected to the server, and accept then returns each connection as a new descriptor"),
            clause("CONNECT-UNIX-LENGTH", MUST)
                    .quote(
                            "In the UNIX domain, this might appear as: struct sockaddr_un server; ... connect(s, (struct sockaddr *)&server, strlen(server.sun_path) + offsetof(struct sockaddr_un, sun_path));")
                    .requires(Set.of(UNIX))
                    .allowed(
                            "the length offsetof(sun_path) + strlen (no NUL) is accepted, so is the length with the NUL; a length of 2 or less gives EINVAL; a length past sizeof(struct sockaddr_un) = 110 gives EINVAL or ENAMETOOLONG with nothing bound or connected; a path longer than 103 bytes (what every system's sun_path holds with its NUL) may be refused at bind with EINVAL or ENAMETOOLONG, nothing bound")
                    .checks(
                            "connect with length offsetof(sun_path) + strlen(path), for generated paths up to the family's limit of 108 bytes, reaches the server, and so does the length with the NUL; a length without a path (0 to 2) gives EINVAL and leaves the socket unconnected; a length of 111 to 128 (a name padded after its NUL, or a path too long for sun_path) given to connect or bind gives EINVAL or ENAMETOOLONG and leaves the socket unconnected and unnamed, with no file made")
                    .notes(
                            "Linux accepts any length from 3 to 110 and reads the path up to the first NUL or the length; it binds paths of up to 108 bytes (a 108-byte path's name has the true size 111) and gives EINVAL for a length past 110. The JDK's UNIX-domain channels stop at 106 bytes."),
            clause("CONNECT-INET-LENGTH", MUST)
                    .quote(
                            "while in the Internet domain, it might be: struct sockaddr_in server; ... connect(s, (struct sockaddr *)&server, sizeof(server));")
                    .anyOf(INTERNET)
                    .allowed(
                            "sizeof(sockaddr_in) = 16 and sizeof(sockaddr_in6) = 28 are accepted; shorter lengths give EINVAL, except that a sockaddr_in6 of 24 to 27 bytes (no scope id) may also connect to the server named")
                    .checks(
                            "connect with length sizeof(server) reaches the server; every shorter length gives EINVAL and leaves the socket unconnected, so that connect with sizeof(server) then succeeds")
                    .notes(
                            "Linux accepts 16..128 for AF_INET (extra bytes ignored) and 24..28 for AF_INET6 (scope id optional)."),
            clause("CONNECT-SERVER-NAME", MUST)
                    .quote(
                            "server would contain either the UNIX pathname, or the Internet address and port number of the server to which the client process wishes to speak.")
                    .anyOf(ANY_FAMILY)
                    .allowed("the connection reaches the listener with the given name and no other")
                    .checks(
                            "with two listeners, a client reaches exactly the one named: its getpeername equals that listener's name, that listener's accept returns the connection, and the other listener has nothing pending (non-blocking accept gives EAGAIN, or a blocking accept stays blocked for the quiet window)"),
            clause("CONNECT-AUTOBIND", MUST)
                    .quote(
                            "If the client process's socket is unbound at the time of the connect call, the system will automatically select and bind a name to the socket if necessary. ... This is the usual way that local addresses are bound to a socket.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "Internet: a name of the socket's family with a non-zero port and the true length (16 or 28), held while the client is open (another bind to it gives EADDRINUSE), distinct from the listener's and every other open client's; UNIX: no name is necessary, so unnamed (length 2) or an automatically chosen name (then held and distinct too) are both accepted")
                    .checks(
                            "after connect on an unbound socket, getsockname gives the socket's family (Internet: a non-zero port and the true length 16 or 28) and equals the name the server's accept reports; with 2 to 4 such clients open, each name differs from the listener's and the others', and another socket's bind to one gives EADDRINUSE")
                    .notes(
                            "Linux auto-binds Internet sockets and holds the port it chose against bind (EADDRINUSE), a port of each client's own towards one server; UNIX-domain sockets stay unnamed unless SO_PASSCRED is set (then an abstract name of length 8)."),
            clause("CONNECT-SIGNAL", SHOULD)
                    .quote("See ``Signals and process groups'' below.")
                    .anyOf(INTERNET)
                    .allowed(
                            "a blocking connect interrupted by a signal fails with EINTR, the thread's interrupt status clear; the connection goes on: a later connect gives EALREADY while it is in progress, EISCONN (or success) once established, or the connection's error (ETIMEDOUT where SYNs are lost)")
                    .checks(
                            "in the network lab, a blocking connect to a destination whose SYNs are dropped, still blocked after the quiet window, is interrupted (Thread.interrupt(), the SPI's signal): it fails with EINTR within the event deadline, the interrupt status clear, and a later connect on the same socket (non-blocking where claimed) gives EALREADY, EISCONN or the connection's error")
                    .notes(
                            "The contract points to signals from the connect paragraph without saying more: a SHOULD. Linux (SA_RESTART off) gives EINTR and keeps the SYN_SENT socket: a later non-blocking connect gives EALREADY, a blocking one waits for the outcome (ETIMEDOUT). Needs the kit's network lab: on loopback a connect completes or fails at once.")
                    .needsLab(),
            clause("CONNECT-ERROR-RETURNED", MUST)
                    .quote("An error is returned if the connection was unsuccessful")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "an ErrnoException (ECONNREFUSED, ENOENT or another errno); never a return, never another exception; in non-blocking mode EINPROGRESS or the error at once, after EINPROGRESS EALREADY while pending and then the error from a later connect, never 0, EISCONN or a new EINPROGRESS")
                    .checks(
                            "connect to a name where no server listens (bound without listen; in the UNIX domain also a path that does not exist) fails with an errno, for every claimed family, and the socket is not connected afterwards (getpeername gives ENOTCONN); in non-blocking mode the failure is reported, at once or by a later connect within the event deadline, and the socket is not connected")
                    .notes(
                            "Linux, non-blocking: EINPROGRESS, then ECONNREFUSED from the next connect (Internet); ECONNREFUSED at once (UNIX). The connect after the reported error starts a new attempt (EINPROGRESS)."),
            clause("CONNECT-NAME-REMAINS", MUST)
                    .quote("(however, any name automatically bound by the system remains)")
                    .anyOf(INTERNET)
                    .allowed(
                            "getsockname still succeeds with the socket's family, the true length and a non-zero port, the same on a later call; the address may be the wildcard or loopback; an explicitly bound name stays exactly")
                    .checks(
                            "after a connect on an unbound Internet socket fails, getsockname still gives the name bound for the attempt (the socket's family, length 16 or 28, a non-zero port, the wildcard or a loopback address) and gives it again on a later call; after a connect on a socket bound to a loopback address fails, getsockname gives the bound name byte for byte; the same once a later connect reported the failure of a non-blocking connect")
                    .notes(
                            "Linux shows 0.0.0.0:P after a failed blocking or non-blocking connect but does not hold P: another socket may bind it (ground truth §1)."),
            clause("CONNECT-ASSOCIATED", MUST)
                    .quote("Otherwise, the socket is associated with the server and data transfer may begin.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "the peer name is the server's name; bytes arrive intact both ways, also those sent before the server accepts; a connection whose client closed after sending is still accepted, its bytes there, then the end of the stream (recv 0) or ECONNRESET")
                    .checks(
                            "after connect succeeds, getpeername equals the server's name byte for byte, and generated byte strings cross both ways intact; bytes sent right after connect, before accept, arrive after accept, also when the client closed before accept (then the stream ends)")
                    .notes(
                            "Linux delivers bytes sent before accept in every family, and accept returns a connection whose client already closed: its bytes, then recv 0."),
            labClause("ERROR-ETIMEDOUT")
                    .quote(
                            "ETIMEDOUT After failing to establish a connection over a period of time, the system stopped attempting the connection. This may occur when the destination host is down or when problems in the network result in lost transmissions.")
                    .allowed("ETIMEDOUT after a real wait (lost SYNs, shortened retries: about 3 s)")
                    .checks(
                            "in the network lab, connect to a destination whose SYNs are dropped fails with ETIMEDOUT after a real wait within the expected window, and the auto-bound name remains"),
            clause("ERROR-ECONNREFUSED", MUST)
                    .quote(
                            "ECONNREFUSE The host refused service. This usually occurs when a server process is not present at the requested name.")
                    .anyOf(ANY_FAMILY)
                    .allowed("ECONNREFUSED at once")
                    .checks(
                            "connect to a name reserved by bind without listen (no server process present) fails with ECONNREFUSED, on loopback and, where the lab exists, from a host that answers the SYN with a reset or an ICMP port-unreachable")
                    .notes("The contract spells it ECONNREFUSE; the errno is ECONNREFUSED (111 on Linux)."),
            labClause("ERROR-ENETDOWN-EHOSTDOWN")
                    .quote(
                            "ENETDOWN or EHOSTDOWN These operational errors are returned based on status information delivered to the client host by the underlying communication services.")
                    .allowed("ENETDOWN or EHOSTDOWN, at once")
                    .checks(
                            "in the network lab, a destination answered with ICMP host-unknown (type 3 code 7) fails with ENETDOWN or EHOSTDOWN, and the auto-bound name remains"),
            labClause("ERROR-ENETUNREACH-EHOSTUNREACH")
                    .quote(
                            "ENETUNREACH or EHOSTUNREACH These operational errors can occur either because the network or host is unknown (no route to the network or host is present), or because of status information returned by intermediate gateways or switching nodes. The status returned is not always sufficient to distinguish between a network that is down and a host that is down.")
                    .allowed("ENETUNREACH or EHOSTUNREACH, at once, for either cause")
                    .checks(
                            "in the network lab, no route, an unreachable route and an ICMP destination-unreachable from a gateway each fail with ENETUNREACH or EHOSTUNREACH at once, and the auto-bound name remains"),
            clause("SERVER-LISTEN-THEN-ACCEPT", MUST)
                    .quote(
                            "For a server to receive a client's connection it must perform two steps after binding its socket. The first is to listen for incoming connection requests. With a socket marked as listening, the second step is to accept a connection:")
                    .anyOf(ANY_FAMILY)
                    .allowed("accept before listen gives EINVAL; after listen it returns the connection")
                    .checks(
                            "accept on a socket not marked as listening (bound, or not even bound) gives EINVAL at once; after listen, a client's connection is accepted"),
            clause("LISTEN-SOCKET-PARAMETER", MUST)
                    .quote(
                            "The first parameter to the listen call is the socket on which the connection is to be established.")
                    .anyOf(ANY_FAMILY)
                    .allowed("only the socket given listens; a number that is no descriptor gives EBADF")
                    .checks(
                            "of two bound sockets, the one given to listen accepts a client, the other still refuses (ECONNREFUSED); listen on a closed or never-opened number gives EBADF"),
            clause("LISTEN-BACKLOG", MUST)
                    .quote(
                            "listen(s, 5); ... The second parameter to the listen call specifies the maximum number of outstanding connections that may be queued awaiting acceptance by the server process.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "at least backlog connections complete without accept; beyond that, connects complete, are held, refused (ECONNREFUSED, EAGAIN) or time out (ETIMEDOUT), never a crash, and a held client completes or is refused once accept makes room: none is lost; backlog 0, negative and huge are accepted by listen; listen again on a listening socket succeeds or gives EINVAL, the queue and the name kept")
                    .checks(
                            "with backlog b, b clients connect without accept, then all b are accepted with their own names; an extra client is held, refused, times out or completes; with b + 2 clients connecting at once, every connect ends once accept drains the queue and every client that connected is accepted; listen takes any int backlog (0, negative, the extremes, huge) and the socket then accepts a client; listen again with another backlog keeps the queued connections, the name, and the socket listening")
                    .notes(
                            "Linux queues exactly backlog + 1; it clamps negative and huge backlogs to net.core.somaxconn. NIO cannot express backlog 0. Linux holds clients beyond the queue (TCP drops their SYN, or the ACK of a client whose connect already returned 0, and the handshake is tried again a second later, then after 3 s, 7 s, ...; a UNIX client sleeps in connect) and completes them once accept makes room: two held TCP clients race for that room, and the loser waits seconds more. A second listen succeeds and sets the new backlog on Linux; on NIO it succeeds and keeps the first."),
            clause("ACCEPT-UNIX-FROM", MUST)
                    .quote(
                            "(For the UNIX domain, from would be declared as a struct sockaddr_un but nothing different would need to be done as far as fromlen is concerned.")
                    .requires(Set.of(UNIX))
                    .allowed(
                            "fromlen = sizeof(struct sockaddr_un) works as in the Internet domain: the true size comes back, also when it exceeds the space offered (111 for a 108-byte path)")
                    .checks(
                            "in the UNIX domain, accept with fromlen = sizeof(struct sockaddr_un) returns the client's name and sets fromlen to its true size (2 for an unnamed client, 2 + strlen + 1 for a named one, the length of the name for a client the system named itself), for client paths up to 108 bytes: then fromlen is 111, one more than offered, the first 110 bytes are written and nothing past them")
                    .notes(
                            "Linux gives a client bound to a 108-byte path fromlen 111 for 110 offered (the NUL counted, not written)."),
            clause("ACCEPT-NEW-DESCRIPTOR", MUST)
                    .quote("A new descriptor is returned on receipt of a connection (along with a new socket).")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "a descriptor distinct from every open one, for a socket independent of the listener; no descriptor without a connection: an accept blocked when another thread closes its listener stays blocked or fails with EBADF, EINVAL or ECONNABORTED, and the closed number gives EBADF at once")
                    .checks(
                            "each accept returns a descriptor distinct from every open descriptor; closing the accepted socket leaves the listener accepting, and closing the listener leaves the accepted socket connected; a listener closed under an accept blocked in another thread gives EBADF to the next call on its number, and that accept returns no descriptor")
                    .notes(
                            "Linux: close does not wake an accept blocked on the same socket; the call holds the socket, so a client can still connect and that accept returns it; the number is free at once (EBADF)."),
            clause("ACCEPT-CLIENT-NAME", MUST)
                    .quote(
                            "If the server wishes to find out who its client is, it may supply a buffer for the client socket's name.")
                    .anyOf(ANY_FAMILY)
                    .allowed("the client's own name, byte for byte")
                    .checks(
                            "the name accept fills in equals the client's getsockname and the accepted socket's getpeername, byte for byte"),
            clause("ACCEPT-VALUE-RESULT", MUST)
                    .quote(
                            "fromlen = sizeof(from); newsock = accept(s, (struct sockaddr *)&from, &fromlen); ... The value-result parameter fromlen is initialized by the server to show how much space is associated with from. It is then modified on return to reflect the true size of the name.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "returned length = the true size; exactly min(offered, true size) bytes written; nothing past the offered space touched; a negative length offers no space: EINVAL, nothing written, and accept's pending connection either stays pending or is closed (the client sees the end of the stream or ECONNRESET), never kept from both")
                    .checks(
                            "for offered lengths from 0 past the true size and from past sizeof(struct sockaddr_storage) up to 2,000, accept (and getsockname, getpeername) set the length to the true size, write exactly min(offered, true) bytes of the name and leave the canary bytes past the offered space untouched; a negative offered length (-1, down to -2,000, INT_MIN) gives EINVAL and writes nothing, and the client whose connection was pending is then accepted by the next accept or sees its connection end")
                    .notes(
                            "FreeBSD returns min(offered, true) as the length: a documented deviation from the behaviour stated here. Linux takes any large length, and for a negative one gives EINVAL after it has taken the connection off the queue: the connection is closed and its client reads the end of the stream."),
            clause("ACCEPT-NULL-POINTER", MUST)
                    .quote("If the client's name is not of interest, the second parameter may be a null pointer.")
                    .anyOf(ANY_FAMILY)
                    .allowed("accept with no buffer returns the connection")
                    .checks(
                            "accept with a null buffer returns a working connection (bytes cross) whose peer name is still available through getpeername"),
            clause("ACCEPT-BLOCKS", MUST)
                    .quote("accept normally blocks. That is, accept will not return until a connection is available")
                    .anyOf(ANY_FAMILY)
                    .allowed("no return while nothing is pending; return once a client connects")
                    .checks(
                            "a blocking accept with nothing pending has not returned after the quiet window; it returns the connection within the event deadline once a client connects"),
            clause("ACCEPT-SIGNAL", MUST)
                    .quote("or the system call is interrupted by a signal to the process.")
                    .anyOf(ANY_FAMILY)
                    .allowed("EINTR; the listener stays open; the interrupt status is clear on return")
                    .checks(
                            "Thread.interrupt() of the thread blocked in accept ends the call with EINTR within the event deadline, leaves the thread's interrupt status clear, and the listener still accepts the next client")
                    .notes("A signal to the process is Thread.interrupt() of the calling thread (SPI convention)."),
            clause("ACCEPT-NO-FILTERING", MUST)
                    .quote(
                            "Further, there is no way for a process to show that it will accept connections only from a specific individual or individuals.")
                    .anyOf(ANY_FAMILY)
                    .allowed("every client is accepted")
                    .checks(
                            "clients from generated loopback addresses and ports (and unnamed or named UNIX clients) are all accepted, each reported with its own name"),
            clause("ACCEPT-CLOSE-UNWANTED", MUST)
                    .quote(
                            "It is up to the user process to consider who the connection is from and close down the connection if it does not want to speak to the process.")
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "the client sees the end of the stream (recv 0) or a reset (ECONNRESET); the listener keeps serving; closing the listener closes down the connections still queued the same way")
                    .checks(
                            "after the server closes an accepted connection, the client reads the end of the stream or ECONNRESET, and the listener accepts the next client; after the server closes its listener with 1 to 3 clients queued, each reads the end of the stream or ECONNRESET")
                    .notes(
                            "Linux resets the connections queued on a listener that closes: their clients' recv gives ECONNRESET, in every family."),
            clause("ALTERNATIVES-NONBLOCKING", MAY)
                    .quote(
                            "If the server process wants to accept connections on more than one socket, or wants to avoid blocking on the accept call, there are alternatives; they will be considered in ``Advanced topics''.")
                    .requires(Set.of(NONBLOCKING))
                    .anyOf(ANY_FAMILY)
                    .allowed(
                            "non-blocking accept: EAGAIN (= EWOULDBLOCK) at once when nothing is pending; non-blocking connect: success or EINPROGRESS, then established; a second connect gives EALREADY while the first is in progress, EISCONN or success once it is established; the socket accept returns is in blocking mode whatever the listener's mode")
                    .checks(
                            "in non-blocking mode, accept with nothing pending gives EAGAIN without blocking; connect gives success or EINPROGRESS and the connection then completes and is accepted; with non-blocking clients queued past a listener's backlog, a second connect right after EINPROGRESS gives EALREADY (in progress) or EISCONN/success (established), never EINPROGRESS again; a socket accepted from a blocking or non-blocking listener blocks in recv until bytes come")
                    .notes(
                            "On Linux an accepted socket does not inherit O_NONBLOCK; the BSDs let it inherit the listener's mode, a documented deviation from the SPI. Linux drops SYNs to a listener whose queue is full, so such a connect stays in progress (EALREADY)."));

    private static final Map<String, Clause> BY_ID = new LinkedHashMap<>();

    static {
        for (Clause c : CLAUSES) {
            if (BY_ID.put(c.id(), c) != null) {
                throw new IllegalStateException("duplicate clause id " + c.id());
            }
        }
    }

    private Catalogue() {}

    /** Every clause, in the order of the contract. */
    public static List<Clause> all() {
        return CLAUSES;
    }

    /** The clause with this ID. */
    public static Optional<Clause> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The clause with this ID, or an IllegalArgumentException naming the unknown ID. */
    public static Clause require(String id) {
        Clause c = BY_ID.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no clause with id " + id + " in the catalogue");
        }
        return c;
    }

    private static List<Clause> clauses(ClauseBuilder... parts) {
        return Arrays.stream(parts).map(ClauseBuilder::build).toList();
    }

    private static ClauseBuilder clause(String id, Level level) {
        return new ClauseBuilder(id, level);
    }

    /** A clause of the contract's error paragraphs that only the network lab can provoke. */
    private static ClauseBuilder labClause(String id) {
        return clause(id, MUST)
                .anyOf(INTERNET)
                .notes("Needs a network that can be shaped: the kit's network lab.")
                .needsLab();
    }
}
