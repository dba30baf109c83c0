package dev.rendezvous.tck.run;

/** The kit's name and version. */
public final class KitVersion {
    /** The kit's name. */
    public static final String NAME = "Rendezvous";

    private KitVersion() {}

    /** The version from the jar's manifest, or the source tree's version when not run from a jar. */
    public static String version() {
        String v = KitVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
