package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import java.util.ArrayList;
import java.util.List;

/**
 * The model of one descriptor of a call sequence: its state, what the model knows of its name
 * and its peer's, and, for a listener, how many connections wait for accept and how many may.
 */
final class ModelSocket {
    private final int fd;
    private final int family;
    private final boolean kitsOwn;
    private final String origin;
    private SocketState state;
    private NameStatus nameStatus = NameStatus.NONE;
    private NameRule name;
    private Sockaddr bindRequest;
    private NameRule peer;
    private boolean peerMayBeGone;
    private boolean connectFailed;
    private int room;
    private int pending;
    private final List<ModelSocket> clients = new ArrayList<>();
    private ModelSocket via;
    private int closedInStep;
    private boolean superseded;

    private ModelSocket(int fd, int family, boolean kitsOwn, String origin, SocketState state) {
        this.fd = fd;
        this.family = family;
        this.kitsOwn = kitsOwn;
        this.origin = origin;
        this.state = state;
        this.name = NameRule.none(family);
    }

    /** A socket that socket() just returned: unbound, without a name. */
    static ModelSocket opened(int fd, int family, boolean kitsOwn, String origin) {
        return new ModelSocket(fd, family, kitsOwn, origin, SocketState.UNBOUND);
    }

    /** A number that was never a descriptor of the sequence. */
    static ModelSocket neverOpened(int fd, int family) {
        return new ModelSocket(fd, family, false, "never opened", SocketState.CLOSED);
    }

    /** The socket accept returned from {@code listener}: connected, named as the listener, peer {@code from}. */
    static ModelSocket accepted(int fd, ModelSocket listener, Sockaddr from, String origin) {
        ModelSocket s = new ModelSocket(fd, listener.family, false, origin, SocketState.CONNECTED);
        s.nameStatus = NameStatus.HELD;
        s.name = listener.name;
        s.peer = NameRule.exactly(from);
        s.via = listener;
        listener.pending--;
        return s;
    }

    int fd() {
        return fd;
    }

    int family() {
        return family;
    }

    /** Whether the kit made it for itself (a name nothing listens at); steps never act on it. */
    boolean kitsOwn() {
        return kitsOwn;
    }

    SocketState state() {
        return state;
    }

    boolean isOpen() {
        return state != SocketState.CLOSED;
    }

    NameStatus nameStatus() {
        return nameStatus;
    }

    NameRule name() {
        return name;
    }

    /** The name bind gave it, if bind ever did. */
    Sockaddr bindRequest() {
        return bindRequest;
    }

    NameRule peer() {
        return peer;
    }

    boolean peerMayBeGone() {
        return peerMayBeGone;
    }

    /** Whether a connect of this socket failed: the contract does not say what it can do after. */
    boolean hadFailedConnect() {
        return connectFailed;
    }

    int pending() {
        return pending;
    }

    int room() {
        return room;
    }

    /** Whether a blocking connect to this listener completes at once: fewer pending than its backlog. */
    boolean hasRoom() {
        return state == SocketState.LISTENING && pending < room;
    }

    /** Whether a later socket or accept got the same number after this one was closed. */
    boolean superseded() {
        return superseded;
    }

    /** {@code descriptor 3 (opened in step 1, closed in step 4)}, for messages. */
    String describe() {
        String closed = state == SocketState.CLOSED && closedInStep > 0 ? ", closed in step " + closedInStep : "";
        return "descriptor " + fd + " (" + origin + closed + ")";
    }

    void bound(Sockaddr requested) {
        bindRequest = requested;
        nameStatus = NameStatus.HELD;
        name = NameRule.boundTo(requested);
        if (state == SocketState.UNBOUND) {
            state = SocketState.BOUND;
        }
    }

    void listening(int backlog) {
        if (state == SocketState.LISTENING) {
            room = Math.min(room, backlog);
        } else {
            room = backlog;
            pending = 0;
        }
        if (nameStatus != NameStatus.HELD) {
            name = bindRequest != null ? NameRule.boundTo(bindRequest) : NameRule.chosenBySystem(family);
            nameStatus = NameStatus.HELD;
        }
        state = SocketState.LISTENING;
    }

    void connected(NameRule peerName, ModelSocket listener) {
        state = SocketState.CONNECTED;
        peer = peerName;
        if (nameStatus != NameStatus.HELD) {
            boolean unix = family == AddressFamily.AF_UNIX;
            name = bindRequest != null ? NameRule.boundTo(bindRequest) : NameRule.chosenBySystem(family);
            nameStatus = unix && bindRequest == null ? NameStatus.SHOWN : NameStatus.HELD;
        }
        via = listener;
        if (listener != null) {
            listener.pending++;
            listener.clients.add(this);
        }
    }

    /** A connect failed: a name the socket was given explicitly with a port remains held; others may not be. */
    void connectFailed() {
        connectFailed = true;
        if (bindRequest == null) {
            nameStatus = NameStatus.SHOWN;
            name = NameRule.leftByFailure(family);
        } else if (!keepsNameThroughFailure()) {
            nameStatus = NameStatus.SHOWN;
            name = NameRule.releasedFrom(bindRequest);
        }
    }

    /**
     * A bind failed. On an Internet socket whose port was released, Linux also drops the bound
     * address then: the name shown is no longer fixed.
     */
    void bindFailed() {
        if (nameStatus == NameStatus.SHOWN && family != AddressFamily.AF_UNIX) {
            name = NameRule.leftByFailure(family);
        }
    }

    /** The listener this socket connected to, or was accepted from; null for neither. */
    ModelSocket via() {
        return via;
    }

    /** Its peer took a name after connecting (an unnamed UNIX-domain client bound later): getpeername shows either. */
    void peerMayHaveBeenRenamed() {
        peer = NameRule.anyName(family, "the client was bound after connecting");
    }

    void learnName(Sockaddr seen) {
        name = name.after(seen);
    }

    void learnPeer(Sockaddr seen) {
        peer = peer.after(seen);
    }

    void closed(int step) {
        if (state == SocketState.LISTENING && pending > 0) {
            for (ModelSocket client : clients) {
                client.peerGone();
            }
        }
        state = SocketState.CLOSED;
        closedInStep = step;
    }

    void supersede() {
        superseded = true;
    }

    /** The listener went away with this client's connection still queued: a reset may have ended it. */
    private void peerGone() {
        peerMayBeGone = true;
        if (nameStatus == NameStatus.HELD && !keepsNameThroughFailure()) {
            nameStatus = NameStatus.SHOWN;
        }
    }

    /**
     * Whether the socket keeps its name through a failed or reset connection: a path always; an
     * Internet name only if bind gave the port itself (not 0) — Linux releases ports it chose.
     */
    private boolean keepsNameThroughFailure() {
        return family == AddressFamily.AF_UNIX || bindRequest != null && bindRequest.port() != 0;
    }
}
