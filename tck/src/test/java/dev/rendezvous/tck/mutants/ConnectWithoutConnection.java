package dev.rendezvous.tck.mutants;

/** connect returns 0 at once and initiates nothing. */
@Breaks(value = "CONNECT-INITIATES", how = "connect returns 0 without initiating a connection")
public final class ConnectWithoutConnection extends ForwardingStack {
    @Override
    public void connect(int fd, byte[] address, int length) {
        // initiates nothing
    }
}
