package com.example;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import java.util.Set;

/** A vendor's stack; this one forwards every call to the kit's reference implementation. */
public class MyStack implements SocketStack {
    private final SocketStack target = new NioSocketStack();

    @Override
    public String name() {
        return "MyStack";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Set<Feature> features() {
        return target.features();
    }

    @Override
    public int socket(int domain, int type) throws ErrnoException {
        return target.socket(domain, type);
    }

    @Override
    public void bind(int fd, byte[] address, int length) throws ErrnoException {
        target.bind(fd, address, length);
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        target.listen(fd, backlog);
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        target.connect(fd, address, length);
    }

    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        return target.accept(fd, from);
    }

    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        target.getsockname(fd, name);
    }

    @Override
    public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
        target.getpeername(fd, name);
    }

    @Override
    public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return target.send(fd, buffer, offset, length);
    }

    @Override
    public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
        return target.recv(fd, buffer, offset, length);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws ErrnoException {
        target.setBlocking(fd, blocking);
    }

    @Override
    public void close(int fd) throws ErrnoException {
        target.close(fd);
    }
}
