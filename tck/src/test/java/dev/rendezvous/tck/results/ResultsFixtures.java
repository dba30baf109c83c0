package dev.rendezvous.tck.results;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.property.ShrinkPass;
import java.util.List;
import java.util.Map;

/** Small results for the results' own tests. */
final class ResultsFixtures {
    static final Clause BIND_LISTEN = Catalogue.require("SERVER-BIND-LISTEN");
    static final Clause INITIATES = Catalogue.require("CONNECT-INITIATES");

    private ResultsFixtures() {}

    static ClauseResult passed(Clause c) {
        return new ClauseResult(c, Verdict.PASSED, "held for p (3 cases)", 3, 12, null, null);
    }

    static ClauseResult failed(Clause c) {
        FailingCase x = new FailingCase(
                c.id() + "/names",
                c.id() + " broke: the name differs",
                List.of("socket(AF_INET, SOCK_STREAM) = 3", "bind(3, ...) -> EINVAL (22)"),
                List.of(1L, 0L, -1L),
                17,
                "\"rendezvous-case\" RUNNABLE\n",
                List.of(new ShrinkPass("delete-groups", 9, 2), new ShrinkPass("lower-each", 8, 0)));
        return new ClauseResult(c, Verdict.FAILED, "property names broke: the name differs", 9, 250, x, "rv1:x:1::0");
    }

    static RunResult run(List<ClauseResult> clauses) {
        return new RunResult(
                "rendezvous-tck",
                "0.1.0",
                "scripted",
                "0.1",
                "dev.example.Scripted",
                List.of("INET", "UNIX"),
                Map.of("lab", "absent"),
                Map.of("quietMillis", 100L),
                -7L,
                50,
                false,
                clauses);
    }
}
