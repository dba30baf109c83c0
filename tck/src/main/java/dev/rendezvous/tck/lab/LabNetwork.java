package dev.rendezvous.tck.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the lab's network (set up by {@code lab-setup.sh}) that the gateway process
 * needs to know: the link end it reads and the addresses it answers from.
 */
final class LabNetwork {
    /** The far end of the lab's link, read by the gateway. */
    static final String GATEWAY_LINK = "rdv-gateway";
    /** The gateway's IPv4 address: the source of its ICMP errors. */
    static final String GATEWAY_V4 = "192.0.2.254";
    /** The gateway's IPv6 address: the source of its ICMPv6 errors. */
    static final String GATEWAY_V6 = "2001:db8::fe";

    private LabNetwork() {}

    /** The gateway's arguments: link, its addresses, then one rule per target it answers. */
    static List<String> gatewayArguments() {
        List<String> arguments = new ArrayList<>(List.of(GATEWAY_LINK, GATEWAY_V4, GATEWAY_V6));
        for (LabTarget target : LabTarget.values()) {
            target.gatewayAnswer().ifPresent(answer -> {
                arguments.add(target.address());
                arguments.add(answer);
            });
        }
        return arguments;
    }
}
