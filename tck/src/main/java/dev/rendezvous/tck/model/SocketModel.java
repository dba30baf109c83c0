package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import java.util.ArrayList;
import java.util.List;

/**
 * The model of every descriptor one call sequence has seen, all of one family: which are open,
 * which names are taken, which listeners can take a connection without blocking.
 */
final class SocketModel {
    /**
     * The number used as a descriptor that was never opened: no Linux process can hold it
     * (descriptors stay below {@code nr_open}, 2^20 by default), and no stack hands it out in a
     * short sequence.
     */
    static final int NEVER_OPENED = 1 << 20;

    private final int family;
    private final List<ModelSocket> sockets = new ArrayList<>();
    private final ModelSocket neverOpened;
    private int socketCalls;

    SocketModel(int family) {
        this.family = family;
        this.neverOpened = ModelSocket.neverOpened(NEVER_OPENED, family);
    }

    int family() {
        return family;
    }

    /** How many sockets the sequence's socket steps made. */
    int socketCalls() {
        return socketCalls;
    }

    /** Whether {@code fd} is an open descriptor of the sequence (the kit's own included). */
    boolean isOpen(int fd) {
        return sockets.stream().anyMatch(s -> s.isOpen() && s.fd() == fd);
    }

    /** Records a socket that socket() returned; a closed one with the same number is no longer reachable. */
    ModelSocket opened(int fd, boolean kitsOwn, String origin) {
        if (!kitsOwn) {
            socketCalls++;
        }
        return add(ModelSocket.opened(fd, family, kitsOwn, origin));
    }

    /** Records a socket that accept returned from {@code listener}. */
    ModelSocket accepted(int fd, ModelSocket listener, Sockaddr from, String origin) {
        return add(ModelSocket.accepted(fd, listener, from, origin));
    }

    private ModelSocket add(ModelSocket s) {
        for (ModelSocket old : sockets) {
            if (old.fd() == s.fd()) {
                old.supersede();
            }
        }
        sockets.add(s);
        return s;
    }

    /**
     * What a step may act on, in the order they appeared: every socket of the sequence whose
     * number still names it (open, or closed and not handed out again), then a number never
     * opened.
     */
    List<ModelSocket> targets() {
        List<ModelSocket> out = new ArrayList<>();
        for (ModelSocket s : sockets) {
            if (!s.kitsOwn() && !s.superseded()) {
                out.add(s);
            }
        }
        out.add(neverOpened);
        return out;
    }

    /** Every open socket, the kit's own included. */
    List<ModelSocket> openSockets() {
        List<ModelSocket> out = new ArrayList<>();
        for (ModelSocket s : sockets) {
            if (s.isOpen()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether an open socket of the sequence (not the kit's own) is so. */
    boolean anyOpen(java.util.function.Predicate<ModelSocket> which) {
        return sockets.stream().anyMatch(s -> s.isOpen() && !s.kitsOwn() && which.test(s));
    }

    /**
     * A connected client of {@code client.via()} took a name: the sockets accepted from that
     * listener may now see it as their peer's name (Linux reads the peer's current name).
     */
    void clientBound(ModelSocket client) {
        for (ModelSocket s : sockets) {
            if (s != client && s.via() == client.via() && s.state() == SocketState.CONNECTED && client.via() != null) {
                s.peerMayHaveBeenRenamed();
            }
        }
    }

    /** The open listeners a blocking connect can reach without blocking. */
    List<ModelSocket> listenersWithRoom() {
        List<ModelSocket> out = new ArrayList<>();
        for (ModelSocket s : sockets) {
            if (!s.kitsOwn() && s.hasRoom()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Sockets that bind named (the kit's own included) whose name is known or can be asked for. */
    List<ModelSocket> nameOwners() {
        List<ModelSocket> out = new ArrayList<>();
        for (ModelSocket s : sockets) {
            if (s.bindRequest() != null && (s.isOpen() || s.name().isExact())) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * What bind to {@code name} gives as far as the name is concerned: EADDRINUSE while a socket
     * holds it; once its holders are closed, a path still exists (EADDRINUSE), while an Internet
     * port may be free again or still held by a connection in TIME_WAIT (either outcome).
     */
    Allowed bindingTo(Sockaddr name, boolean fresh) {
        if (fresh) {
            return Allowed.success("the name is fresh");
        }
        String holding = null;
        String held = null;
        for (ModelSocket s : sockets) {
            if (s.bindRequest() != null && s.name().exact().filter(name::equals).isPresent()) {
                held = s.describe();
                if (s.isOpen() && s.nameStatus() == NameStatus.HELD) {
                    holding = held;
                }
            }
        }
        if (holding != null) {
            return Allowed.failure("the name is held by " + holding, Errno.EADDRINUSE);
        }
        if (family == AddressFamily.AF_UNIX) {
            return Allowed.failure("the path was bound by " + held + " and stays in the file system", Errno.EADDRINUSE);
        }
        return Allowed.failure("the name was held by " + held + ", which no longer holds it", Errno.EADDRINUSE)
                .orSuccess("the port may be free again");
    }
}
