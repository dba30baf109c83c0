package dev.rendezvous.tck.model;

/**
 * Where a socket stands in the contract's state machine: unbound → bound → listening |
 * connected → closed. A socket takes one role: once listening it cannot connect, once
 * connected it cannot listen.
 */
enum SocketState {
    /** Made by socket(); no name given by bind. */
    UNBOUND,
    /** Named by bind; neither listening nor connected. */
    BOUND,
    /** Marked by listen: connections queue on it for accept. */
    LISTENING,
    /** Connected by connect, or returned by accept. */
    CONNECTED,
    /** Closed: its descriptor is released (the number may be handed out again). */
    CLOSED
}
