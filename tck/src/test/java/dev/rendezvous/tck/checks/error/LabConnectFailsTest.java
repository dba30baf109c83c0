package dev.rendezvous.tck.checks.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.lab.LabMode;
import dev.rendezvous.tck.lab.LabTarget;
import dev.rendezvous.tck.lab.LabTiming;
import dev.rendezvous.tck.property.Choices;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The lab's connection errors, judged in this process: the lab is a description of its targets,
 * and the implementation a stand-in that answers each connect to a target with the errno and
 * after the time the lab would (on a clock of its own, advanced by the stand-in: no real wait).
 */
class LabConnectFailsTest {
    private static final Knobs KNOBS = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(1), 1.0);
    private static final Set<Feature> BOTH = Set.of(Feature.INET, Feature.INET6);
    private static final Set<Feature> V4 = Set.of(Feature.INET);
    private static final List<Property> LAB =
            Checks.all().stream().filter(p -> p instanceof LabConnectFails).toList();

    private static final LabDescription FULL_LAB =
            new LabDescription(LabMode.USER_NAMESPACE, "", "net:[1]", List.of(LabTarget.values()));

    @Test
    void the_lab_properties_are_the_four_errors_it_provokes_with_what_each_accepts_and_the_name_after_them() {
        assertThat(LAB)
                .extracting(Property::toString)
                .containsExactly(
                        "CONNECT-NAME-REMAINS/after-network-errors []",
                        "ERROR-ETIMEDOUT/lost-syns [ETIMEDOUT]",
                        "ERROR-ECONNREFUSED/reset-in-lab [ECONNREFUSED]",
                        "ERROR-ENETDOWN-EHOSTDOWN/status-delivered [ENETDOWN, EHOSTDOWN]",
                        "ERROR-ENETUNREACH-EHOSTUNREACH/no-route-or-gateway-status [ENETUNREACH, EHOSTUNREACH]");
        for (Property p : LAB) {
            assertThat(p.needsLab()).as(p.id()).isTrue();
            assertThat(p.families()).as(p.id()).containsExactlyInAnyOrder(Feature.INET, Feature.INET6);
        }
    }

    @Test
    void only_the_seconds_long_timeout_is_tried_once() {
        assertThat(property("ERROR-ETIMEDOUT").maxTries()).isEqualTo(1);
        assertThat(property("ERROR-ECONNREFUSED").maxTries()).isEqualTo(6);
        assertThat(property("ERROR-ENETUNREACH-EHOSTUNREACH").maxTries()).isEqualTo(6);
    }

    @Test
    void a_call_may_take_twelve_seconds_or_the_knobs_call_deadline_if_longer() {
        LabConnectFails p = property("ERROR-ETIMEDOUT");
        assertThat(p.callDeadline(KNOBS)).isEqualTo(Duration.ofSeconds(12));
        Knobs slow = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(10), 1.0);
        assertThat(p.callDeadline(slow)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void without_the_lab_the_clause_is_not_verified_and_says_why() {
        LabStandIn stack = new LabStandIn();
        Case c = caseOf(property("ERROR-ECONNREFUSED"), stack, BOTH, KNOBS, "not root and no user namespaces");
        assertThatThrownBy(() -> property("ERROR-ECONNREFUSED").check(c))
                .isInstanceOf(NotVerifiedException.class)
                .hasMessage("needs the network lab: not root and no user namespaces");
        assertThat(stack.connected).isEmpty();
    }

    @Test
    void inside_the_lab_this_jvm_runs_in_the_check_uses_its_targets() throws Exception {
        String namespace;
        try {
            namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("no /proc/self/ns/net here: " + e);
            return;
        }
        LabDescription here = new LabDescription(
                LabMode.USER_NAMESPACE, "", namespace, List.of(LabTarget.RESET_V4, LabTarget.RESET_V6));
        LabStandIn stack = new LabStandIn();
        LabConnectFails p = property("ERROR-ECONNREFUSED").timedBy(stack.clock);
        String before = System.getProperty(LabDescription.PROPERTY);
        System.setProperty(LabDescription.PROPERTY, here.encode());
        try {
            p.check(caseOf(p, stack, BOTH, KNOBS, null));
        } finally {
            if (before == null) {
                System.clearProperty(LabDescription.PROPERTY);
            } else {
                System.setProperty(LabDescription.PROPERTY, before);
            }
        }
        assertThat(stack.connected).containsExactlyInAnyOrder(LabTarget.RESET_V4, LabTarget.RESET_V6);
    }

    @Test
    void each_claimed_family_connects_once_to_a_target_that_provokes_the_error() throws Exception {
        LabStandIn stack = new LabStandIn();
        run("ERROR-ENETUNREACH-EHOSTUNREACH", stack, BOTH, FULL_LAB);
        assertThat(stack.connected).hasSize(2);
        assertThat(stack.connected)
                .extracting(LabTarget::family)
                .containsExactlyInAnyOrder(AddressFamily.AF_INET, AddressFamily.AF_INET6);
        assertThat(stack.connected)
                .allSatisfy(t -> assertThat(t.expected()).containsAnyOf(Errno.ENETUNREACH, Errno.EHOSTUNREACH));
    }

    @Test
    void only_the_claimed_families_are_connected() throws Exception {
        LabStandIn stack = new LabStandIn();
        run("ERROR-ECONNREFUSED", stack, V4, FULL_LAB);
        assertThat(stack.connected).singleElement().satisfies(t -> {
            assertThat(t.family()).isEqualTo(AddressFamily.AF_INET);
            assertThat(t.expected()).containsExactly(Errno.ECONNREFUSED);
        });
    }

    @Test
    void every_target_that_provokes_the_error_is_among_those_drawn() throws Exception {
        Set<LabTarget> drawn = EnumSet.noneOf(LabTarget.class);
        for (long seed = 0; seed < 40; seed++) {
            LabStandIn stack = new LabStandIn();
            run("ERROR-ECONNREFUSED", stack, V4, FULL_LAB, seed);
            drawn.addAll(stack.connected);
        }
        assertThat(drawn).containsExactlyInAnyOrder(LabTarget.ICMP_PORT_UNREACHABLE_V4, LabTarget.RESET_V4);
    }

    @Test
    void a_family_no_setup_provokes_the_error_in_is_left_out_and_says_so() throws Exception {
        LabStandIn stack = new LabStandIn();
        run("ERROR-ENETDOWN-EHOSTDOWN", stack, BOTH, FULL_LAB);
        assertThat(stack.connected).containsExactly(LabTarget.ICMP_HOST_UNKNOWN_V4);
        List<Integer> both = List.of(AddressFamily.AF_INET, AddressFamily.AF_INET6);
        assertThat(property("ERROR-ENETDOWN-EHOSTDOWN").uncheckedFamilies(both))
                .hasValueSatisfying(why -> assertThat(why)
                        .startsWith("INET6 not provoked: ")
                        .contains("ENETDOWN")
                        .contains("no ICMPv6 code maps to EHOSTDOWN"));
        assertThat(property("ERROR-ETIMEDOUT").uncheckedFamilies(both)).isEmpty();
        assertThat(property("CONNECT-NAME-REMAINS").uncheckedFamilies(both)).isEmpty();
    }

    @Test
    void a_family_the_lab_lacks_a_target_for_that_can_be_made_is_not_verified() {
        LabStandIn stack = new LabStandIn();
        LabDescription v4TimeoutOnly =
                lab(t -> t.family() == AddressFamily.AF_INET || !t.expected().contains(Errno.ETIMEDOUT));
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", stack, BOTH, v4TimeoutOnly))
                .isInstanceOf(NotVerifiedException.class)
                .hasMessageContaining("no target for [ETIMEDOUT] in AF_INET6");
    }

    @Test
    void one_case_checks_every_claimed_family_at_once() {
        for (Property p : LAB) {
            assertThat(p.eachCaseCoversEveryFamily()).as(p.id()).isTrue();
        }
    }

    @Test
    void where_no_target_provokes_the_error_the_clause_is_not_verified_with_the_lab_gap() {
        LabStandIn stack = new LabStandIn();
        LabDescription withoutGateway = lab(t -> !t.needsGateway());
        assertThatThrownBy(() -> run("ERROR-ENETDOWN-EHOSTDOWN", stack, BOTH, withoutGateway))
                .isInstanceOf(NotVerifiedException.class)
                .hasMessageStartingWith("no setup makes a blocking connect fail with ENETDOWN on Linux");
        assertThatThrownBy(() -> run("ERROR-ECONNREFUSED", stack, BOTH, withoutGateway))
                .isInstanceOf(NotVerifiedException.class)
                .hasMessage("the lab offers no such target");
        assertThat(stack.connected).isEmpty();
    }

    @Test
    void a_lab_that_only_lacks_the_other_family_gives_that_familys_gap() {
        LabStandIn stack = new LabStandIn();
        LabDescription v4Only = lab(t -> t.family() == AddressFamily.AF_INET);
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", stack, Set.of(Feature.INET6), v4Only))
                .isInstanceOf(NotVerifiedException.class)
                .hasMessage("the lab offers no such target");
    }

    @Test
    void the_errno_the_lab_produces_keeps_the_clause() throws Exception {
        for (Property p : LAB) {
            LabStandIn stack = new LabStandIn();
            run(p.clause().id(), stack, BOTH, FULL_LAB);
            assertThat(stack.connected).as(p.id()).isNotEmpty();
        }
    }

    @Test
    void either_errno_of_a_pair_is_accepted_for_any_of_its_targets() throws Exception {
        LabStandIn swapped = new LabStandIn()
                .answering(t -> t.expected().contains(Errno.ENETUNREACH) ? Errno.EHOSTUNREACH : Errno.ENETUNREACH);
        run("ERROR-ENETUNREACH-EHOSTUNREACH", swapped, BOTH, FULL_LAB);
        assertThat(swapped.connected).hasSize(2);
    }

    @Test
    void another_errno_breaks_the_clause_naming_the_target_and_what_came() {
        LabStandIn stack = new LabStandIn().answering(t -> Errno.ECONNREFUSED);
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", stack, V4, FULL_LAB))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("connect(AF_INET 192.0.2.77:9) where on-link host that never answers")
                .hasMessageContaining("expected ETIMEDOUT")
                .hasMessageContaining("got ECONNREFUSED");
    }

    @Test
    void a_connect_that_succeeds_breaks_the_clause() {
        LabStandIn stack = new LabStandIn().answering(t -> null);
        assertThatThrownBy(() -> run("ERROR-ECONNREFUSED", stack, V4, FULL_LAB))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("expected ECONNREFUSED")
                .hasMessageContaining("but the call succeeded");
    }

    @Test
    void a_timeout_must_take_at_least_two_seconds() {
        LabStandIn quick = new LabStandIn().taking(t -> Duration.ofMillis(1999));
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", quick, V4, FULL_LAB))
                .isInstanceOf(Violation.class)
                .hasMessage("connect to AF_INET 192.0.2.77:9 (on-link host that never answers) failed with ETIMEDOUT"
                        + " after 1999 ms, outside the expected window [2 s, 8 s)");
    }

    @Test
    void a_timeout_may_take_from_two_seconds_to_just_under_eight() throws Exception {
        run("ERROR-ETIMEDOUT", new LabStandIn().taking(t -> Duration.ofSeconds(2)), BOTH, FULL_LAB);
        run("ERROR-ETIMEDOUT", new LabStandIn().taking(t -> Duration.ofMillis(7999)), BOTH, FULL_LAB);
        LabStandIn slow = new LabStandIn().taking(t -> Duration.ofSeconds(8));
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", slow, V4, FULL_LAB))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("failed with ETIMEDOUT after 8000 ms, outside the expected window [2 s, 8 s)");
    }

    @Test
    void an_answered_error_must_come_within_two_seconds() throws Exception {
        run("ERROR-ECONNREFUSED", new LabStandIn().taking(t -> Duration.ofMillis(1999)), V4, FULL_LAB);
        LabStandIn late = new LabStandIn().taking(t -> Duration.ofSeconds(2));
        assertThatThrownBy(() -> run("ERROR-ECONNREFUSED", late, V4, FULL_LAB))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("failed with ECONNREFUSED after 2000 ms, outside the expected window [0 s, 2 s)");
    }

    @Test
    void a_route_error_must_come_within_one_second() {
        LabStandIn late = new LabStandIn().taking(t -> Duration.ofSeconds(1));
        LabDescription routesOnly = lab(t -> t.timing() == LabTiming.INSTANT);
        assertThatThrownBy(() -> run("ERROR-ENETUNREACH-EHOSTUNREACH", late, V4, routesOnly))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("after 1000 ms, outside the expected window [0 s, 1 s)");
    }

    @Test
    void the_scale_knob_stretches_the_upper_bound_and_the_message_shows_the_stretched_window() throws Exception {
        Knobs doubled = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0);
        run("ERROR-ETIMEDOUT", new LabStandIn().taking(t -> Duration.ofSeconds(15)), V4, FULL_LAB, doubled);
        LabStandIn slow = new LabStandIn().taking(t -> Duration.ofSeconds(16));
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", slow, V4, FULL_LAB, doubled))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith("after 16000 ms, outside the expected window [2000 ms, 16000 ms)");
        LabStandIn quick = new LabStandIn().taking(t -> Duration.ofMillis(1500));
        assertThatThrownBy(() -> run("ERROR-ETIMEDOUT", quick, V4, FULL_LAB, doubled))
                .isInstanceOf(Violation.class)
                .hasMessageEndingWith("after 1500 ms, outside the expected window [2000 ms, 16000 ms)");
    }

    @Test
    void the_error_clauses_judge_the_errno_and_the_wait_not_the_name_that_remains() throws Exception {
        for (String clause : ERROR_CLAUSES) {
            LabStandIn forgetting = new LabStandIn().namingAfterFailure((fd, t) -> wildcard(t.family(), 0));
            run(clause, forgetting, BOTH, FULL_LAB);
            assertThat(forgetting.connected).as(clause).isNotEmpty();
        }
    }

    @Test
    void the_name_remains_after_a_failure_of_every_kind_the_lab_offers_for_each_family() throws Exception {
        LabStandIn stack = new LabStandIn();
        run("CONNECT-NAME-REMAINS", stack, BOTH, FULL_LAB);
        Set<Errno> contractErrors = EnumSet.of(
                Errno.ETIMEDOUT,
                Errno.ECONNREFUSED,
                Errno.ENETDOWN,
                Errno.EHOSTDOWN,
                Errno.ENETUNREACH,
                Errno.EHOSTUNREACH);
        for (int family : List.of(AddressFamily.AF_INET, AddressFamily.AF_INET6)) {
            assertThat(stack.connected.stream()
                            .filter(t -> t.family() == family)
                            .map(LabTarget::expected)
                            .toList())
                    .as("%s", stack.connected)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(LabTarget.values())
                            .filter(t -> t.family() == family)
                            .map(LabTarget::expected)
                            .filter(e -> e.stream().anyMatch(contractErrors::contains))
                            .distinct()
                            .toList());
        }
    }

    @Test
    void the_name_bound_for_the_syn_must_remain_after_the_failure() {
        LabStandIn forgetting = new LabStandIn().namingAfterFailure((fd, t) -> wildcard(t.family(), 0));
        LabDescription hostDown = lab(t -> t.expected().contains(Errno.EHOSTDOWN));
        assertThatThrownBy(() -> run("CONNECT-NAME-REMAINS", forgetting, V4, hostDown))
                .isInstanceOf(Violation.class)
                .hasMessage("after connect failed with EHOSTDOWN (gateway answers ICMP destination unreachable,"
                        + " code 7 (host unknown)), the name automatically bound by the system does not remain:"
                        + " getsockname gave " + wildcard(AddressFamily.AF_INET, 0)
                        + " (expected family AF_INET, length 16 and the non-zero port bound for the SYN)");
    }

    @Test
    void a_connect_refused_by_the_routing_table_may_leave_port_zero() throws Exception {
        LabStandIn unbound = new LabStandIn().namingAfterFailure((fd, t) -> wildcard(t.family(), 0));
        LabDescription routesOnly = lab(t -> t.timing() == LabTiming.INSTANT);
        run("CONNECT-NAME-REMAINS", unbound, BOTH, routesOnly);
        assertThat(unbound.connected).isNotEmpty();
    }

    @Test
    void the_name_that_remains_is_of_the_sockets_family() {
        LabStandIn otherFamily = new LabStandIn().namingAfterFailure((fd, t) -> wildcard(AddressFamily.AF_INET6, 4242));
        LabDescription routesOnly = lab(t -> t.timing() == LabTiming.INSTANT);
        assertThatThrownBy(() -> run("CONNECT-NAME-REMAINS", otherFamily, V4, routesOnly))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("the name automatically bound by the system does not remain")
                .hasMessageEndingWith("(expected family AF_INET, length 16)");
    }

    @Test
    void a_getsockname_that_fails_after_the_connect_breaks_the_clause() {
        LabStandIn failing = new LabStandIn().namingAfterFailure((fd, t) -> null);
        LabDescription resets = lab(t -> t.expected().contains(Errno.ECONNREFUSED));
        assertThatThrownBy(() -> run("CONNECT-NAME-REMAINS", failing, V4, resets))
                .isInstanceOf(Violation.class)
                .hasMessage("after connect failed with ECONNREFUSED, getsockname failed with " + Errno.EINVAL.describe()
                        + ": the name automatically bound by the system must remain");
    }

    @Test
    void each_target_is_connected_from_a_new_socket_of_its_family() throws Exception {
        LabStandIn stack = new LabStandIn();
        run("ERROR-ETIMEDOUT", stack, BOTH, FULL_LAB);
        assertThat(stack.connected).containsExactlyInAnyOrder(LabTarget.SILENT_HOST_V4, LabTarget.SILENT_HOST_V6);
        assertThat(stack.reusedOrOfOtherFamily).isFalse();
    }

    private static final List<String> ERROR_CLAUSES = List.of(
            "ERROR-ETIMEDOUT", "ERROR-ECONNREFUSED", "ERROR-ENETDOWN-EHOSTDOWN", "ERROR-ENETUNREACH-EHOSTUNREACH");

    private static LabConnectFails property(String clauseId) {
        return LAB.stream()
                .filter(p -> p.clause().id().equals(clauseId))
                .map(LabConnectFails.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static LabDescription lab(java.util.function.Predicate<LabTarget> offered) {
        return new LabDescription(
                LabMode.USER_NAMESPACE,
                "",
                "net:[1]",
                Arrays.stream(LabTarget.values()).filter(offered).toList());
    }

    private static void run(String clauseId, LabStandIn stack, Set<Feature> claimed, LabDescription lab)
            throws Exception {
        run(clauseId, stack, claimed, lab, 1L, KNOBS);
    }

    private static void run(String clauseId, LabStandIn stack, Set<Feature> claimed, LabDescription lab, long seed)
            throws Exception {
        run(clauseId, stack, claimed, lab, seed, KNOBS);
    }

    private static void run(String clauseId, LabStandIn stack, Set<Feature> claimed, LabDescription lab, Knobs knobs)
            throws Exception {
        run(clauseId, stack, claimed, lab, 1L, knobs);
    }

    private static void run(
            String clauseId, LabStandIn stack, Set<Feature> claimed, LabDescription lab, long seed, Knobs knobs)
            throws Exception {
        LabConnectFails p = property(clauseId).timedBy(stack.clock);
        Case c = caseOf(p, stack, claimed, knobs, null, seed);
        p.check(c, lab);
    }

    private static Case caseOf(Property p, SocketStack stack, Set<Feature> claimed, Knobs knobs, String labAbsence) {
        return caseOf(p, stack, claimed, knobs, labAbsence, 1L);
    }

    private static Case caseOf(
            Property p, SocketStack stack, Set<Feature> claimed, Knobs knobs, String labAbsence, long seed) {
        return new Case(
                p,
                Choices.random(seed),
                new TracedStack(stack, new Trace()),
                knobs,
                claimed,
                Path.of(System.getProperty("java.io.tmpdir")),
                labAbsence);
    }

    private static Sockaddr wildcard(int family, int port) {
        try {
            return Sockaddr.inet(InetAddress.getByAddress(new byte[family == AddressFamily.AF_INET6 ? 16 : 4]), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock per thread, in nanoseconds: each connect advances the clock of the thread that made it. */
    private static final class ThreadClock implements LongSupplier {
        private final ThreadLocal<long[]> now = ThreadLocal.withInitial(() -> new long[] {1_000_000_000L});

        @Override
        public long getAsLong() {
            return now.get()[0];
        }

        void advance(Duration d) {
            now.get()[0] += d.toNanos();
        }
    }

    /**
     * Answers each connect to a lab target as the lab does — the target's errno, after a time in
     * its window (a few milliseconds, or three seconds for a host that never answers) — and gives
     * the socket afterwards the wildcard address and an ephemeral port; each can be changed.
     */
    private static final class LabStandIn implements SocketStack {
        final ThreadClock clock = new ThreadClock();
        final List<LabTarget> connected = new CopyOnWriteArrayList<>();
        volatile boolean reusedOrOfOtherFamily;
        private final AtomicInteger descriptors = new AtomicInteger(3);
        private final Map<Integer, Integer> families = new ConcurrentHashMap<>();
        private final Map<Integer, LabTarget> attempted = new ConcurrentHashMap<>();
        private Function<LabTarget, Errno> errno = t -> t.expected().iterator().next();
        private Function<LabTarget, Duration> delay =
                t -> t.timing() == LabTiming.TIMEOUT ? Duration.ofMillis(3100) : Duration.ofMillis(60);
        private java.util.function.BiFunction<Integer, LabTarget, Sockaddr> nameAfter =
                (fd, t) -> wildcard(t.family(), 40000 + fd);

        /** The errno each connect fails with; {@code null}: the connect succeeds. */
        LabStandIn answering(Function<LabTarget, Errno> errno) {
            this.errno = errno;
            return this;
        }

        LabStandIn taking(Function<LabTarget, Duration> delay) {
            this.delay = delay;
            return this;
        }

        /** The socket's name after the connect; {@code null}: getsockname fails with EINVAL. */
        LabStandIn namingAfterFailure(java.util.function.BiFunction<Integer, LabTarget, Sockaddr> nameAfter) {
            this.nameAfter = nameAfter;
            return this;
        }

        @Override
        public String name() {
            return "lab stand-in";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public Set<Feature> features() {
            return BOTH;
        }

        @Override
        public int socket(int domain, int type) {
            int fd = descriptors.incrementAndGet();
            families.put(fd, domain);
            return fd;
        }

        @Override
        public void bind(int fd, byte[] address, int length) throws ErrnoException {
            throw new ErrnoException(Errno.EOPNOTSUPP, "not part of the lab's clauses");
        }

        @Override
        public void listen(int fd, int backlog) throws ErrnoException {
            throw new ErrnoException(Errno.EOPNOTSUPP, "not part of the lab's clauses");
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            InetAddress to =
                    Sockaddr.decode(address, length).toInetSocketAddress().getAddress();
            LabTarget target = Arrays.stream(LabTarget.values())
                    .filter(t -> t.socketAddress().getAddress().equals(to))
                    .findFirst()
                    .orElseThrow(() -> new ErrnoException(Errno.ENETUNREACH, "not a lab target: " + to));
            if (families.get(fd) != target.family() || attempted.containsKey(fd)) {
                reusedOrOfOtherFamily = true;
            }
            connected.add(target);
            attempted.put(fd, target);
            clock.advance(delay.apply(target));
            Errno e = errno.apply(target);
            if (e != null) {
                throw new ErrnoException(e, "as the lab answers " + target.name());
            }
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            throw new ErrnoException(Errno.EINVAL, "nothing listens in the lab");
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            LabTarget target = Optional.ofNullable(attempted.get(fd))
                    .orElseThrow(() -> new ErrnoException(Errno.EBADF, "no connect on " + fd));
            Sockaddr shown = nameAfter.apply(fd, target);
            if (shown == null) {
                throw new ErrnoException(Errno.EINVAL, "name lost");
            }
            name.store(shown);
        }

        @Override
        public void getpeername(int fd, SockaddrBuffer name) throws ErrnoException {
            throw new ErrnoException(Errno.ENOTCONN);
        }

        @Override
        public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            throw new ErrnoException(Errno.ENOTCONN);
        }

        @Override
        public int recv(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            throw new ErrnoException(Errno.ENOTCONN);
        }

        @Override
        public void setBlocking(int fd, boolean blocking) {}

        @Override
        public void close(int fd) {
            families.remove(fd);
        }
    }
}
