package dev.rendezvous.adapters.nettyepoll;

import io.netty.channel.epoll.LinuxSocket;
import java.io.IOException;
import java.net.SocketAddress;

/**
 * One descriptor the stack holds: Netty's socket, its family, the SPI's blocking mode, and,
 * once some call had to wait, its registration with the event loop.
 */
final class OpenSocket {
    final LinuxSocket socket;
    final int family;
    private volatile boolean blocking = true;
    private Readiness readiness;

    OpenSocket(LinuxSocket socket, int family) {
        this.socket = socket;
        this.family = family;
    }

    /** The SPI's mode; Netty's own socket is non-blocking in the kernel whatever this says. */
    boolean blocking() {
        return blocking;
    }

    void setBlocking(boolean blocking) {
        this.blocking = blocking;
    }

    /** The socket's readiness, registered with the event loop on first use. */
    synchronized Readiness readiness() {
        if (readiness == null) {
            readiness = Readiness.of(socket);
        }
        return readiness;
    }

    /** The socket's own name as Netty reports it, or null when Netty reports none. */
    SocketAddress localName() {
        return family == dev.rendezvous.api.AddressFamily.AF_UNIX
                ? socket.localDomainSocketAddress()
                : socket.localAddress();
    }

    /** The peer's name as Netty reports it, or null when Netty reports none (not connected). */
    SocketAddress peerName() {
        return family == dev.rendezvous.api.AddressFamily.AF_UNIX
                ? socket.remoteDomainSocketAddress()
                : socket.remoteAddress();
    }

    /** Leaves the event loop, waking any waiter, then closes the descriptor. */
    synchronized void close() throws IOException {
        if (readiness != null) {
            readiness.close();
        }
        socket.close();
    }
}
