package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An implementation for the steps' tests, without sockets: every call succeeds unless the test
 * says it fails; socket and accept hand out 3, 4, 5, … (or the number the test says); the names
 * that getsockname, getpeername and accept give back are the test's.
 */
final class ScriptedStack implements SocketStack {
    private final Map<String, Errno> failing = new HashMap<>();
    private final Map<Integer, Sockaddr> names = new HashMap<>();
    private final Map<Integer, Sockaddr> peers = new HashMap<>();
    private Sockaddr client;
    private int nextFd = 3;

    /** Every later call of this name ({@code "connect"}, {@code "accept"}, …) fails with {@code e}. */
    ScriptedStack failing(String call, Errno e) {
        failing.put(call, e);
        return this;
    }

    /** getsockname on {@code fd} gives {@code name}. */
    ScriptedStack naming(int fd, Sockaddr name) {
        names.put(fd, name);
        return this;
    }

    /** getpeername on {@code fd} gives {@code name}. */
    ScriptedStack peering(int fd, Sockaddr name) {
        peers.put(fd, name);
        return this;
    }

    /** accept reports {@code name} as the client's. */
    ScriptedStack acceptingFrom(Sockaddr name) {
        client = name;
        return this;
    }

    /** The next descriptor socket or accept returns. */
    ScriptedStack handingOut(int fd) {
        nextFd = fd;
        return this;
    }

    private void answer(String call) throws ErrnoException {
        Errno e = failing.get(call);
        if (e != null) {
            throw new ErrnoException(e, "scripted");
        }
    }

    private static void store(SockaddrBuffer b, Sockaddr name, String what) throws ErrnoException {
        if (name == null) {
            throw new IllegalStateException("the test gave no " + what);
        }
        b.store(name);
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Feature> features() {
        return EnumSet.allOf(Feature.class);
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        answer("socket");
        return nextFd++;
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        answer("bind");
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        answer("listen");
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        answer("connect");
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        answer("accept");
        if (from != null) {
            store(from, client, "client's name");
        }
        return nextFd++;
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        answer("getsockname");
        store(name, names.get(fd), "name of descriptor " + fd);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        answer("getpeername");
        store(name, peers.get(fd), "peer of descriptor " + fd);
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        answer("send");
        return length;
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        answer("recv");
        return 0;
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        answer("setBlocking");
    }

    @Override
    public void close(int fd) throws ErrnoException {
        answer("close");
    }
}
