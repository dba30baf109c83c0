package dev.rendezvous.reference;

import dev.rendezvous.api.Sockaddr;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a socket's name when NIO has closed the channel that held it.
 *
 * <p>The contract: "An error is returned if the connection was unsuccessful (however, any name
 * automatically bound by the system remains)". NIO closes a {@code SocketChannel} whose connect
 * fails, and with it the name. The reference implementation therefore opens a fresh channel
 * and binds it to the same name. That is not atomic: between NIO's close and the new bind,
 * another socket may take the name. This class detects that case (the new bind fails) and
 * <em>reports</em> it, never papers over it: the socket keeps reporting its name through
 * getsockname, but is marked as having lost it, the stack counts it
 * ({@link NioSocketStack#lostNames()}), and a WARNING is logged through {@link System.Logger}.
 *
 * <p>A UNIX-domain name is a file the closed channel leaves behind; it is removed before the
 * new bind only if it is still the same file (device and inode) the socket made, so a file some
 * other socket put there meanwhile is never removed.
 */
final class NameKeeper {
    private static final System.Logger LOG = System.getLogger(NioSocketStack.class.getName());

    private final AtomicLong lost = new AtomicLong();

    /**
     * A fresh channel holding the name again, or {@code null} if the name could not be taken
     * again (counted and logged, unless it was already lost before: a name is counted once).
     *
     * @param fileKey the identity of the UNIX-domain socket file the socket made, or {@code null}
     * @param reuseWhileBinding see {@link Placeholder#bound}
     * @param alreadyLost whether the name was lost before (this is another try to take it back)
     */
    SocketChannel retake(
            SocketDomain domain,
            SocketAddress address,
            Object fileKey,
            boolean reuseWhileBinding,
            boolean alreadyLost) {
        if (domain.isUnix()) {
            removeOwnFile(address, fileKey);
        }
        try {
            return Placeholder.bound(domain.protocolFamily(), address, reuseWhileBinding && !domain.isUnix());
        } catch (IOException e) {
            if (!alreadyLost) {
                recordLoss(domain.nameOf(address), e);
            }
            return null;
        }
    }

    /**
     * Removes the socket file of a UNIX-domain name if it is still the file {@code fileKey}
     * identifies; {@code true} if it did.
     */
    static boolean removeOwnFile(SocketAddress name, Object fileKey) {
        if (fileKey == null || !fileKey.equals(UnixDomain.fileKey(name))) {
            return false;
        }
        try {
            return Files.deleteIfExists(((UnixDomainSocketAddress) name).getPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Counts and logs a name that another socket took while it was being re-bound. */
    void recordLoss(Sockaddr name, Exception why) {
        long n = lost.incrementAndGet();
        LOG.log(
                Level.WARNING,
                "socket name " + name.describe() + " was taken by another socket while"
                        + " it was re-bound (" + why.getMessage() + "); getsockname still reports it;"
                        + " names lost so far: " + n);
    }

    /** How many names were lost so far. */
    long lostCount() {
        return lost.get();
    }
}
