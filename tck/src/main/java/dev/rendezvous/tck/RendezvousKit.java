package dev.rendezvous.tck;

/**
 * Select this class in a JUnit Platform {@code @Suite} to run the kit:
 * <pre>
 * &#64;Suite
 * &#64;IncludeEngines("rendezvous")
 * &#64;SelectClasses(RendezvousKit.class)
 * &#64;ConfigurationParameter(key = "rendezvous.stack", value = "com.example.MyStack")
 * class MyStackConformanceTest {}
 * </pre>
 * Every clause of the catalogue becomes one test: PASSED succeeds, FAILED fails with the shrunk
 * counterexample, NOT_CLAIMED and NOT_VERIFIED are skipped with their reason.
 */
public final class RendezvousKit {
    private RendezvousKit() {}
}
