package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.property.Choices;
import dev.rendezvous.tck.property.Gen;
import dev.rendezvous.tck.property.InvalidCase;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a generated case offers a property: its draws, its fixtures, and the names it makes. */
class CaseTest {

    /** Long enough that 64 drawn characters always reach the path limit. */
    private static final Path LONG_DIR = Path.of("/tmp/rendezvous-case-test/a-directory-with-a-long-name");

    private static final Set<Feature> ALL_FAMILIES = Set.of(Feature.INET, Feature.INET6, Feature.UNIX);

    private static final class Quiet extends Property {
        Quiet(String clauseId) {
            super(clauseId, "quiet");
        }

        @Override
        public void check(Case c) {}
    }

    private static final Property ANY_FAMILY = new Quiet("CONNECTION-ASYMMETRIC");
    private static final Property INTERNET_ONLY = new Quiet("CONNECT-INET-LENGTH");

    private final TracedStack reference = new TracedStack(new NioSocketStack(), new Trace());

    @TempDir
    Path unixDir;

    @AfterEach
    void closeWhatTheCaseOpened() throws ErrnoException {
        for (int fd : reference.openDescriptors()) {
            reference.close(fd);
        }
    }

    private Case caseOf(Property property, Set<Feature> claimed, long... choices) {
        return new Case(property, Choices.replay(choices), reference, Knobs.DEFAULT, claimed, LONG_DIR, null);
    }

    private Case onTheReference(long... choices) {
        return new Case(ANY_FAMILY, Choices.replay(choices), reference, Knobs.DEFAULT, ALL_FAMILIES, unixDir, null);
    }

    @Test
    void valuesComeFromTheCasesChoices() {
        Choices choices = Choices.replay(new long[] {4, 7});
        Case c = new Case(ANY_FAMILY, choices, reference, Knobs.DEFAULT, ALL_FAMILIES, LONG_DIR, null);

        assertThat(c.choices()).isSameAs(choices);
        assertThat(c.between(10, 20)).isEqualTo(14);
        assertThat(c.draw(Gen.ints(100, 200))).isEqualTo(107);
        assertThat(choices.recorded()).containsExactly(4, 7);
    }

    @Test
    void theFixturesAreTheOnesTheCaseWasGiven() {
        Set<Feature> claimed = new HashSet<>(Set.of(Feature.INET));
        Knobs knobs = new Knobs(Duration.ofMillis(7), Duration.ofSeconds(1), 2.0);
        Case c = new Case(ANY_FAMILY, Choices.replay(new long[0]), reference, knobs, claimed, LONG_DIR, null);
        claimed.add(Feature.UNIX);

        assertThat(c.stack()).isSameAs(reference);
        assertThat(c.traced()).isSameAs(reference);
        assertThat(c.knobs()).isSameAs(knobs);
        assertThat(c.claimed()).as("a copy, taken when the case began").containsExactly(Feature.INET);
        assertThat(c.threads()).isEmpty();
    }

