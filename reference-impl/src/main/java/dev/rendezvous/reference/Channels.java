package dev.rendezvous.reference;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketOption;
import java.nio.channels.NetworkChannel;

/** Small helpers for closing channels and setting options where a failure changes nothing. */
final class Channels {
    private Channels() {}

    /**
     * Closes where the outcome cannot matter (a channel NIO already closed, a selector going
     * away, a channel given up after another error that is the one to report).
     */
    static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // nothing to report: another outcome is reported, or the channel was closed already
        }
    }

    /** Sets an option where failing to set it only loses an optimisation or a nicety. */
    static <T> void setQuietly(NetworkChannel c, SocketOption<T> option, T value) {
        try {
            c.setOption(option, value);
        } catch (IOException | UnsupportedOperationException e) {
            // the option stays as it was; the caller's outcome does not depend on it
        }
    }
}
