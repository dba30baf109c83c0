package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The optional {@code provenance} object that the command line adds to the results files it
 * writes: when the run finished and exactly which bytes ran. Older files and files written by
 * other tools lack it; readers then fall back to what they can find.
 *
 * @param date when the run finished (ISO-8601, UTC)
 * @param kitJar the jar the kit ran from
 * @param implementationJars the jar(s) of the implementation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Provenance(String date, JarDigest kitJar, List<JarDigest> implementationJars) {
    public Provenance {
        implementationJars = implementationJars == null ? List.of() : List.copyOf(implementationJars);
    }
}
