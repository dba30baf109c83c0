package dev.rendezvous.tck.property;

/** The positions {@code [start, end)} of a choice sequence that one {@link Choices#group} call drew. */
record ChoiceGroup(int start, int end) {}
