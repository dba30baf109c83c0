package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.List;

/** The properties of the server's side: listen, accept, value-result names, blocking. */
final class AcceptChecks {
    static final List<Property> ALL = List.of(
            new AcceptLengthIsTrueSize());

    private AcceptChecks() {}
}
