package dev.rendezvous.api;

import java.util.Set;

/**
 * The SPI: a socket stack under test, with the calls of the connection-establishment contract,
 * one method per documented call.
 *
 * <p>Conventions, as in the documented calls:
 * <ul>
 *   <li>Descriptors are {@code int}s: "A new descriptor is returned". A number the stack does
 *       not hold gives {@link Errno#EBADF}; a closed number may be handed out again, lowest
 *       free first, as a kernel does.</li>
 *   <li>Names travel as bytes in the {@code sockaddr} layouts with an explicit length
 *       ({@link Sockaddr}); names come back through a value-result {@link SockaddrBuffer}.</li>
 *   <li>Every failure is an {@link ErrnoException} with the errno of the documented call;
 *       nothing else is ever thrown. An errno the {@link Errno} table does not hold is the one
 *       exception: the implementation then throws an unchecked exception that names the call
 *       and the number, never a guessed errno, and the kit reports it as a failure with that
 *       evidence (see {@link Errno}).</li>
 *   <li>A signal to the process is {@link Thread#interrupt()} of the calling thread: a
 *       blocking call interrupted so fails with {@link Errno#EINTR}, and the socket stays open
 *       and usable. On return with EINTR the thread's interrupt status is clear (the signal was
 *       delivered, as a handler would take it).</li>
 *   <li>A call that completes although an interrupt arrived (the connection was already
 *       there, the bytes already taken) returns its result: a completed connection or transfer
 *       is never thrown away. The thread's interrupt status then stays set: the signal is still
 *       pending, and the next call that would wait fails with EINTR. A blocking call made with
 *       the status already set may fail with EINTR at once (clearing it), or complete without
 *       waiting and leave it set.</li>
 *   <li>A UNIX-domain name given back may be {@link Sockaddr#MAX_UNIX_NAME_LENGTH} (111) bytes
 *       long: a 108-byte path and its NUL, one byte more than {@code sizeof(struct sockaddr_un)}
 *       (see {@link Sockaddr}).</li>
 *   <li>When the kit is done with an instance it calls {@link #release()} once; no call
 *       follows.</li>
 *   <li>Calls on different descriptors may come from different threads at once; accept may
 *       block in one thread while others connect and close.</li>
 * </ul>
 *
 * <p>Changed in 0.2.0: {@link #release()} is new; the interrupt status after a call that completes,
 * errnos outside the table and names of length 111 are stated above (0.1.0 left them open).
 *
 * <p>Register an implementation with {@code META-INF/services/dev.rendezvous.api.SocketStack},
 * or name its class to the kit; it needs a public no-argument constructor.
 */
@Stable
public interface SocketStack {

    /** The implementation's name, as reports show it. */
    String name();

    /** The implementation's version, as reports show it. */
    String version();

    /** What the implementation claims; the kit checks exactly these clauses' features. */
    Set<Feature> features();

    /**
     * {@code socket(domain, type, 0)}: a new, unbound, unconnected socket in blocking mode.
     *
     * @param domain {@link AddressFamily#AF_INET}, {@link AddressFamily#AF_INET6} or
     *     {@link AddressFamily#AF_UNIX}
     * @param type {@link SocketType#SOCK_STREAM}
     * @return the lowest free descriptor
     * @throws ErrnoException EAFNOSUPPORT for a family the stack does not support; EINVAL or
     *     ESOCKTNOSUPPORT/EPROTONOSUPPORT for a type it does not support; EMFILE when full
     */
    int socket(int domain, int type) throws ErrnoException;

    /**
     * {@code bind(fd, addr, len)}. "The server ... binds a socket to a well-known address
     * associated with the service".
     *
     * @param address the name's bytes; only the first {@code length} count
     * @param length the name's length, as {@code connect} and {@code bind} take it
     * @throws ErrnoException EBADF, EINVAL (short length, already bound), EAFNOSUPPORT (wrong
     *     family for an Internet socket), EADDRINUSE, EADDRNOTAVAIL, EFAULT (null address or
     *     length past the array)
     */
    void bind(int fd, byte[] address, int length) throws ErrnoException;

    /**
     * {@code listen(fd, backlog)}. "The first parameter to the listen call is the socket on
     * which the connection is to be established. The second parameter to the listen call
     * specifies the maximum number of outstanding connections that may be queued awaiting
     * acceptance by the server process."
     *
     * @throws ErrnoException EBADF; EINVAL (connected, or an unbound UNIX-domain socket)
     */
    void listen(int fd, int backlog) throws ErrnoException;

