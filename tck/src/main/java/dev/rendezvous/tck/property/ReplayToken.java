package dev.rendezvous.tck.property;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A copy-pasteable string that names one exact case of a property: the property id, the seed of
 * the run and the (shrunk) choice sequence.
 *
 * <p>Format: {@code rv1:<property-id>:<seed>:<choices>:<checksum>}, for example
 * {@code rv1:ACCEPT-VALUE-RESULT/lengths:42:1.2s.0:1x8f0kq}.
 * <ul>
 *   <li>{@code property-id}: letters, digits, '-', '/', '.' and '_' (never ':');</li>
 *   <li>{@code seed}: a decimal {@code long}, possibly negative;</li>
 *   <li>{@code choices}: each offset as an unsigned base-36 number, separated by '.'; empty for
 *       an empty sequence;</li>
 *   <li>{@code checksum}: the CRC-32 of everything before its ':' (UTF-8), in base 36, so that a
 *       token cut short or altered is rejected rather than replayed as a different case.</li>
 * </ul>
 * None of these characters is special to a POSIX shell, and a token contains no spaces.
 *
 * @param propertyId the property the case belongs to
 * @param seed       the seed of the run that found it
 * @param choices    the choice sequence that reproduces it
 */
public record ReplayToken(String propertyId, long seed, long[] choices) {

    /** The first field of every token: the format's version. */
    public static final String VERSION = "rv1";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final String SHAPE = VERSION + ":<property-id>:<seed>:<choices>:<checksum>";

    public ReplayToken {
        requireValidId(propertyId);
        choices = choices.clone();
    }

    /** A copy of the choice sequence. */
    @Override
    public long[] choices() {
        return choices.clone();
    }

    /**
     * Reads a token written by {@link #toString()}. Surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException with one sentence saying what is wrong, if the token is malformed
     */
    public static ReplayToken parse(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The replay token is empty; expected " + SHAPE + ".");
        }
        String text = token.strip();
        if (!text.startsWith(VERSION + ":")) {
            throw new IllegalArgumentException(
                    "The replay token must start with '" + VERSION + ":', but it starts with '" + head(text) + "'.");
        }
        String[] fields = text.split(":", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("The replay token must have 5 fields separated by ':' (" + SHAPE
                    + "), but it has " + fields.length + ".");
        }
        if (!ID.matcher(fields[1]).matches()) {
            throw new IllegalArgumentException(idProblem(fields[1]));
        }
        long seed;
        try {
            seed = Long.parseLong(fields[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The seed '" + fields[2] + "' in the replay token is not a decimal long.", e);
        }
        long[] choices = parseChoices(fields[3]);
        String body = text.substring(0, text.lastIndexOf(':'));
        if (!fields[4].equals(checksum(body))) {
            throw new IllegalArgumentException(
                    "The replay token's checksum does not match its content; it was cut short or altered.");
        }
        return new ReplayToken(fields[1], seed, choices);
    }

    /** The token, in the format described above. */
    @Override
    public String toString() {
        StringBuilder body = new StringBuilder(VERSION)
                .append(':')
                .append(propertyId)
                .append(':')
                .append(seed)
                .append(':');
        for (int i = 0; i < choices.length; i++) {
            if (i > 0) {
                body.append('.');
            }
            body.append(Long.toUnsignedString(choices[i], 36));
        }
        return body + ":" + checksum(body.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplayToken other
                && propertyId.equals(other.propertyId)
                && seed == other.seed
                && Arrays.equals(choices, other.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(propertyId, seed, Arrays.hashCode(choices));
    }

    /** Rejects a property id that a token cannot carry. */
    static void requireValidId(String propertyId) {
        if (propertyId == null || !ID.matcher(propertyId).matches()) {
            throw new IllegalArgumentException(idProblem(propertyId));
        }
    }

    private static String idProblem(String propertyId) {
        return "The property id '" + propertyId
                + "' must be non-empty and contain only letters, digits, '-', '/', '.' and '_'.";
    }

    private static long[] parseChoices(String field) {
        if (field.isEmpty()) {
            return new long[0];
        }
        String[] parts = field.split("\\.", -1);
        long[] choices = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                choices[i] = Long.parseUnsignedLong(parts[i], 36);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "Choice " + (i + 1) + " ('" + parts[i]
                                + "') in the replay token is not an unsigned base-36 number.",
                        e);
            }
        }
        return choices;
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }

    private static String head(String text) {
        return text.length() <= 8 ? text : text.substring(0, 8) + "...";
    }
}
