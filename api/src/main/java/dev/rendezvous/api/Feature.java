package dev.rendezvous.api;

/**
 * What an implementation claims to support. A clause that needs a feature the implementation
 * does not claim is reported {@code NOT_CLAIMED}: never passed, never failed.
 */
@Stable
public enum Feature {
    /** Stream sockets in the Internet domain over IPv4 ({@code AF_INET}), on loopback at least. */
    INET,
    /** Stream sockets in the Internet domain over IPv6 ({@code AF_INET6}), on loopback at least. */
    INET6,
    /** Stream sockets in the UNIX domain ({@code AF_UNIX}) with path names. */
    UNIX,
    /**
     * Non-blocking mode ({@link SocketStack#setBlocking}): the contract's pointer to the
     * alternatives that "avoid blocking on the accept call".
     */
    NONBLOCKING,
    /**
     * The implementation's sockets reach sockets of other processes of the same host (a real
     * stack does; an in-memory simulation does not): "an unrelated process" can rendezvous.
     */
    CROSS_PROCESS
}
