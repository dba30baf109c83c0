package dev.rendezvous.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;
import dev.rendezvous.tck.results.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;

/** A failure under a vendor's suite says how to pass its token: to Maven, and to the command line. */
class ReplayHintTest {
    private static final String TOKEN = "rv1:ACCEPT-VALUE-RESULT/accept-lengths:-1:0.0.0:abc";

    private static ClauseResult failed() {
        FailingCase x = new FailingCase("ACCEPT-VALUE-RESULT/accept-lengths", "it broke", List.of(), List.of(), 0, "");
        return new ClauseResult(Catalogue.require("ACCEPT-VALUE-RESULT"), Verdict.FAILED, "it broke", 1, 1, x, TOKEN);
    }

    @Test
    void under_a_suite_of_a_maven_project_the_failure_shows_the_maven_command_and_the_command_line() {
        UniqueId root = UniqueId.forEngine("junit-platform-suite")
                .append("suite", "com.example.MyStackConformanceTest")
                .append("engine", "rendezvous");
        ReplayHint hint = new ReplayHint(
                ReplayHint.of(root, null).suiteClass(),
                Optional.of(Path.of("/work/my stack/pom.xml")),
                Optional.of("com.example.MyStack"),
                Optional.of(Path.of("/work/my stack/target/classes")));

        String text = FailureText.of(failed(), hint);

        assertThat(text)
                .contains("replay: " + TOKEN)
                .contains("with Maven: mvn -f '/work/my stack/pom.xml' test -Dtest=MyStackConformanceTest -D"
                        + "rendezvous.replay=" + TOKEN)
                .contains("with the kit's command line: java -jar rendezvous.jar run --impl com.example.MyStack"
                        + " --impl-jar '/work/my stack/target/classes' --replay " + TOKEN);
    }

    @Test
    void outside_a_suite_the_failure_names_the_system_property() {
        ReplayHint hint = ReplayHint.of(UniqueId.forEngine("rendezvous"), null);

        assertThat(hint.suiteClass()).isEmpty();
        assertThat(FailureText.of(failed(), hint))
                .contains("in this build: set -Drendezvous.replay=" + TOKEN + " for the test JVM")
                .doesNotContain("java -jar");
    }

    @Test
    void the_implementation_is_found_where_its_class_was_loaded_from() {
        ReplayHint hint = ReplayHint.of(UniqueId.forEngine("rendezvous"), ReplayHintTest.class.getName());

        assertThat(hint.stackPath())
                .hasValueSatisfying(p -> assertThat(p).isAbsolute().isDirectory());
    }
}
