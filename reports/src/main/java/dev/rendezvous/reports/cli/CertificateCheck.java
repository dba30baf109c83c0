package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.model.BadInputException;
import dev.rendezvous.reports.model.FileDigest;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.render.Certification;
import dev.rendezvous.reports.render.JarDigests;
import dev.rendezvous.reports.verdict.Conformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a certification summary against the results file it names: the results file's bytes,
 * the kit's and the implementation's jars against the SHA-256 the summary records, and the
 * verdict recomputed from the results file's clauses against the summary's. A certification
 * holds only when every digest matches, the verdicts agree, and the run is a certification
 * run that conforms.
 */
final class CertificateCheck {
    private CertificateCheck() {}

    /** What is wrong with {@code cert} as a certification of {@code resultsFile}; empty when it holds. */
    static List<String> problems(Certification cert, Path resultsFile) {
        List<String> problems = new ArrayList<>();
        FileDigest actual = ResultsReader.digest(resultsFile);
        if (!actual.sha256().equals(cert.results().sha256())) {
            problems.add(
                    "the results file " + resultsFile + " is not the one certified: its SHA-256 is " + actual.sha256()
                            + ", the certification records " + cert.results().sha256());
        }
        Results r = ResultsReader.read(resultsFile);
        for (Map.Entry<Verdict, Integer> e : r.counts().entrySet()) {
            Integer stated = r.summary().get(e.getKey().name());
            if (stated != null && !stated.equals(e.getValue())) {
                problems.add("the results file's summary states " + stated + " " + e.getKey() + ", its clauses hold "
                        + e.getValue());
            }
        }
        Conformance verdict = Conformance.of(r);
        if (!verdict.headline().equals(cert.headline()) || verdict.certified() != cert.certified()) {
            problems.add("the certification says \"" + cert.headline() + "\", the results file says \""
                    + verdict.headline() + "\"");
        }
        jar("the kit's jar", cert.kitJar(), problems);
        if (cert.implementationJars().isEmpty()) {
            problems.add("the certification records no jar of the implementation");
        }
        for (JarDigest j : cert.implementationJars()) {
            jar("the implementation's jar", j, problems);
        }
        if (r.provenance() != null
                && r.provenance().kitJar() != null
                && !r.provenance().kitJar().sha256().equals(cert.kitJar().sha256())) {
            problems.add("the results file records another kit jar than the certification: "
                    + r.provenance().kitJar().sha256());
        }
        if (!verdict.certified()) {
            problems.add("not a certified result: " + verdict.headline());
        }
        return problems;
    }

    private static void jar(String what, JarDigest recorded, List<String> problems) {
        if (!recorded.sha256().matches("[0-9a-f]{64}")) {
            problems.add(what + " has no recorded SHA-256 (" + recorded.sha256() + ")");
            return;
        }
        Path p = Path.of(recorded.path());
        if (!Files.isRegularFile(p)) {
            problems.add(what + " " + recorded.path() + " is not there to be checked");
            return;
        }
        String now;
        try {
            now = JarDigests.of(p).sha256();
        } catch (BadInputException e) {
            problems.add(what + " " + recorded.path() + " cannot be read: " + e.getMessage());
            return;
        }
        if (!now.equals(recorded.sha256())) {
            problems.add(what + " " + recorded.path() + " has changed: its SHA-256 is " + now
                    + ", the certification records " + recorded.sha256());
        }
    }
}
