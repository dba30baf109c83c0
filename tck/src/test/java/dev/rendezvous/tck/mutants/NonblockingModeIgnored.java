package dev.rendezvous.tck.mutants;

/** Claims non-blocking mode but ignores it: every socket stays blocking. */
@Breaks(value = "ALTERNATIVES-NONBLOCKING", how = "a non-blocking accept blocks")
public final class NonblockingModeIgnored extends ForwardingStack {
    @Override
    public void setBlocking(int fd, boolean blocking) {
        // ignored
    }
}
