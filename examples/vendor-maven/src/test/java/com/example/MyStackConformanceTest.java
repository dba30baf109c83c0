package com.example;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.RendezvousSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@IncludeEngines("rendezvous")
@SelectClasses(RendezvousKit.class)
@ConfigurationParameter(key = "rendezvous.stack", value = "com.example.MyStack")
@ConfigurationParameter(key = "rendezvous.results.dir", value = "target/conformance")
@ConfigurationParameter(key = "rendezvous.tries", value = "5")
public class MyStackConformanceTest extends RendezvousSuite {}
