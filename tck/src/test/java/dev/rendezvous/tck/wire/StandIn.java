package dev.rendezvous.tck.wire;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The command line of the tests' stand-in driver ({@code standin_driver.py}) in one of its modes. */
final class StandIn {
    private StandIn() {}

    static String command(String mode) {
        try {
            Path script = Path.of(StandIn.class.getResource("standin_driver.py").toURI());
            return "python3 " + script + " " + mode;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
