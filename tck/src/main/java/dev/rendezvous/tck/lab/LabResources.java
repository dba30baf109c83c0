package dev.rendezvous.tck.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The lab's scripts, shipped as resources beside these classes and passed to their interpreters as text. */
final class LabResources {
    static final String KEEPER = load("lab-keeper.sh");
    static final String SETUP = load("lab-setup.sh");
    static final String GATEWAY = load("gateway.py");

    private LabResources() {}

    private static String load(String name) {
        try (InputStream in = LabResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the kit: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
