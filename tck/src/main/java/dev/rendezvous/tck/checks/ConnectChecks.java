package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties of the client's side: connect, its lengths, its name, its errors. */
final class ConnectChecks {
    static final List<Property> ALL = List.of(
            new RoundTrip(),
            new RefusedWhereNoServer());

    private ConnectChecks() {}
}
