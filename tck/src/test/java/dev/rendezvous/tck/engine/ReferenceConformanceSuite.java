package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.RendezvousKit;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** A vendor's suite, as the README shows it, naming the reference implementation. */
@Suite
@IncludeEngines("rendezvous")
@SelectClasses(RendezvousKit.class)
@ConfigurationParameter(key = "rendezvous.stack", value = "dev.rendezvous.reference.NioSocketStack")
@ConfigurationParameter(key = "rendezvous.tries", value = "5")
@ConfigurationParameter(
        key = "rendezvous.clauses",
        value = "CONNECT-INITIATES,ERROR-ECONNREFUSED,ERROR-ENETUNREACH-EHOSTUNREACH,ACCEPT-VALUE-RESULT")
class ReferenceConformanceSuite {}
