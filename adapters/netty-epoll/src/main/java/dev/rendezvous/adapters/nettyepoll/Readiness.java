package dev.rendezvous.adapters.nettyepoll;

import io.netty.channel.IoEvent;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoRegistration;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.unix.FileDescriptor;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * When one socket becomes readable or writable, as Netty's epoll event loop reports it: the
 * way a Netty program waits, and the only way Netty offers, since its sockets are always
 * non-blocking.
 *
 * <p>The socket is registered once, edge-triggered, for input, output and hang-up. Each edge
 * bumps a counter ({@link #edges()}). A waiter reads the counter, tries its call, and if the
 * call would block waits until the counter moves on, then tries again: an edge between the
 * try and the wait is never lost, and an edge that concerns another waiter costs one more
 * try. Waiting is {@link Object#wait()}, so
 * {@link Thread#interrupt()} ends it with an {@link InterruptedException}.
 */
final class Readiness implements EpollIoHandle {
    private static final EpollIoOps INTEREST = EpollIoOps.EPOLLIN
            .with(EpollIoOps.EPOLLOUT)
            .with(EpollIoOps.EPOLLRDHUP)
            .with(EpollIoOps.EPOLLET);
    private final FileDescriptor socket;
    private final IoRegistration registration;
    private long edges;
    private boolean closed;

    private Readiness(FileDescriptor socket) {
        this.socket = socket;
        this.registration =
                EventLoop.next().register(this).syncUninterruptibly().getNow();
        registration.submit(INTEREST);
    }

    /** Registers {@code socket} with the shared event loop. */
    static Readiness of(FileDescriptor socket) {
        return new Readiness(socket);
    }

    @Override
    public FileDescriptor fd() {
        return socket;
    }

    @Override
    public synchronized void handle(IoRegistration registration, IoEvent event) {
        edges++;
        notifyAll();
    }

    /** How many edges (input, output, hang-up or error) were seen so far. */
    synchronized long edges() {
        return edges;
    }

    /**
     * Waits until more than {@code seen} edges were seen.
     *
     * @return false if the socket was closed meanwhile
     */
    synchronized boolean awaitEdgeAfter(long seen) throws InterruptedException {
        while (edges == seen && !closed) {
            wait();
        }
        return !closed;
    }

    /** Leaves the event loop and wakes every waiter; called before the socket is closed. */
    @Override
    public void close() {
        registration.cancel();
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    /** A stack begins to use the shared event loop. */
    static void retainLoop() {
        EventLoop.retain();
    }

    /** A stack is released; the event loop ends when no stack uses it any more. */
    static void releaseLoop() {
        EventLoop.release();
    }

    /**
     * The one event loop the sockets of every live stack share; its thread is a daemon. It starts
     * with the first socket and ends when the last stack that uses it is released.
     */
    private static final class EventLoop {
        private static MultiThreadIoEventLoopGroup group;
        private static int stacks;

        static synchronized void retain() {
            stacks++;
        }

        static synchronized void release() {
            stacks = Math.max(0, stacks - 1);
            if (stacks == 0 && group != null) {
                group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
                group = null;
            }
        }

        static synchronized IoEventLoop next() {
            if (group == null) {
                group = new MultiThreadIoEventLoopGroup(
                        1, new DefaultThreadFactory("rendezvous-netty-epoll", true), EpollIoHandler.newFactory());
            }
            return group.next();
        }
    }
}
