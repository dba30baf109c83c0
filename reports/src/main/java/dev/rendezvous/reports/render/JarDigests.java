package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.JarDigest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of jars: given by path, or the jar a class was loaded from. */
public final class JarDigests {
    /** What stands for the digest when the code did not come from a jar. */
    public static final String NOT_A_JAR = "unknown (not run from a jar)";

    private JarDigests() {}

    /**
     * The digest of the jar at {@code jar}; {@link #NOT_A_JAR} for a directory of classes.
     *
     * @throws BadInputException when it cannot be read
     */
    public static JarDigest of(Path jar) {
        if (Files.isDirectory(jar)) {
            return new JarDigest(jar.toAbsolutePath().normalize().toString(), NOT_A_JAR);
        }
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
            return new JarDigest(
                    jar.toAbsolutePath().normalize().toString(), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + jar + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** The digest of the jar {@code type} was loaded from, or {@link #NOT_A_JAR} when it was not loaded from a jar. */
    public static JarDigest ofClass(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return new JarDigest(String.valueOf(location), NOT_A_JAR);
        }
        try {
            Path p = Path.of(location.toURI());
            if (Files.isRegularFile(p)) {
                return of(p);
            }
            return new JarDigest(p.toString(), NOT_A_JAR);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new JarDigest(location.toString(), NOT_A_JAR);
        }
    }
}
