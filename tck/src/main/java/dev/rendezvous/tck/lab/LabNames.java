package dev.rendezvous.tck.lab;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh, unguessable names for the lab's namespaces ({@code rdv-3f9a0c1e}). */
final class LabNames {
    private static final SecureRandom RANDOM = new SecureRandom();

    private LabNames() {}

    static String fresh(String prefix) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
