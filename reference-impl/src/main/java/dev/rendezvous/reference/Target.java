package dev.rendezvous.reference;

import dev.rendezvous.api.Sockaddr;
import java.net.SocketAddress;

/**
 * A name given to bind or connect, once read and checked: as the kernel would report it
 * ({@code name}) and as NIO takes it ({@code address}).
 */
record Target(Sockaddr name, SocketAddress address) {}
