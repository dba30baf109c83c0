package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceEditsTest {

    private static final long[] S = {5, 6, 7, 8, 9};

    @Test
    void editsReturnNewSequencesAndLeaveTheirInputAlone() {
        assertThat(ChoiceEdits.without(S, 1, 3)).containsExactly(5, 8, 9);
        assertThat(ChoiceEdits.swapped(S, 0, 1, 3)).containsExactly(6, 7, 5, 8, 9);
        assertThat(ChoiceEdits.withAll(S, new int[] {0, 4}, 0)).containsExactly(0, 6, 7, 8, 0);
        assertThat(ChoiceEdits.moved(S, 0, 2, 5)).containsExactly(0, 6, 12, 8, 9);
        assertThat(S).containsExactly(5, 6, 7, 8, 9);
    }

    @Test
    void movingSaturatesAtTheLargestUnsignedOffset() {
        assertThat(ChoiceEdits.moved(new long[] {10, -3L}, 0, 1, 10)).containsExactly(0, -1L);
    }

    @Test
    void sortingTreatsOffsetsAsUnsigned() {
        long[] s = {9, -1L, 3, 1};
        ChoiceEdits.sortUnsigned(s, 0, 3);
        assertThat(s).containsExactly(3, 9, -1L, 1);
    }
}
