package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.results.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes renderings of results files into a folder, each file atomically. One results file
 * gives {@code report.html}, {@code report.md}, {@code TEST-rendezvous.xml},
 * {@code certification.md} and {@code certification.json}; several give one of each per
 * file, named after the implementation ({@code report-NAME.html}, ...). The matrix
 * ({@code matrix.html}, {@code matrix.md}) and the spec-reference document
 * ({@code spec-reference.html}, {@code spec-reference.md}) take all files at once.
 * {@link Format#JSON} writes nothing here: the run writes the results file, and {@code report}
 * copies the files it was given.
 */
public final class ReportWriter {
    /** Every file {@link #write} can write for a single results file. */
    public static final List<String> SINGLE_RESULTS_FILES = List.of(
            "report.html",
            "report.md",
            "TEST-rendezvous.xml",
            "certification.md",
            "certification.json",
            "matrix.html",
            "matrix.md",
            "spec-reference.html",
            "spec-reference.md");

    private ReportWriter() {}

    /**
     * Writes the {@code formats} of {@code results} into {@code dir}.
     *
     * @param date the date a certification summary states when a file does not record its own
     * @return the files written, in order
     */
    public static List<Path> write(List<Results> results, Set<Format> formats, Path dir, String date) {
        List<Path> written = new ArrayList<>();
        List<String> suffixes = suffixes(results);
        for (int i = 0; i < results.size(); i++) {
            Results r = results.get(i);
            String s = suffixes.get(i);
            if (formats.contains(Format.HTML)) {
                written.add(put(dir.resolve("report" + s + ".html"), HtmlReport.render(r)));
            }
            if (formats.contains(Format.MD)) {
                written.add(put(dir.resolve("report" + s + ".md"), MarkdownReport.render(r)));
            }
            if (formats.contains(Format.JUNIT)) {
                written.add(put(dir.resolve("TEST-rendezvous" + s + ".xml"), JunitXmlReport.render(r)));
            }
            if (formats.contains(Format.CERT)) {
                Certification c = Certification.of(r, date);
                written.add(put(dir.resolve("certification" + s + ".md"), CertificationMarkdown.render(c)));
                written.add(put(dir.resolve("certification" + s + ".json"), CertificationJson.render(c)));
            }
        }
        if (formats.contains(Format.MATRIX)) {
            written.add(put(dir.resolve("matrix.html"), HtmlMatrix.render(results)));
            written.add(put(dir.resolve("matrix.md"), MarkdownMatrix.render(results)));
        }
        if (formats.contains(Format.SPEC)) {
            SpecReference doc = new SpecReference(results);
            written.add(put(dir.resolve("spec-reference.html"), HtmlSpecReference.render(doc)));
            written.add(put(dir.resolve("spec-reference.md"), MarkdownSpecReference.render(doc)));
        }
        return written;
    }

    /** The file-name suffix of each results file: none for a single file, else the implementation's name. */
    public static List<String> suffixes(List<Results> results) {
        List<String> out = new ArrayList<>();
        if (results.size() == 1) {
            out.add("");
            return out;
        }
        Set<String> used = new HashSet<>();
        for (Results r : results) {
            String base = "-" + slug(r.implementation().name());
            String s = base;
            for (int n = 2; !used.add(s); n++) {
                s = base + "-" + n;
            }
            out.add(s);
        }
        return out;
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "implementation" : s;
    }

    private static Path put(Path file, String text) {
        try {
            ResultsJson.writeAtomically(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