    @Test
    void theFamilyIsDrawnAmongTheClaimedOnesOfTheProperty() {
        Set<Feature> inetAndUnix = Set.of(Feature.INET, Feature.UNIX);

        assertThat(caseOf(ANY_FAMILY, inetAndUnix, 0).family()).isEqualTo(AddressFamily.AF_INET);
        assertThat(caseOf(ANY_FAMILY, inetAndUnix, 1).family()).isEqualTo(AddressFamily.AF_UNIX);
        assertThat(caseOf(INTERNET_ONLY, inetAndUnix, 1).family())
                .as("UNIX is claimed but not a family of the property")
                .isEqualTo(AddressFamily.AF_INET);
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 1).family()).isEqualTo(AddressFamily.AF_INET6);
    }

    @Test
    void aPropertyWithNoClaimedFamilyIsNotVerified() {
        Case c = caseOf(INTERNET_ONLY, Set.of(Feature.UNIX));

        assertThatThrownBy(c::family)
                .isInstanceOf(NotVerifiedException.class)
                .hasMessageStartingWith("no family of ")
                .hasMessageEndingWith(" is claimed");
    }

    @Test
    void withoutTheLabTheCaseSaysWhy() {
        Case absent = new Case(
                ANY_FAMILY,
                Choices.replay(new long[0]),
                reference,
                Knobs.DEFAULT,
                ALL_FAMILIES,
                LONG_DIR,
                "no lab here");
        Case outside = caseOf(ANY_FAMILY, ALL_FAMILIES);

        assertThatThrownBy(absent::lab)
                .isInstanceOf(NotVerifiedException.class)
                .hasMessage("needs the network lab: no lab here");
        assertThatThrownBy(outside::lab)
                .isInstanceOf(NotVerifiedException.class)
                .hasMessage("needs the network lab: this JVM does not run inside it");
    }

    @Test
    void anUnmetAssumptionMakesTheCaseInvalid() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES);

        c.assume(true, "holds");
        assertThatThrownBy(() -> c.assume(false, "the port was taken"))
                .isInstanceOf(InvalidCase.class)
                .hasMessage("the port was taken");
    }

    @Test
    void aUnixPathIsFreshAndUnderTheRunsDirectory() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES);

        String first = c.unixPath();
        String second = c.unixPath();

        assertThat(first).startsWith(LONG_DIR + "/").endsWith("-").isNotEqualTo(second);
        assertThat(second).startsWith(LONG_DIR + "/").endsWith("-");
    }

    @Test
    void aUnixPathEndsWithTheDrawnCharacters() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, 3, 0, 26, 52);

        assertThat(c.unixPath()).startsWith(LONG_DIR + "/").endsWith("-aA0");
    }

    @Test
    void aUnixPathIsCutAtTheLimitButDrawsTheSameWherever() {
        long[] sixtyFourAs = new long[65];
        sixtyFourAs[0] = 64;
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, sixtyFourAs);

        String path = c.unixPath();

        assertThat(path.getBytes(StandardCharsets.UTF_8)).hasSize(Case.MAX_GENERATED_PATH);
        assertThat(path).endsWith("aaaa");
        assertThat(c.choices().recorded()).as("all 64 characters drawn").hasSize(65);
    }

    @Test
    void aUnixPathIsNotCutInsideACharacter() {
        long[] sixtyFourAccents = new long[65];
        java.util.Arrays.fill(sixtyFourAccents, 1000);
        sixtyFourAccents[0] = 64;
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, sixtyFourAccents);

        String path = c.unixPath();
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);

        assertThat(bytes.length).isBetween(Case.MAX_GENERATED_PATH - 1, Case.MAX_GENERATED_PATH);
        assertThat(path).endsWith("éé");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(path);
    }

    @Test
    void aUnixPathToTheLimitHasTheDrawnLengthInBytesUpTo108() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, 1, 5);

        String path = c.unixPathToTheLimit();

        assertThat(path).startsWith(LONG_DIR + "/");
        assertThat(path.getBytes(StandardCharsets.UTF_8)).hasSize(Sockaddr.SUN_PATH_CAPACITY);
        assertThat(Sockaddr.unix(path).length()).isEqualTo(Sockaddr.MAX_UNIX_NAME_LENGTH);
    }

    @Test
    void aUnixPathToTheLimitStartsAtThePortableLimitOrAt48Bytes() {
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 1, 0).unixPathToTheLimit().getBytes(StandardCharsets.UTF_8))
                .hasSize(Case.PORTABLE_PATH);
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 0, 40).unixPathToTheLimit().getBytes(StandardCharsets.UTF_8))
                .hasSize(88);
    }

    @Test
    void halfOfTheUnixPathsToTheLimitAreExactlyTheLimit() {
        for (int branch : new int[] {2, 3}) {
            Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, branch);

            assertThat(c.unixPathToTheLimit().getBytes(StandardCharsets.UTF_8)).hasSize(Sockaddr.SUN_PATH_CAPACITY);
            assertThat(c.choices().recorded()).hasSize(1);
        }
    }

    @Test
    void aUnixPathToTheLimitShorterThanTheRunDirectoryIsNotCounted() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, 0, 0);

        assertThatThrownBy(c::unixPathToTheLimit)
                .isInstanceOf(InvalidCase.class)
                .hasMessageContaining("no room for a path of 48 bytes");
    }

    @Test
    void aPlainUnixPathDrawsNothing() {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, 9, 9);

        String path = c.plainUnixPath();

        assertThat(path).startsWith(LONG_DIR + "/").endsWith("-p").isNotEqualTo(c.plainUnixPath());
        assertThat(c.choices().recorded()).isEmpty();
    }

    @Test
    void aFreshNameIsTheLoopbackWithPortZeroOrAUnixPath() throws Exception {
        Case c = caseOf(ANY_FAMILY, ALL_FAMILIES, 0);

        assertThat(c.freshName(AddressFamily.AF_INET))
                .isEqualTo(Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        assertThat(c.freshName(AddressFamily.AF_INET6)).isEqualTo(Sockaddr.inet(InetAddress.getByName("::1"), 0));
        Sockaddr unix = c.freshName(AddressFamily.AF_UNIX);
        assertThat(Sockaddr.familyOf(unix.bytes())).isEqualTo(AddressFamily.AF_UNIX);
        assertThat(unix.unixPath()).startsWith(LONG_DIR + "/");
    }

    @Test
    void aDrawnLoopbackNameRangesOverTheIpv4LoopbackNetwork() throws Exception {
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 0).drawnLoopbackName(AddressFamily.AF_INET))
                .isEqualTo(Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 253).drawnLoopbackName(AddressFamily.AF_INET))
                .isEqualTo(Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) 254}), 0));
        assertThat(caseOf(ANY_FAMILY, ALL_FAMILIES, 7).drawnLoopbackName(AddressFamily.AF_INET6))
                .isEqualTo(Sockaddr.inet(InetAddress.getByName("::1"), 0));
    }

    @Test
    void aListenerTakesConnectionsAtItsName() throws Exception {
        Case c = onTheReference();

        Endpoint listener = c.listener(AddressFamily.AF_INET);
        int client = c.connectedClient(listener);

        assertThat(c.nameOf(listener.fd())).isEqualTo(listener.name());
        assertThat(Sockaddr.familyOf(listener.name().bytes())).isEqualTo(AddressFamily.AF_INET);
        assertThat(c.peerOf(client)).isEqualTo(listener.name());
        int accepted = c.stack().accept(listener.fd(), SockaddrBuffer.ofMaximumSize());
        assertThat(c.peerOf(accepted)).isEqualTo(c.nameOf(client));
    }

    @Test
    void aBoundSocketDoesNotListen() throws Exception {
        Case c = onTheReference(0);

        Endpoint bound = c.bound(AddressFamily.AF_UNIX);
        int client = c.socket(AddressFamily.AF_UNIX);

        assertThat(bound.name().unixPath()).startsWith(unixDir.toString());
        assertThatThrownBy(() -> c.stack()
                        .connect(client, bound.name().bytes(), bound.name().length()))
                .isInstanceOf(ErrnoException.class)
                .satisfies(e -> assertThat(((ErrnoException) e).errno()).isEqualTo(Errno.ECONNREFUSED));
    }

    @Test
    void aRefusedNameHasNoServer() throws Exception {
        Case c = onTheReference();

        Sockaddr refused = c.refusedName(AddressFamily.AF_INET);
        int client = c.socket(AddressFamily.AF_INET);

        assertThatThrownBy(() -> c.stack().connect(client, refused.bytes(), refused.length()))
                .isInstanceOf(ErrnoException.class)
                .satisfies(e -> assertThat(((ErrnoException) e).errno()).isEqualTo(Errno.ECONNREFUSED));
    }

    @Test
    void bytesSentAllArriveExactly() throws Exception {
        Case c = onTheReference();
        Endpoint listener = c.listener(AddressFamily.AF_INET, 1);
        int client = c.connectedClient(listener);
        int server = c.stack().accept(listener.fd(), SockaddrBuffer.ofMaximumSize());
        byte[] data = "rendezvous".getBytes(StandardCharsets.US_ASCII);

        c.sendAll(client, data);

        assertThat(c.recvExactly(server, data.length)).isEqualTo(data);
    }

    @Test
    void anEarlyEndOfStreamIsAViolation() throws Exception {
        Case c = onTheReference();
        Endpoint listener = c.listener(AddressFamily.AF_INET);
        int client = c.connectedClient(listener);
        int server = c.stack().accept(listener.fd(), SockaddrBuffer.ofMaximumSize());
        c.sendAll(client, new byte[] {1, 2});
        c.stack().close(client);

        assertThatThrownBy(() -> c.recvExactly(server, 4))
                .isInstanceOf(Violation.class)
                .hasMessage("recv(" + server + ") gave the end of the stream after 2 of 4 bytes");
    }

    @Test
    void aNameThatDoesNotFitIsAViolation() {
        SockaddrBuffer truncated = SockaddrBuffer.ofMaximumSize();
        truncated.setLength(Sockaddr.MAX_UNIX_NAME_LENGTH + 1);
        SockaddrBuffer tooShort = new SockaddrBuffer(16);
        tooShort.setLength(1);

        assertThatThrownBy(() -> Case.decoded(truncated, "getsockname(3)"))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("getsockname(3) set a length of 112, more than any name: ");
        assertThatThrownBy(() -> Case.decoded(tooShort, "getpeername(4)"))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("getpeername(4) gave back no valid name: length 1 is too short");
    }

    @Test
    void aCallInTheBackgroundRunsOnADaemonThreadOfTheCase() throws Exception {
        Case c = onTheReference();

        Pending<String> pending =
                c.inBackground("a call", () -> Thread.currentThread().getName());

        assertThat(pending.await(Duration.ofSeconds(5))).isEqualTo("rendezvous-case-CONNECTION-ASYMMETRIC/quiet");
        assertThat(c.threads()).containsExactly(pending.thread());
        assertThat(pending.thread().isDaemon()).isTrue();
    }

    @Test
    void aFailedBackgroundCallRethrowsItsException() {
        Case c = onTheReference();

        Pending<Integer> pending = c.inBackground("a failing call", () -> {
            throw new ErrnoException(Errno.ECONNREFUSED, "refused");
        });

        assertThatThrownBy(() -> pending.await(Duration.ofSeconds(5)))
                .isInstanceOf(ErrnoException.class)
                .satisfies(e -> assertThat(((ErrnoException) e).errno()).isEqualTo(Errno.ECONNREFUSED));
    }

    @Test
    void sendingContinuesAfterAPartialSendAndRejectsAnImpossibleCount() throws Exception {
        StringBuilder sent = new StringBuilder();
        SocketStack threeAtATime = stub((method, args) -> {
            if (method.equals("send")) {
                int n = Math.min(3, (int) args[3]);
                sent.append(new String((byte[]) args[1], (int) args[2], n, StandardCharsets.US_ASCII));
                return n;
            }
            return null;
        });
        SocketStack tooMany = stub((method, args) -> method.equals("send") ? (int) args[3] + 1 : null);

        caseWith(threeAtATime).sendAll(5, "rendezvous".getBytes(StandardCharsets.US_ASCII));
        assertThat(sent).hasToString("rendezvous");

        assertThatThrownBy(() -> caseWith(tooMany).sendAll(5, new byte[4]))
                .isInstanceOf(Violation.class)
                .hasMessage("send(5) returned 5 for 4 bytes");
        int[] calls = {0};
        SocketStack threeThenTooMany = stub((method, args) -> method.equals("send") ? (++calls[0] == 1 ? 3 : 2) : null);
        assertThatThrownBy(() -> caseWith(threeThenTooMany).sendAll(5, new byte[4]))
                .isInstanceOf(Violation.class)
                .hasMessage("send(5) returned 2 for 1 bytes");
        SocketStack none = stub((method, args) -> method.equals("send") ? 0 : null);
        assertThatThrownBy(() -> caseWith(none).sendAll(5, new byte[4]))
                .isInstanceOf(Violation.class)
                .hasMessage("send(5) returned 0 for 4 bytes");
    }

    @Test
    void receivingContinuesAfterAPartialReceive() throws Exception {
        SocketStack twoAtATime = stub((method, args) -> {
            if (method.equals("recv")) {
                byte[] b = (byte[]) args[1];
                int off = (int) args[2];
                int n = Math.min(2, (int) args[3]);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) (off + i + 1);
                }
                return n;
            }
            return null;
        });

        assertThat(caseWith(twoAtATime).recvExactly(5, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @FunctionalInterface
    private interface Calls {
        Object answer(String method, Object[] args);
    }

    private static SocketStack stub(Calls calls) {
        return (SocketStack) java.lang.reflect.Proxy.newProxyInstance(
                SocketStack.class.getClassLoader(),
                new Class<?>[] {SocketStack.class},
                (proxy, method, args) -> calls.answer(method.getName(), args));
    }

    private static Case caseWith(SocketStack stack) {
        return new Case(
                ANY_FAMILY,
                Choices.replay(new long[0]),
                new TracedStack(stack, new Trace()),
                Knobs.DEFAULT,
                ALL_FAMILIES,
                LONG_DIR,
                null);
    }
}
