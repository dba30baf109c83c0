package dev.rendezvous.tck.model;

/**
 * Whether a socket holds a name, which decides what bind on it gives (EINVAL for a socket that
 * has one) and whether other sockets may bind the same name.
 */
enum NameStatus {
    /** No name: an Internet socket shows the wildcard with port 0, a UNIX-domain one is unnamed. */
    NONE,
    /**
     * A name may or may not be held: the system may have chosen one (a UNIX-domain client after
     * connect), or a failed connect or a reset may have released a port that was not given
     * explicitly (Linux: the port stays shown but is no longer held).
     */
    SHOWN,
    /** A name is held: given by bind, or chosen by the system for a connection. */
    HELD
}
