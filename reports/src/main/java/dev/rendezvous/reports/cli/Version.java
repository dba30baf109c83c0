package dev.rendezvous.reports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The kit's version, from the build ({@code version.properties}). */
public final class Version implements IVersionProvider {
    /** The version string, or "unknown" when the build did not record it. */
    public static String kit() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/rendezvous/reports/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rendezvous " + kit()};
    }
}
