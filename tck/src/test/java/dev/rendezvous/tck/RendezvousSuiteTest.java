package dev.rendezvous.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A launcher that runs a vendor's suite as a plain test class (Maven's default Surefire 2.12.4) fails loudly. */
class RendezvousSuiteTest {
    /** A vendor's suite, as the README shows it. */
    public static class VendorSuite extends RendezvousSuite {}

    @Test
    void creating_a_suite_as_a_plain_test_class_fails_naming_the_launcher_to_use() {
        assertThatThrownBy(VendorSuite::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none of the kit's clauses would run")
                .hasMessageContaining("maven-surefire-plugin 3.6.1");
    }
}
