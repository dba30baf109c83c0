package dev.rendezvous.tck.lab;

/**
 * A program for the probe's tests: probes the machine it runs on and prints, per mode,
 * {@code MODE usable} or {@code MODE REASON}.
 */
public final class LabProbeReport {
    private LabProbeReport() {}

    public static void main(String[] args) {
        LabCapabilities capabilities = LabProbe.probe();
        for (LabMode mode : LabMode.values()) {
            System.out.println(mode + " " + capabilities.whyNot(mode).orElse("usable"));
        }
    }
}
