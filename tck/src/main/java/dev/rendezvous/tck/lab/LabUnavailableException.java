package dev.rendezvous.tck.lab;

/**
 * The {@link NetworkLab} cannot be made here, or its setup failed. The message is the precise
 * reason, fit for a NOT_VERIFIED verdict: e.g. {@code not root (uid 1000) and unprivileged
 * user namespaces are disabled (kernel.unprivileged_userns_clone=0)}.
 */
public final class LabUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public LabUnavailableException(String reason) {
        super(reason);
    }
}
