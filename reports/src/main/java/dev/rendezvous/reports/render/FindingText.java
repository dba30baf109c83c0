package dev.rendezvous.reports.render;

/**
 * A failure's message made short for a summary: the contract's sentence it quotes (between « and
 * ») may be shortened, the finding (what broke) never.
 */
public final class FindingText {
    /** The shortest a shortened quote is kept. */
    private static final int SHORTEST_QUOTE = 40;

    private FindingText() {}

    /** {@code message} on one line, its quote shortened so that the whole fits in {@code max} where it can. */
    public static String shortened(String message, int max) {
        String one = message == null ? "" : message.replaceAll("\\s+", " ").trim();
        int open = one.indexOf('«');
        int close = open < 0 ? -1 : one.indexOf('»', open);
        if (one.length() <= max || close < 0) {
            return one;
        }
        String quote = one.substring(open + 1, close);
        int room = Math.max(SHORTEST_QUOTE, max - (one.length() - quote.length()));
        return one.substring(0, open + 1) + Markdown.shorten(quote, room) + one.substring(close);
    }
}
