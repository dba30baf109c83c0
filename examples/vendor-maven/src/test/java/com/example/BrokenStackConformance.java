package com.example;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.RendezvousSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The same suite for the deliberately broken stack. Its name does not end in "Test", so a plain
 * "mvn verify" leaves it out; "mvn test -Dtest=BrokenStackConformance" runs it, and it fails.
 */
@Suite
@IncludeEngines("rendezvous")
@SelectClasses(RendezvousKit.class)
@ConfigurationParameter(key = "rendezvous.stack", value = "com.example.BrokenStack")
@ConfigurationParameter(key = "rendezvous.results.dir", value = "target/conformance-broken")
@ConfigurationParameter(key = "rendezvous.tries", value = "5")
public class BrokenStackConformance extends RendezvousSuite {}
