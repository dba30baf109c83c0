package dev.rendezvous.reports.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code implementation} object of a results file.
 *
 * @param name the implementation's own name
 * @param version its own version
 * @param className the class that was loaded (the field {@code class})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImplementationInfo(
        String name, String version, @JsonProperty("class") String className) {

    public ImplementationInfo {
        name = name == null ? "unknown" : name;
        version = version == null ? "unknown" : version;
        className = className == null ? "unknown" : className;
    }

    /** Name and version, as a column heading shows them. */
    public String title() {
        return name + " " + version;
    }
}
