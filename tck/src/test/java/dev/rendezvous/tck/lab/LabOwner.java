package dev.rendezvous.tck.lab;

/**
 * A JVM that owns a lab (for the tests that kill it): opens a lab in the mode named by its
 * argument, prints {@code lab NAME KEEPER-PID GATEWAY-PID NAMESPACE} (NAME and GATEWAY-PID
 * {@code -} when there are none), then holds the lab until its standard input ends.
 */
public final class LabOwner {
    private LabOwner() {}

    public static void main(String[] args) throws Exception {
        LabMode mode = LabMode.valueOf(args[0]);
        try (NetworkLab lab = NetworkLab.open(LabProbe.probe(), mode)) {
            LabDescription description = lab.description();
            System.out.println("lab " + (description.name().isEmpty() ? "-" : description.name())
                    + " " + lab.keeperPid()
                    + " "
                    + (lab.gatewayPid().isPresent()
                            ? Long.toString(lab.gatewayPid().getAsLong())
                            : "-")
                    + " " + description.namespace());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the lab until the input ends (or this JVM is killed).
            }
        }
    }
}
