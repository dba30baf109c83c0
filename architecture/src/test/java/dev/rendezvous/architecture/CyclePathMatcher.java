package dev.rendezvous.architecture;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells two frozen cycle violations apart by the packages they pass through, in order, and nothing
 * else: a cycle that is already frozen stays known when the dependencies along it change (a new call
 * between two packages already in the cycle), while a cycle through another set of packages is new.
 * Lines of any other violation are compared with their source line numbers left out.
 */
final class CyclePathMatcher implements ViolationLineMatcher {

    private static final Pattern SLICE = Pattern.compile("Slice ([^ \\n]+)");
    private static final Pattern DETAILS = Pattern.compile("\\n\\s*1\\. Dependencies of ");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\.java:\\d+\\)");

    @Override
    public boolean matches(String first, String second) {
        if (isCycle(first) && isCycle(second)) {
            return path(first).equals(path(second));
        }
        return withoutLineNumbers(first).equals(withoutLineNumbers(second));
    }

    private static boolean isCycle(String violation) {
        return violation.startsWith("Cycle detected: ");
    }

    /** The slices of the cycle, rotated to start at the smallest name (without the closing repeat). */
    static List<String> path(String violation) {
        Matcher details = DETAILS.matcher(violation);
        String header = details.find() ? violation.substring(0, details.start()) : violation;
        List<String> slices = new ArrayList<>();
        Matcher slice = SLICE.matcher(header);
        while (slice.find()) {
            slices.add(slice.group(1));
        }
        if (slices.size() > 1 && slices.get(0).equals(slices.get(slices.size() - 1))) {
            slices.remove(slices.size() - 1);
        }
        if (!slices.isEmpty()) {
            Collections.rotate(slices, -slices.indexOf(Collections.min(slices)));
        }
        return slices;
    }

    private static String withoutLineNumbers(String violation) {
        return LINE_NUMBER.matcher(violation).replaceAll(".java)");
    }
}
