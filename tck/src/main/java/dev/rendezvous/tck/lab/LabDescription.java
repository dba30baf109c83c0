package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a program inside a {@link NetworkLab} needs to know about it, as one string that
 * travels to a child JVM as the system property {@value #PROPERTY}:
 * {@code mode=NETNS;name=rdv-3f9a0c1e;namespace=net:[4026532178];targets=NO_ROUTE_V4@198.51.100.1,…}.
 *
 * @param mode      how the namespace was made
 * @param name      the namespace's name for {@code ip netns}; empty for a user namespace
 * @param namespace the namespace's identity as {@code /proc/PID/ns/net} shows it
 * @param targets   the targets this lab offers
 */
public record LabDescription(LabMode mode, String name, String namespace, List<LabTarget> targets) {
    /** The system property that carries the description into a child JVM. */
    public static final String PROPERTY = "rendezvous.lab";

    public LabDescription {
        targets = List.copyOf(targets);
        if (name.contains(";") || namespace.contains(";")) {
            throw new IllegalArgumentException("';' in a lab name: " + name + " " + namespace);
        }
    }

    /** The description as one string; {@link #decode(String)} reads it back. */
    public String encode() {
        List<String> entries = new ArrayList<>();
        for (LabTarget target : targets) {
            entries.add(target.name() + "@" + target.address());
        }
        return "mode=" + mode.name() + ";name=" + name + ";namespace=" + namespace + ";targets="
                + String.join(",", entries);
    }

    /**
     * Reads a description made by {@link #encode()}.
     *
     * @throws IllegalArgumentException if the text is malformed or names a target this kit
     *                                  does not know at that address
     */
    public static LabDescription decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : text.split(";", -1)) {
            int equals = field.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("not a lab description (no '=' in '" + field + "'): " + text);
            }
            fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
        for (String key : List.of("mode", "name", "namespace", "targets")) {
            if (!fields.containsKey(key)) {
                throw new IllegalArgumentException("not a lab description (no " + key + "): " + text);
            }
        }
        List<LabTarget> targets = new ArrayList<>();
        for (String entry : fields.get("targets").split(",")) {
            if (!entry.isEmpty()) {
                targets.add(target(entry));
            }
        }
        return new LabDescription(
                LabMode.valueOf(fields.get("mode")), fields.get("name"), fields.get("namespace"), targets);
    }

    private static LabTarget target(String entry) {
        int at = entry.indexOf('@');
        LabTarget target;
        try {
            target = LabTarget.valueOf(at < 0 ? entry : entry.substring(0, at));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lab target: " + entry, e);
        }
        if (at >= 0 && !entry.substring(at + 1).equals(target.address())) {
            throw new IllegalArgumentException("lab target " + target + " is at " + target.address()
                    + " in this kit, not " + entry.substring(at + 1));
        }
        return target;
    }

    /** The JVM option that passes this description: {@code -Drendezvous.lab=…}. */
    public String jvmArgument() {
        return "-D" + PROPERTY + "=" + encode();
    }

    /** The description this JVM was started with ({@value #PROPERTY}), if any. */
    public static Optional<LabDescription> current() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).map(LabDescription::decode);
    }

    /** Whether this process runs inside the described namespace. */
    public boolean insideLab() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/net"))
                    .toString()
                    .equals(namespace);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
