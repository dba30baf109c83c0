package dev.rendezvous.tck.checks;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference implementation, except that bytes sent arrive inverted: on every socket, or only
 * on the sockets accept returned (the server's side of a connection).
 */
public final class ByteInvertingStack extends ForwardingStack {
    private final boolean onlyAccepted;
    private final Set<Integer> accepted = ConcurrentHashMap.newKeySet();

    private ByteInvertingStack(boolean onlyAccepted) {
        this.onlyAccepted = onlyAccepted;
    }

    /** Inverts the bytes sent on any socket. */
    public static ByteInvertingStack everywhere() {
        return new ByteInvertingStack(false);
    }

    /** Inverts only the bytes the server's side sends: the client's reach the server intact. */
    public static ByteInvertingStack onAccepted() {
        return new ByteInvertingStack(true);
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int fresh = target.accept(fd, from);
        accepted.add(fresh);
        return fresh;
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        if (onlyAccepted && !accepted.contains(fd)) {
            return target.send(fd, buffer, offset, length);
        }
        byte[] inverted = buffer.clone();
        for (int i = offset; i < offset + length; i++) {
            inverted[i] = (byte) ~inverted[i];
        }
        return target.send(fd, inverted, offset, length);
    }
}
