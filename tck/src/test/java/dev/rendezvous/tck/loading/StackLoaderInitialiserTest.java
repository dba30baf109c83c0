package dev.rendezvous.tck.loading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.tck.mutants.ForwardingStack;
import org.junit.jupiter.api.Test;

/** An implementation whose static initialiser throws is told apart from one that is missing. */
class StackLoaderInitialiserTest {
    /** An implementation whose class cannot be initialised. */
    public static class ThrowsInStaticInitialiser extends ForwardingStack {
        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("no licence file");
            }
        }
    }

    @Test
    void a_throwing_static_initialiser_is_named_with_what_it_threw() {
        ClassLoader loader = getClass().getClassLoader();
        String name = ThrowsInStaticInitialiser.class.getName();

        assertThatThrownBy(() -> StackLoader.load(name, loader))
                .isInstanceOf(KitException.class)
                .hasMessage("the static initialiser of " + name
                        + " threw java.lang.IllegalStateException: no licence file");
    }
}
