package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.FileDigest;
import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certification summary a vendor attaches to a release: which kit (version and the
 * SHA-256 of its jar) judged which implementation (name, version, class and the SHA-256 of
 * its jars), with which features, seed, tries and date, what it found, and the SHA-256 of the
 * results file it was made from. {@code rendezvous verify} checks every digest and recomputes
 * the verdict from the results file.
 *
 * @param kitName the kit's name
 * @param kitVersion the kit's version
 * @param kitJar the kit's jar and its digest
 * @param implementationName the implementation's name
 * @param implementationVersion its version
 * @param implementationClass the class that was run
 * @param implementationJars its jar(s) and their digests
 * @param features the features it claims
 * @param seed the seed of the run
 * @param tries the tries per property
 * @param strict whether the run was strict
 * @param date when the run finished
 * @param counts clauses per verdict name, in verdict order
 * @param results the results file the summary was made from and its SHA-256 (unknown when the
 *     results were not read from a file)
 * @param headline the first line: "Conformant" only for a certification run that conforms,
 *     otherwise why not ({@link Conformance#headline()})
 * @param gatePassed whether no clause FAILED
 * @param conformant whether the results show conformance
 * @param certified whether this is a certification run that conforms
 */
public record Certification(
        String kitName,
        String kitVersion,
        JarDigest kitJar,
        String implementationName,
        String implementationVersion,
        String implementationClass,
        List<JarDigest> implementationJars,
        List<String> features,
        long seed,
        int tries,
        boolean strict,
        String date,
        Map<String, Integer> counts,
        FileDigest results,
        String headline,
        boolean gatePassed,
        boolean conformant,
        boolean certified) {

    public Certification {
        implementationJars = List.copyOf(implementationJars);
        features = List.copyOf(features);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        results = results == null ? new FileDigest("", "unknown (not read from a file)") : results;
    }

    /**
     * The summary of {@code r}. The jars and the date come from the file's provenance when it
     * records them; otherwise the kit's jar is the one this code runs from, the implementation's
     * is the jar of its class when that class can be loaded here, and the date is
     * {@code fallbackDate}.
     */
    public static Certification of(Results r, String fallbackDate) {
        JarDigest kit = r.provenance() != null && r.provenance().kitJar() != null
                ? r.provenance().kitJar()
                : JarDigests.ofClass(Certification.class);
        List<JarDigest> impl =
                r.provenance() != null && !r.provenance().implementationJars().isEmpty()
                        ? r.provenance().implementationJars()
                        : List.of(implementationJar(r.implementation().className()));
        String date = r.provenance() != null && r.provenance().date() != null
                ? r.provenance().date()
                : fallbackDate;
        Conformance verdict = Conformance.of(r);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v.name(), r.count(v));
        }
        return new Certification(
                r.kit().name(),
                r.kit().version(),
                kit,
                r.implementation().name(),
                r.implementation().version(),
                r.implementation().className(),
                impl,
                r.features(),
                r.seed(),
                r.tries(),
                r.strict(),
                date,
                counts,
                r.source(),
                verdict.headline(),
                verdict.gatePassed(),
                verdict.conformant(),
                verdict.certified());
    }

    private static JarDigest implementationJar(String className) {
        try {
            return JarDigests.ofClass(Class.forName(className, false, Certification.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return new JarDigest("", "unknown (class not on this class path; give its jar with --impl-jar)");
        }
    }
}
