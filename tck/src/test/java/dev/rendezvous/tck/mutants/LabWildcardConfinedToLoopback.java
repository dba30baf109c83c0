package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Binds the loopback address where the wildcard address is asked for: the server is reached on loopback only. */
@Breaks(value = "SERVER-BIND-WILDCARD", how = "a bind to the wildcard address binds the loopback address")
public final class LabWildcardConfinedToLoopback extends ForwardingStack {
    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        target.bind(fd, confined(address, length), length);
    }

    private static byte[] confined(byte[] address, int length) {
        Sockaddr name;
        try {
            name = Sockaddr.decode(Arrays.copyOf(address, Math.min(length, address.length)));
        } catch (IllegalArgumentException e) {
            return address;
        }
        int f = name.family();
        if ((f != AddressFamily.AF_INET && f != AddressFamily.AF_INET6)
                || !name.toInetSocketAddress().getAddress().isAnyLocalAddress()) {
            return address;
        }
        try {
            InetAddress loopback = InetAddress.getByName(f == AddressFamily.AF_INET ? "127.0.0.1" : "::1");
            byte[] bytes =
                    Sockaddr.inet(new InetSocketAddress(loopback, name.port())).bytes();
            return Arrays.copyOf(bytes, Math.max(bytes.length, address.length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
