package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import java.util.Set;

/**
 * An implementation that forwards every call to another; a mutant overrides the one call it
 * breaks. The default target is the reference implementation.
 */
public class ForwardingStack implements SocketStack {
    protected final SocketStack target;

    protected ForwardingStack() {
        this(new dev.rendezvous.reference.NioSocketStack());
    }

    protected ForwardingStack(SocketStack target) {
        this.target = target;
    }

    @Override
    public String name() {
        return getClass().getSimpleName() + " over " + target.name();
    }

    @Override
    public String version() {
        return target.version();
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

    @Override
    public void release() {
        target.release();
    }
}
