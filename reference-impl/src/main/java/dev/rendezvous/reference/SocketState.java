package dev.rendezvous.reference;

/**
 * Where a socket stands in the contract's life cycle; every call checks it first and answers
 * with the errno Linux gives in that state.
 *
 * <pre>
 *            bind                listen
 * UNBOUND ─────────▶ BOUND ─────────────▶ LISTENING
 *    │                 │ connect
 *    │ connect         ▼            done
 *    └──────────▶ CONNECTING ─────────────▶ CONNECTED
 *                      │ failed in the background (non-blocking)
 *                      ▼
 *                CONNECT_FAILED ── next connect reports the error ──▶ BOUND (or UNBOUND)
 * any state ── close ──▶ CLOSED
 * </pre>
 * A blocking connect that fails goes straight back to BOUND, keeping its name (or UNBOUND, for
 * a UNIX-domain socket that had none).
 */
enum SocketState {
    /** Created, no name: getsockname gives the wildcard with port 0, or the bare AF_UNIX family. */
    UNBOUND,
    /**
     * Has a name (bound by bind, or automatically by a connect that failed); not listening,
     * not connected. An Internet-domain name is held by a bound, unconnected channel, which
     * refuses connections as a bound socket that does not listen does.
     */
    BOUND,
    /** Listening: accept takes connections. */
    LISTENING,
    /** A connect is in progress (non-blocking, or a blocking one that was interrupted). */
    CONNECTING,
    /**
     * A connect in progress failed; the socket has not told anyone yet. The next connect reports
     * the error (Linux: the socket error); send and recv report it too and leave ECONNABORTED
     * for the next connect, as Linux does once the socket error has been read.
     */
    CONNECT_FAILED,
    /** Connected: data transfer may begin. */
    CONNECTED,
    /** Closed: its descriptor is released; calls still running on it end with EBADF. */
    CLOSED
}
