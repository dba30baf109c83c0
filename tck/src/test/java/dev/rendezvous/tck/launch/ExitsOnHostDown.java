package dev.rendezvous.tck.launch;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.mutants.ForwardingStack;

/**
 * Misbehaves only inside ERROR-ENETDOWN-EHOSTDOWN, a clause of the network lab: a connect to the
 * lab's host that is down (198.51.100.167, ICMP host unknown) ends the JVM with status 43.
 */
public final class ExitsOnHostDown extends ForwardingStack {
    /** The clause the misbehaviour is in. */
    static final String CLAUSE = "ERROR-ENETDOWN-EHOSTDOWN";

    private static final byte[] HOST_DOWN = {(byte) 198, 51, 100, (byte) 167};

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        if (length >= 8
                && address[4] == HOST_DOWN[0]
                && address[5] == HOST_DOWN[1]
                && address[6] == HOST_DOWN[2]
                && address[7] == HOST_DOWN[3]) {
            System.out.println("about to exit from connect to the host that is down");
            System.exit(43);
        }
        super.connect(fd, address, length);
    }
}
