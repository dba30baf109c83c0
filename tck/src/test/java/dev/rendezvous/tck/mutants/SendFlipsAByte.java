package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;

/** send corrupts the data in transit: the first byte of every send goes out with its bits flipped. */
@Breaks(value = "CONNECT-ASSOCIATED", how = "send flips the first byte it sends")
public final class SendFlipsAByte extends ForwardingStack {
    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        byte[] copy = buffer.clone();
        if (length > 0) {
            copy[offset] = (byte) ~copy[offset];
        }
        return target.send(fd, copy, offset, length);
    }
}