    /**
     * {@code connect(fd, addr, len)}. "On the client side the connect call is used to initiate
     * a connection." "If the client process's socket is unbound at the time of the connect
     * call, the system will automatically select and bind a name to the socket if necessary."
     * "An error is returned if the connection was unsuccessful (however, any name
     * automatically bound by the system remains). Otherwise, the socket is associated with the
     * server and data transfer may begin."
     *
     * <p>In non-blocking mode a connection that cannot complete at once fails with
     * EINPROGRESS; it completes in the background, and a later connect gives EALREADY while
     * pending, EISCONN once established, or the connection's error.
     *
     * @throws ErrnoException ETIMEDOUT, ECONNREFUSED, ENETDOWN, EHOSTDOWN, ENETUNREACH,
     *     EHOSTUNREACH (the contract's errors); EINTR; EINVAL (short length); EAFNOSUPPORT;
     *     EISCONN; EALREADY; EINPROGRESS; EBADF; EFAULT
     */
    void connect(int fd, byte[] address, int length) throws ErrnoException;

    /**
     * {@code accept(fd, from, &fromlen)}. "A new descriptor is returned on receipt of a
     * connection (along with a new socket)." "The value-result parameter fromlen is initialized
     * by the server to show how much space is associated with from. It is then modified on
     * return to reflect the true size of the name. If the client's name is not of interest,
     * the second parameter may be a null pointer." "accept normally blocks. That is, accept
     * will not return until a connection is available or the system call is interrupted by a
     * signal to the process."
     *
     * @param from the value-result buffer for the client's name, or {@code null}
     * @return the new descriptor, distinct from every open one; the accepted socket is in
     *     blocking mode whatever the listener's mode
     * @throws ErrnoException EINTR (interrupted; the listener stays open); EINVAL (not
     *     listening, or a negative offered length); EFAULT (offered length past the array);
     *     EAGAIN in non-blocking mode with nothing pending; EBADF
     */
    int accept(int fd, SockaddrBuffer from) throws ErrnoException;

    /**
     * {@code getsockname(fd, name, &namelen)}: the socket's own name, with the value-result
     * semantics of {@link #accept}. An unbound Internet socket gives the wildcard address with
     * port 0; an unnamed UNIX-domain socket gives the family alone (length 2).
     *
     * @throws ErrnoException EBADF; EINVAL (negative length); EFAULT
     */
    void getsockname(int fd, SockaddrBuffer name) throws ErrnoException;

    /**
     * {@code getpeername(fd, name, &namelen)}: the name of the connected peer, with the
     * value-result semantics of {@link #accept}.
     *
     * @throws ErrnoException ENOTCONN if not connected; EBADF; EINVAL; EFAULT
     */
    void getpeername(int fd, SockaddrBuffer name) throws ErrnoException;

    /**
     * {@code send(fd, buf + off, len, 0)} on a connected socket: "data transfer may begin".
     * Blocks in blocking mode until at least one byte is taken.
     *
     * @return the number of bytes taken, at least 1 when {@code len > 0}
     * @throws ErrnoException ENOTCONN; EPIPE/ECONNRESET; EAGAIN (non-blocking, full); EBADF
     */
    int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException;

    /**
     * {@code recv(fd, buf + off, len, 0)} on a connected socket. Blocks in blocking mode until
     * at least one byte or the end of the stream is there.
     *
     * @return the number of bytes read, 0 at the end of the stream (the peer closed)
     * @throws ErrnoException ENOTCONN; ECONNRESET; EINTR; EAGAIN (non-blocking, empty); EBADF
     */
    int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException;

    /**
     * {@code fcntl(fd, F_SETFL, O_NONBLOCK)} or its clearing: blocking or non-blocking mode.
     * "If the server process ... wants to avoid blocking on the accept call, there are
     * alternatives". Needs {@link Feature#NONBLOCKING}; without it, setting non-blocking mode
     * may fail with EOPNOTSUPP.
     *
     * @throws ErrnoException EBADF; EOPNOTSUPP
     */
    void setBlocking(int fd, boolean blocking) throws ErrnoException;

    /**
     * {@code close(fd)}: releases the descriptor and the socket; a UNIX-domain socket's file
     * stays in the file system, as on Linux. "It is up to the user process to consider who the
     * connection is from and close down the connection if it does not want to speak to the
     * process."
     *
     * @throws ErrnoException EBADF for a number not held
     */
    void close(int fd) throws ErrnoException;

    /**
     * Gives back what the instance holds for itself beyond its descriptors (threads, event
     * loops, selectors, native memory), so that a JVM that loads many instances, or unloads the
     * implementation, does not keep them until it exits. The kit calls it once, after its last
     * call on the instance; descriptors still open may be closed by it. Nothing is called on
     * the instance afterwards. The default does nothing: an implementation that holds nothing
     * of its own needs no release.
     *
     * @since 0.2.0
     */
    default void release() {}
}
