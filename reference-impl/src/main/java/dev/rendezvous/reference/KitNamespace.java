package dev.rendezvous.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this JVM runs inside a network namespace the conformance kit made for itself (its
 * network lab): the kit starts such a JVM with the system property {@value #PROPERTY}, whose
 * text names the namespace, and the namespace this process is in is that one. Only there does
 * the reference bind the wildcard address as asked: the namespace has no link out.
 */
final class KitNamespace {
    /** The system property the kit passes to a JVM it runs inside its own namespace. */
    static final String PROPERTY = "rendezvous.lab";

    private static final boolean INSIDE = probe();

    private KitNamespace() {}

    /** Whether this JVM runs inside the kit's own network namespace (probed once). */
    static boolean inside() {
        return INSIDE;
    }

    private static boolean probe() {
        String description = System.getProperty(PROPERTY);
        if (description == null) {
            return false;
        }
        try {
            String namespace =
                    Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
            return description.contains("namespace=" + namespace + ";");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
