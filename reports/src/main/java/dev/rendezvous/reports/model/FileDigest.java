package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A file that is not a jar (a baseline, a results file) and the SHA-256 of its bytes.
 *
 * @param path where the file was
 * @param sha256 the digest in lower-case hex
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileDigest(String path, String sha256) {
    public FileDigest {
        path = path == null ? "" : path;
        sha256 = sha256 == null ? "unknown" : sha256;
    }
}
