package dev.rendezvous.reports.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The certification summary as JSON: the fields of {@link Certification}, by name. */
public final class CertificationJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CertificationJson() {}

    /** The JSON text for {@code c}. */
    public static String render(Certification c) {
        try {
            return MAPPER.writeValueAsString(c) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
