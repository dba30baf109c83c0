package dev.rendezvous.reference;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/**
 * A socket channel bound to a name and neither connected nor listening: how the reference
 * implementation holds a name between bind and listen or connect.
 *
 * <p>NIO binds and listens in one call ({@code ServerSocketChannel.bind(address, backlog)}),
 * while the contract binds first and listens later, and a port that is bound but not listening
 * must refuse connections (ECONNREFUSED): that is how the kit reserves a refused port. A bound,
 * unconnected {@code SocketChannel} does exactly that on Linux — it holds the port against
 * other binds and the kernel answers a connection attempt with a reset.
 */
final class Placeholder {
    private Placeholder() {}

    /**
     * Opens a channel of the family and binds it.
     *
     * @param reuseWhileBinding set {@code SO_REUSEADDR} for the bind and clear it afterwards:
     *     lets the bind take a port whose old connections linger in TIME_WAIT (after a
     *     listener closed), and still holds the port exclusively afterwards. Internet domain only.
     * @throws IOException the bind's failure; the channel is closed then
     */
    static SocketChannel bound(ProtocolFamily family, SocketAddress address, boolean reuseWhileBinding)
            throws IOException {
        SocketChannel ch = SocketChannel.open(family);
        try {
            if (reuseWhileBinding) {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            ch.bind(address);
            if (reuseWhileBinding) {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            }
            return ch;
        } catch (IOException | RuntimeException e) {
            Channels.closeQuietly(ch);
            throw e;
        }
    }
}
