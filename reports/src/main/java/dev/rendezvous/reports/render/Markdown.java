package dev.rendezvous.reports.render;

/** Escaping for Markdown text and table cells, and fenced code blocks that cannot be broken out of. */
public final class Markdown {
    private static final String SPECIAL = "\\`*_[]<>|~&";
    private static final String SPECIAL_FIRST = "#+-=";

    private Markdown() {}

    /**
     * {@code s} as literal inline text: every character Markdown (or HTML inside it) could
     * read as markup is backslash-escaped (and a leading {@code # + - =}, which could start a
     * heading or a list), line breaks become spaces, and control characters U+FFFD.
     */
    public static String text(String raw) {
        String s = Xml.clean(raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0 || (i == 0 && SPECIAL_FIRST.indexOf(c) >= 0)) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Reverses {@link #text}: removes the backslash before every escaped character. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\'
                    && i + 1 < s.length()
                    && (SPECIAL.indexOf(s.charAt(i + 1)) >= 0
                            || (i == 0 && SPECIAL_FIRST.indexOf(s.charAt(i + 1)) >= 0))) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s} cut to at most {@code max} characters, with an ellipsis when cut. */
    public static String shorten(String s, int max) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return one.length() <= max
                ? one
                : one.substring(0, Math.max(0, max - 1)).trim() + "…";
    }

    /** A fenced code block holding {@code body} verbatim, with a fence longer than any backtick run in it. */
    public static String codeBlock(String raw) {
        String body = Xml.clean(raw);
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        String text = body.endsWith("\n") ? body : body + "\n";
        return fence + "text\n" + text + fence + "\n";
    }

    /** {@code s} as an inline code span, delimited by more backticks than any run inside it. */
    public static String code(String s) {
        String one = Xml.clean(s).replaceAll("[\\r\\n]+", " ");
        int longest = longestBacktickRun(one);
        String ticks = "`".repeat(longest + 1);
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return ticks + pad + one + pad + ticks;
    }

    private static int longestBacktickRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A table row of the given (already escaped) cells. */
    public static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The delimiter row under a header of {@code n} columns. */
    public static String delimiter(int n) {
        return "|" + " --- |".repeat(n) + "\n";
    }
}
