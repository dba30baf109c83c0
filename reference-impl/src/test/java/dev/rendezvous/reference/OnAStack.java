package dev.rendezvous.reference;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a fresh reference implementation per test, whose sockets are closed after it. */
abstract class OnAStack {
    @TempDir
    Path dir;

    StackFixture t;

    @BeforeEach
    void open() {
        t = new StackFixture(dir);
    }

    @AfterEach
    void closeAll() {
        t.close();
    }

    /** Runs the test only where this machine lets the implementation claim the family. */
    void claimed(Family f) {
        assumeThat(t.stack.features()).as("feature claimed on this machine").contains(f.feature);
    }
}
