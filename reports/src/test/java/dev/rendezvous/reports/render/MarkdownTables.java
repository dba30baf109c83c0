package dev.rendezvous.reports.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Markdown tables back: rows split at unescaped pipes, cells unescaped. */
final class MarkdownTables {
    private MarkdownTables() {}

    /** The rows of the table whose header's first cell is {@code firstHeading}, header row included. */
    static List<List<String>> table(String md, String firstHeading) {
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                if (in) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (!in && cells.get(0).equals(firstHeading)) {
                in = true;
            }
            if (in && !cells.stream().allMatch(c -> c.matches("-{3,}"))) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            throw new AssertionError("no table headed " + firstHeading + " in:\n" + md);
        }
        return rows;
    }

    /** A two-column table as a map from the first cell to the second (header row left out). */
    static Map<String, String> twoColumns(String md, String firstHeading) {
        Map<String, String> m = new LinkedHashMap<>();
        List<List<String>> rows = table(md, firstHeading);
        for (List<String> row : rows.subList(1, rows.size())) {
            m.put(row.get(0), row.get(1));
        }
        return m;
    }

    /** The cells of one row. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.trim();
        body = body.substring(1, body.endsWith("|") && !body.endsWith("\\|") ? body.length() - 1 : body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                cell.append(c).append(body.charAt(++i));
            } else if (c == '|') {
                out.add(Markdown.unescape(cell.toString().trim()).replace("**", ""));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(Markdown.unescape(cell.toString().trim()).replace("**", ""));
        return out;
    }
}
