package dev.rendezvous.reports.render;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.catalogue.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's text cut into sentences, each with the clauses whose quotes cover it.
 *
 * <p>Paragraphs are the runs of lines between blank lines. Within a paragraph, a sentence
 * ends at {@code . ! ?} (optionally followed by a closing parenthesis or quote) before a
 * space and a character that is not lower case, and at the end of a code statement
 * {@code ");"} before a space; "Inc." ends none. A paragraph of capitals only (the web page's
 * navigation bar) is no part of the contract. Every sentence is located in the
 * white-space-normalized text ({@link Spec#normalize}); each clause's quote, cut at
 * {@code ...} into pieces, is located there too, and a clause covers every sentence one of
 * its pieces overlaps. A sentence no clause covers states no behaviour.
 */
public final class SpecSentences {
    private static final Set<String> ABBREVIATIONS = Set.of("Inc.", "e.g.", "i.e.", "etc.");

    /**
     * One sentence of the contract.
     *
     * @param paragraph the 0-based paragraph it stands in
     * @param text the sentence, white space normalized
     * @param start where it starts in the normalized contract
     * @param end where it ends (exclusive)
     * @param clauses the clauses covering it, in the catalogue's order
     */
    public record Sentence(int paragraph, String text, int start, int end, List<Clause> clauses) {
        public Sentence {
            clauses = List.copyOf(clauses);
        }

        /** Whether some clause covers the sentence. */
        public boolean behavioural() {
            return !clauses.isEmpty();
        }
    }

    private SpecSentences() {}

    /** The sentences of {@code specText}, covered by {@code clauses}. */
    public static List<Sentence> of(String specText, List<Clause> clauses) {
        String normalized = Spec.normalize(specText);
        Map<Clause, List<int[]>> ranges = new LinkedHashMap<>();
        for (Clause c : clauses) {
            ranges.put(c, locate(normalized, c.quote()));
        }
        List<Sentence> out = new ArrayList<>();
        int cursor = 0;
        String[] paragraphs = specText.split("\\R([ \\t\\u00a0]*\\R)+");
        for (int p = 0; p < paragraphs.length; p++) {
            if (pageChrome(paragraphs[p])) {
                continue;
            }
            for (String text : split(Spec.normalize(paragraphs[p]))) {
                int start = normalized.indexOf(text, cursor);
                if (start < 0) {
                    throw new IllegalStateException("sentence not found in the contract: " + text);
                }
                int end = start + text.length();
                cursor = end;
                List<Clause> covering = new ArrayList<>();
                ranges.forEach((c, rs) -> {
                    if (rs.stream().anyMatch(r -> r[0] < end && r[1] > start)) {
                        covering.add(c);
                    }
                });
                out.add(new Sentence(p, text, start, end, covering));
            }
        }
        return out;
    }

    /**
     * Whether a paragraph is the web page's navigation rather than the contract's text: words in
     * capitals only, no sentence ("DOC HOME SITE MAP MAN PAGES ...").
     */
    static boolean pageChrome(String paragraph) {
        return paragraph.chars().anyMatch(Character::isUpperCase)
                && paragraph.chars().noneMatch(Character::isLowerCase)
                && paragraph.chars().noneMatch(c -> c == '.' || c == '(' || c == ',');
    }

    /** The clauses of {@code clauses} that cover no sentence (their quote is not in the text). */
    public static List<Clause> unplaced(List<Sentence> sentences, List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (sentences.stream().noneMatch(s -> s.clauses().contains(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Where each piece of {@code quote} stands in {@code normalized}: [start, end) pairs. */
    static List<int[]> locate(String normalized, String quote) {
        List<int[]> out = new ArrayList<>();
        int after = 0;
        for (String piece : Spec.normalize(quote).split("\\.\\.\\.|…")) {
            String p = piece.trim();
            if (p.isEmpty()) {
                continue;
            }
            int at = normalized.indexOf(p, after);
            if (at < 0) {
                at = normalized.indexOf(p);
            }
            if (at >= 0) {
                out.add(new int[] {at, at + p.length()});
                after = at + p.length();
            }
        }
        return out;
    }

    /** The sentences of one normalized paragraph. */
    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            int end = sentenceEnd(paragraph, i);
            if (end > 0) {
                out.add(paragraph.substring(from, end).trim());
                from = end;
                i = end - 1;
            }
        }
        String rest = paragraph.substring(from).trim();
        if (!rest.isEmpty() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The end of a sentence whose last mark is at {@code i}, or -1 when none ends there. */
    private static int sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        int j = i + 1;
        if (c == ';' && i > 0 && s.charAt(i - 1) == ')') {
            return j < s.length() && s.charAt(j) == ' ' ? j : -1;
        }
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        while (j < s.length() && ")'\"".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j + 1 >= s.length() || s.charAt(j) != ' ' || Character.isLowerCase(s.charAt(j + 1))) {
            return -1;
        }
        int wordStart = s.lastIndexOf(' ', i) + 1;
        if (ABBREVIATIONS.contains(s.substring(wordStart, i + 1))) {
            return -1;
        }
        return j;
    }
}
