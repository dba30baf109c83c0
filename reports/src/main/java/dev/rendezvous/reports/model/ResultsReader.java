package dev.rendezvous.reports.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads results files with Jackson, tolerating fields it does not know. */
public final class ResultsReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsReader() {}

    /** The mapper every reader in the reports shares. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code file}.
     *
     * @throws BadInputException naming the file and the problem in one line
     */
    public static Results read(Path file) {
        return fromTree(readTree(file), file.toString()).readFrom(digest(file));
    }

    /**
     * The SHA-256 of {@code file}'s bytes.
     *
     * @throws BadInputException when it cannot be read
     */
    public static FileDigest digest(Path file) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return new FileDigest(
                    file.toAbsolutePath().normalize().toString(), HexFormat.of().formatHex(sha));
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + oneLine(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Reads a results file already parsed to a tree; {@code source} names it in errors. */
    public static Results fromTree(JsonNode tree, String source) {
        if (tree == null || !tree.isObject() || !tree.has("clauses")) {
            throw new BadInputException(source + " is not a results file: it has no \"clauses\"");
        }
        try {
            return MAPPER.treeToValue(tree, Results.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(source + " is not a valid results file: " + oneLine(e));
        }
    }

    /**
     * Parses {@code file} as JSON.
     *
     * @throws BadInputException when it is missing, unreadable or not JSON
     */
    public static JsonNode readTree(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + " is not a results file: it is not UTF-8 text");
        } catch (StreamConstraintsException e) {
            throw new BadInputException(file
                    + " is not a results file the kit wrote: it holds a value far longer than any results file has");
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not JSON: " + oneLine(e));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + oneLine(e));
        }
    }

    /** The first line of an exception's message, without Jackson's source location. */
    public static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t instanceof JsonProcessingException
                ? ((JsonProcessingException) t).getOriginalMessage()
                : t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).trim();
    }
}
