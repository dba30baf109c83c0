package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code kit} object of a results file.
 *
 * @param name the kit's name
 * @param version the kit's version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KitInfo(String name, String version) {
    public KitInfo {
        name = name == null ? "unknown" : name;
        version = version == null ? "unknown" : version;
    }
}
