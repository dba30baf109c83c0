package dev.rendezvous.tck.harness;

import dev.rendezvous.api.AddressFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which claimed families a property's passed cases covered. A property that holds only for some
 * of the families it ranges over has not been shown to hold for the others: a claimed family
 * without a single passed case keeps its clause from PASSED.
 *
 * @param families the claimed families the property ranges over (AF_ numbers), in order
 * @param passed how many cases passed, by the family each drew (empty when the property draws
 *     no family through its case)
 */
record FamilyCoverage(List<Integer> families, Map<Integer, Integer> passed) {

    /** The claimed families no passed case drew; none when the property draws no family. */
    List<Integer> missing() {
        if (passed.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int f : families) {
            if (passed.getOrDefault(f, 0) == 0) {
                out.add(f);
            }
        }
        return out;
    }

    /** The cases per family, {@code INET 9, INET6 8, UNIX 8}; {@code N cases} when the property draws no family. */
    String describe(int cases) {
        if (passed.isEmpty()) {
            return cases + (cases == 1 ? " case" : " cases");
        }
        return families.stream()
                .map(f -> familyName(f) + " " + passed.getOrDefault(f, 0))
                .collect(Collectors.joining(", "));
    }

    /** Why the property is not verified: the claimed families it ran no case of. */
    String whyNotVerified() {
        return "no case of "
                + missing().stream().map(FamilyCoverage::familyName).collect(Collectors.joining(", "))
                + " held (cases that held: " + describe(0) + ")";
    }

    private static String familyName(int family) {
        return AddressFamily.name(family).substring("AF_".length());
    }
}
