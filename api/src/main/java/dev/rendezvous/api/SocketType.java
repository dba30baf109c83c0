package dev.rendezvous.api;

/** Socket type numbers, as Linux defines them for {@code socket(2)}. */
@Stable
public final class SocketType {
    /** A stream socket: the only type the contract covers. */
    public static final int SOCK_STREAM = 1;
    /** A datagram socket: not covered by the contract; an implementation may refuse it. */
    public static final int SOCK_DGRAM = 2;

    private SocketType() {}
}
