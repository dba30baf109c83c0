package dev.rendezvous.tck.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A driver's argument vector from the one string {@code --driver} and {@code rendezvous.driver}
 * take: words split at blanks, as a POSIX shell splits them — single quotes keep everything,
 * double quotes keep blanks, a backslash keeps the next character. Nothing is expanded
 * ({@code $}, {@code *}, {@code ~} are plain characters): no shell runs.
 */
public final class DriverCommand {
    private DriverCommand() {}

    /**
     * The words of {@code command}.
     *
     * @throws IllegalArgumentException for no words, or an unclosed quote
     */
    public static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < command.length()) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the driver command has an unclosed " + quote + " quote: " + command);
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the driver command is empty");
        }
        return words;
    }
}
