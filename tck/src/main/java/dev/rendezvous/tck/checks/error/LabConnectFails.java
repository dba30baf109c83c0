package dev.rendezvous.tck.checks.error;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Families;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.LabProperty;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Pending;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.lab.LabGaps;
import dev.rendezvous.tck.lab.LabTarget;
import dev.rendezvous.tck.lab.LabTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * A connection error of the contract, provoked for real in the network lab: connect an unbound
 * socket to a lab target that provokes it. Each ERROR-* clause judges what its sentence states:
 * the call fails with one of the allowed errnos, within the target's time window (a real wait
 * for ETIMEDOUT, at once for the others). CONNECT-NAME-REMAINS judges what its sentence states
 * after every one of those failures: the name the system bound automatically remains (same
 * family, true length, a non-zero port where a SYN went out), whichever errno the failure gave.
 */
public class LabConnectFails extends LabProperty {
    /** The clause whose sentence the name after a failed connect is judged by. */
    public static final String NAME_REMAINS = "CONNECT-NAME-REMAINS";

    private final Set<Errno> provoking;
    private final Errno[] allowed;
    private final LongSupplier nanoClock;

    /**
     * @param provoking the targets to use are those that provoke one of these
     * @param allowed what the clause accepts
     */
    protected LabConnectFails(String clauseId, String name, Set<Errno> provoking, Errno... allowed) {
        this(System::nanoTime, clauseId, name, provoking, allowed);
    }

    private LabConnectFails(
            LongSupplier nanoClock, String clauseId, String name, Set<Errno> provoking, Errno... allowed) {
        super(clauseId, name);
        this.provoking = EnumSet.copyOf(provoking);
        this.allowed = allowed.clone();
        this.nanoClock = nanoClock;
    }

    /**
     * The same property, timing each connect by {@code nanoClock} (nanoseconds, as
     * {@link System#nanoTime()} counts them) instead of the system's clock.
     */
    LabConnectFails timedBy(LongSupplier nanoClock) {
        return new LabConnectFails(nanoClock, clause().id(), name(), provoking, allowed);
    }

    private boolean judgesName() {
        return clause().id().equals(NAME_REMAINS);
    }

    @Override
    public int maxTries() {
        return provoking.contains(Errno.ETIMEDOUT) ? 1 : 6;
    }

    /** The slowest target (ETIMEDOUT) takes up to 8 s by design. */
    @Override
    public Duration callDeadline(Knobs knobs) {
        return Collections.max(List.of(knobs.callDeadline(), Duration.ofSeconds(12)));
    }

    /** Every case connects once per claimed family (to each kind of target, for the name), all at once. */
    @Override
    public boolean eachCaseCoversEveryFamily() {
        return true;
    }

    /**
     * The claimed families in which no setup provokes any of this property's errnos (IPv6 has
     * no EHOSTDOWN, no family ENETDOWN, on Linux), with the reason.
     */
    @Override
    public Optional<String> uncheckedFamilies(List<Integer> claimed) {
        List<String> gaps = new ArrayList<>();
        for (int family : claimed) {
            List<String> why = provoking.stream()
                    .map(e -> LabGaps.whyNoTarget(e, family))
                    .flatMap(Optional::stream)
                    .toList();
            if (why.size() == provoking.size()) {
                gaps.add(AddressFamily.name(family).substring("AF_".length()) + " not provoked: "
                        + String.join("; ", why));
            }
        }
        return gaps.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", gaps));
    }

    @Override
    public void check(Case c) throws Exception {
        check(c, c.lab());
    }

