package dev.rendezvous.tck.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The contract's text, as the kit ships it (the resource {@code spec.txt}). */
public final class Spec {
    private static final String RESOURCE = "/dev/rendezvous/tck/spec.txt";

    private Spec() {}

    /** The whole text of the contract. */
    public static String text() {
        try (InputStream in = Spec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract's text is missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space made one space, as quotes are compared. */
    public static String normalized() {
        return normalize(text());
    }

    /** {@code s} with every run of white space made one space, trimmed. */
    public static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Whether every piece of {@code quote} (pieces joined by {@code ...}) stands in the contract. */
    public static boolean isVerbatim(String quote) {
        String spec = normalized();
        for (String piece : normalize(quote).split("\\.\\.\\.|…")) {
            String p = piece.trim();
            if (!p.isEmpty() && !spec.contains(p)) {
                return false;
            }
        }
        return true;
    }
}
