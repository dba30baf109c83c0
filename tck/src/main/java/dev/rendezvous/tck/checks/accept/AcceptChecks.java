package dev.rendezvous.tck.checks.accept;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code ACCEPT-} clauses: one constant per clause, named after its ID. */
public final class AcceptChecks {
    /** {@code ACCEPT-UNIX-FROM}. */
    public static final List<Property> ACCEPT_UNIX_FROM = List.of(new UnixFromLength(), new UnixFromLengthToTheLimit());

    /** {@code ACCEPT-NEW-DESCRIPTOR}. */
    public static final List<Property> ACCEPT_NEW_DESCRIPTOR =
            List.of(new AcceptedDescriptorIsNew(), new ListenerClosedUnderAccept());

    /** {@code ACCEPT-CLIENT-NAME}. */
    public static final List<Property> ACCEPT_CLIENT_NAME = List.of(new AcceptNamesTheClient());

    /** {@code ACCEPT-VALUE-RESULT}. */
    public static final List<Property> ACCEPT_VALUE_RESULT = List.of(
            new AcceptLengthIsTrueSize(),
            new GetsocknameLengthIsTrueSize(),
            new GetpeernameLengthIsTrueSize(),
            new NegativeLengthIsEinval(),
            new LargeLengthIsTrueSize());

    /** {@code ACCEPT-NULL-POINTER}. */
    public static final List<Property> ACCEPT_NULL_POINTER = List.of(new AcceptWithNullBuffer());

    /** {@code ACCEPT-BLOCKS}. */
    public static final List<Property> ACCEPT_BLOCKS = List.of(new AcceptBlocksUntilClient());

    /** {@code ACCEPT-SIGNAL}. */
    public static final List<Property> ACCEPT_SIGNAL = List.of(new InterruptedAcceptFails());

    /** {@code ACCEPT-NO-FILTERING}. */
    public static final List<Property> ACCEPT_NO_FILTERING = List.of(new AcceptTakesAnyClient());

    /** {@code ACCEPT-CLOSE-UNWANTED}. */
    public static final List<Property> ACCEPT_CLOSE_UNWANTED =
            List.of(new ClosingAcceptedEndsClient(), new ListenerClosedUnderClients());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL = Stream.of(
                    ACCEPT_UNIX_FROM,
                    ACCEPT_NEW_DESCRIPTOR,
                    ACCEPT_CLIENT_NAME,
                    ACCEPT_VALUE_RESULT,
                    ACCEPT_NULL_POINTER,
                    ACCEPT_BLOCKS,
                    ACCEPT_SIGNAL,
                    ACCEPT_NO_FILTERING,
                    ACCEPT_CLOSE_UNWANTED)
            .flatMap(List::stream)
            .toList();

    private AcceptChecks() {}
}