    /** The check, with the targets of {@code lab}: the lab the case runs in. */
    void check(Case c, LabDescription lab) throws Exception {
        List<Integer> families = Families.claimedAmong(families(), c.claimed());
        List<LabTarget> targets = lab.targets().stream()
                .filter(t ->
                        families.contains(t.family()) && t.expected().stream().anyMatch(provoking::contains))
                .collect(Collectors.toList());
        if (targets.isEmpty()) {
            String why = families.stream()
                    .flatMap(f -> provoking.stream().map(e -> LabGaps.whyNoTarget(e, f)))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse("the lab offers no such target");
            throw new NotVerifiedException(why);
        }
        List<LabTarget> chosen = new ArrayList<>();
        for (int family : families) {
            List<LabTarget> ofFamily =
                    targets.stream().filter(t -> t.family() == family).collect(Collectors.toList());
            if (judgesName()) {
                Map<Set<Errno>, List<LabTarget>> byKind = ofFamily.stream()
                        .collect(Collectors.groupingBy(LabTarget::expected, LinkedHashMap::new, Collectors.toList()));
                byKind.values().forEach(kind -> chosen.add(c.choices().pick(kind)));
            } else if (!ofFamily.isEmpty()) {
                chosen.add(c.choices().pick(ofFamily));
            }
            if (ofFamily.isEmpty() && uncheckedFamilies(List.of(family)).isEmpty()) {
                throw new NotVerifiedException("the network lab offers no target for " + provoking + " in "
                        + AddressFamily.name(family) + " although such a target can be made");
            }
        }
        // One target per family, connected at once: the families' waits (ETIMEDOUT's seconds) overlap.
        List<Pending<Void>> attempts = new ArrayList<>();
        for (LabTarget target : chosen) {
            attempts.add(c.inBackground("connect to " + target.describe(), () -> {
                attempt(c, target);
                return null;
            }));
        }
        for (Pending<Void> a : attempts) {
            a.await(callDeadline(c.knobs()));
        }
    }

    private void attempt(Case c, LabTarget target) throws Exception {
        int family = target.family();
        Sockaddr destination = Sockaddr.inet(target.socketAddress());
        int fd = c.socket(family);
        if (judgesName()) {
            Errno got = FailedConnect.outcome(c, fd, destination.bytes(), destination.length());
            if (got == null) {
                throw new NotVerifiedException("connect to " + destination.describe() + " (" + target.how()
                        + ") succeeded: there is no failed connect to check the name after");
            }
            expectNameRemains(c, fd, target, got);
            return;
        }
        long start = nanoClock.getAsLong();
        Errno got = Expect.errno(
                "connect(" + destination.describe() + ") where " + target.how(),
                () -> c.stack().connect(fd, destination.bytes(), destination.length()),
                allowed);
        Duration took = Duration.ofNanos(nanoClock.getAsLong() - start);
        LabTiming timing = target.timing();
        Duration max =
                Duration.ofNanos((long) (timing.max().toNanos() * c.knobs().scale()));
        Expect.that(
                took.compareTo(timing.min()) >= 0 && took.compareTo(max) < 0,
                "connect to %s (%s) failed with %s after %d ms, outside the expected window %s",
                destination.describe(),
                target.how(),
                got.name(),
                took.toMillis(),
                max.equals(timing.max())
                        ? timing.window()
                        : "[" + timing.min().toMillis() + " ms, " + max.toMillis() + " ms)");
    }

    /** After the failed connect on {@code fd} to {@code target}, the name the system bound remains. */
    private static void expectNameRemains(Case c, int fd, LabTarget target, Errno got) {
        int family = target.family();
        Sockaddr name;
        try {
            name = c.nameOf(fd);
        } catch (ErrnoException e) {
            throw new dev.rendezvous.tck.check.Violation("after connect failed with " + got.name()
                    + ", getsockname failed with " + e.errno().describe()
                    + ": the name automatically bound by the system must remain");
        }
        int size = family == AddressFamily.AF_INET ? Sockaddr.SIZEOF_SOCKADDR_IN : Sockaddr.SIZEOF_SOCKADDR_IN6;
        // A SYN that went out needed a name, so one was bound and must remain; a connect refused by
        // the local routing table fails before any name is needed ("if necessary"): port 0 is allowed.
        boolean synSent = target.timing() != LabTiming.INSTANT;
        Expect.that(
                name.family() == family && name.length() == size && (name.port() != 0 || !synSent),
                "after connect failed with %s (%s), the name automatically bound by the system does not remain:"
                        + " getsockname gave %s (expected family %s, length %d%s)",
                got.name(),
                target.how(),
                name,
                AddressFamily.name(family),
                size,
                synSent ? " and the non-zero port bound for the SYN" : "");
    }

    @Override
    public String toString() {
        return id() + " " + Arrays.toString(allowed);
    }
}
