package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A jar and the SHA-256 of its bytes.
 *
 * @param path where the jar was, or a note when there was none
 * @param sha256 the digest in lower-case hex, or a note saying why it is unknown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JarDigest(String path, String sha256) {
    public JarDigest {
        path = path == null ? "" : path;
        sha256 = sha256 == null ? "unknown" : sha256;
    }
}
