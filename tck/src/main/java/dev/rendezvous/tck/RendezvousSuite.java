package dev.rendezvous.tck;

/**
 * The class a vendor's {@code @Suite} extends. The JUnit Platform's suite engine never creates
 * an instance of a suite class; a launcher that does treats the suite as a plain test class and
 * would run none of the kit's tests (Maven 3.8's default Surefire 2.12.4 does this and reports
 * "Tests run: 0"). Such a launcher fails here, loudly, instead of passing.
 */
public abstract class RendezvousSuite {
    /** The message of the failure a launcher that cannot run the suite gets. */
    public static final String WRONG_LAUNCHER = "this test launcher runs the Rendezvous suite as a plain test class,"
            + " so none of the kit's clauses would run: use a JUnit Platform launcher"
            + " (Maven: maven-surefire-plugin 3.6.1 or later in <build><plugins>, as the kit's README shows)";

    /**
     * Fails: only a launcher that cannot run JUnit Platform suites creates a suite's instance.
     *
     * @throws IllegalStateException always, with {@link #WRONG_LAUNCHER}
     */
    protected RendezvousSuite() {
        throw new IllegalStateException(WRONG_LAUNCHER);
    }
}
