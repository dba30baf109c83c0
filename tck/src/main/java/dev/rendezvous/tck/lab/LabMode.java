package dev.rendezvous.tck.lab;

/** The two ways the kit makes the network namespace of its {@link NetworkLab}. */
public enum LabMode {
    /**
     * A named namespace made with {@code ip netns add rdv-…}: needs root. A keeper process
     * deletes it when the lab closes or its owner dies.
     */
    NETNS("ip netns (as root)"),
    /**
     * An anonymous namespace made with {@code unshare --user --map-root-user --net}: works for
     * an unprivileged user where the kernel allows user namespaces. It lives as long as its
     * keeper process (or a program run inside) lives.
     */
    USER_NAMESPACE("unshare --user --map-root-user --net");

    private final String how;

    LabMode(String how) {
        this.how = how;
    }

    /** How the namespace is made, for reports: {@code ip netns (as root)}, {@code unshare …}. */
    public String how() {
        return how;
    }
}
